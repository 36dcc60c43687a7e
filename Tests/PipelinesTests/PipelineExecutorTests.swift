import Data
import Foundation
import XCTest
@testable import Pipelines

/// A runner that writes its own argv into the output file; `fail` exits 66, `seeded` takes --seed.
private final class FakeRunner: PipelineStepRunner {
    var ran: [[String]] = []

    func takesSeed(_ argv: [String]) throws -> Bool {
        if argv.first == "bad-usage" { throw DataError(at: SourceLocation(file: "argv"), "unknown command") }
        return argv.first == "seeded"
    }

    func run(_ argv: [String]) throws {
        ran.append(argv)
        if argv.first == "fail" { throw DataError(.missingInput, at: SourceLocation(file: "x.csv"), "cannot read") }
        if argv.first == "silent" { return }
        guard let i = argv.firstIndex(of: "--output"), i + 1 < argv.count else { return }
        let content = argv.joined(separator: " ") + "\n" + ((try? String(contentsOfFile: argv[1], encoding: .utf8)) ?? "")
        try AtomicFile.write(content, to: argv[i + 1])
    }
}

final class PipelineExecutorTests: XCTestCase {
    private var root = ""

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("pipelines-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/data/sub", withIntermediateDirectories: true)
        try "abc".write(toFile: root + "/data/a.csv", atomically: true, encoding: .utf8)
        try "".write(toFile: root + "/data/sub/b.txt", atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: root) }

    private func write(_ pipeline: String) throws -> String {
        let path = root + "/p.toml"
        try pipeline.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private let pipeline = """
        name = "t"
        seed = 5
        [inputs]
        data = "data"
        [steps.first]
        run = ["seeded", "${data}/a.csv"]
        output = "first.txt"
        [steps.second]
        run = ["plain", "${first}"]
        output = ["second.svg", "second.png"]
        [steps.third]
        run = ["seeded", "${second}"]
        output = "third.txt"
        seed = 9
        [steps.fourth]
        run = ["seeded", "${first}", "--seed", "12"]
        output = "sub/fourth.txt"
        """

    func testRunWritesOutputsAndAManifestWithHashesSeedsAndCommandLines() throws {
        let file = try write(pipeline)
        let runner = FakeRunner()
        let out = root + "/out"
        let manifest = try PipelineExecutor(plan: PipelinePlan(PipelineDefinition.load(path: file)), version: "9.9")
            .run(into: out, runner: runner)
        XCTAssertEqual(runner.ran.count, 5)
        let work = runner.ran[0][3]
        XCTAssertTrue(work.hasPrefix(root + "/.out.partial-"), work)
        XCTAssertEqual(runner.ran[0], ["seeded", root + "/data/a.csv", "--output", work, "--seed", "5"])
        XCTAssertEqual(manifest.steps[0].argv, [["stationkit", "seeded", root + "/data/a.csv", "--output", out + "/first.txt", "--seed", "5"]])
        XCTAssertEqual(manifest.steps[1].argv.map { $0.last }, [out + "/second.svg", out + "/second.png"])
        XCTAssertEqual(manifest.steps.map(\.seed), [5, nil, 9, 12])
        XCTAssertEqual(manifest.steps[2].argv[0].suffix(2), ["--seed", "9"])
        XCTAssertEqual(manifest.seed, 5)
        XCTAssertEqual(manifest.seedSource, "pipeline")
        XCTAssertEqual(manifest.stationkitVersion, "9.9")
        // hashes: the inputs' (hashlib: sha256(b"abc"), sha256(b"")) and every output's, from the files on disk
        XCTAssertEqual(manifest.inputs, [.init(name: "data", path: root + "/data", kind: "folder", files: [
            .init(path: "a.csv", bytes: 3, sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            .init(path: "sub/b.txt", bytes: 0, sha256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ])])
        XCTAssertEqual(manifest.pipeline.sha256, try SHA256.hexOfFile(file))
        for step in manifest.steps {
            for o in step.outputs { XCTAssertEqual(o.sha256, try SHA256.hexOfFile(out + "/" + o.path)) }
        }
        XCTAssertEqual(manifest.steps.flatMap { $0.outputs.map(\.path) }, ["first.txt", "second.svg", "second.png", "third.txt", "sub/fourth.txt"])
        // the file on disk is the returned manifest, and names no working folder
        let text = try String(contentsOfFile: out + "/manifest.json", encoding: .utf8)
        let decoder = JSONDecoder()
        XCTAssertEqual(try decoder.decode(PipelineManifest.self, from: Foundation.Data(text.utf8)), manifest)
        XCTAssertFalse(text.contains(".partial-"))
        XCTAssertTrue(text.contains("\"stationkit_version\" : \"9.9\""))
        XCTAssertTrue(text.contains("\"wall_seconds\""))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root).sorted(), ["data", "out", "p.toml"])
    }

    func testSeedOptionOverridesThePipelineSeed() throws {
        let file = try write(pipeline)
        let manifest = try PipelineExecutor(plan: PipelinePlan(PipelineDefinition.load(path: file)), version: "1")
            .run(into: root + "/out", seed: 77, runner: FakeRunner())
        XCTAssertEqual(manifest.steps.map(\.seed), [77, nil, 9, 12])
        XCTAssertEqual(manifest.seedSource, "command line")
    }

    func testAFailingStepLeavesNoFolderAndCarriesItsExitStatus() throws {
        let file = try write(pipeline.replacingOccurrences(of: "[\"plain\", \"${first}\"]", with: "[\"fail\", \"${first}\"]"))
        let runner = FakeRunner()
        XCTAssertThrowsError(try PipelineExecutor(plan: PipelinePlan(PipelineDefinition.load(path: file)), version: "1")
            .run(into: root + "/out", runner: runner)) { error in
            guard case let .stepFailed(step, location, _, status, message)? = error as? PipelineError else { return XCTFail("\(error)") }
            XCTAssertEqual(step, "second")
            XCTAssertEqual(location.line, 8)
            XCTAssertEqual(status, .noInput)
            XCTAssertTrue(message.contains("x.csv: cannot read"))
        }
        XCTAssertEqual(runner.ran.map { $0[0] }, ["seeded", "fail"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root).sorted(), ["data", "p.toml"])
    }

    func testABadCommandLineFailsBeforeAnyStepRuns() throws {
        let file = try write(pipeline.replacingOccurrences(of: "[\"seeded\", \"${second}\"]", with: "[\"bad-usage\", \"${second}\"]"))
        let runner = FakeRunner()
        XCTAssertThrowsError(try PipelineExecutor(plan: PipelinePlan(PipelineDefinition.load(path: file)), version: "1")
            .run(into: root + "/out", runner: runner)) { error in
            XCTAssertEqual((error as? PipelineError)?.exitStatus, .dataError)
        }
        XCTAssertTrue(runner.ran.isEmpty)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root).sorted(), ["data", "p.toml"])
    }

    func testMissingInputExistingFolderAndMissingOutputAreRefused() throws {
        var file = try write(pipeline.replacingOccurrences(of: "data = \"data\"", with: "data = \"nope\""))
        XCTAssertThrowsError(try PipelineExecutor(plan: PipelinePlan(PipelineDefinition.load(path: file)), version: "1")
            .run(into: root + "/out", runner: FakeRunner())) { error in
            XCTAssertEqual((error as? DataError)?.exitStatus, .noInput)
            XCTAssertEqual((error as? DataError)?.location, SourceLocation(file: file, line: 4, column: 8))
        }
        file = try write(pipeline)
        try FileManager.default.createDirectory(atPath: root + "/out", withIntermediateDirectories: false)
        XCTAssertThrowsError(try PipelineExecutor(plan: PipelinePlan(PipelineDefinition.load(path: file)), version: "1")
            .run(into: root + "/out", force: true, runner: FakeRunner())) { error in
            XCTAssertEqual((error as? DataError)?.exitStatus, .cannotCreate)  // no manifest.json: not a previous run
        }
        try FileManager.default.removeItem(atPath: root + "/out")
        file = try write(pipeline.replacingOccurrences(of: "[\"plain\", \"${first}\"]", with: "[\"silent\"]"))
        XCTAssertThrowsError(try PipelineExecutor(plan: PipelinePlan(PipelineDefinition.load(path: file)), version: "1")
            .run(into: root + "/out", runner: FakeRunner())) { error in
            XCTAssertEqual((error as? PipelineError)?.exitStatus, .software)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: root + "/out"))
    }

    func testForceReplacesAPreviousRun() throws {
        let file = try write(pipeline.replacingOccurrences(of: "\"sub/fourth.txt\"", with: "\"fourth.txt\""))
        let executor = try PipelineExecutor(plan: PipelinePlan(PipelineDefinition.load(path: file)), version: "1")
        try executor.run(into: root + "/out", runner: FakeRunner())
        XCTAssertThrowsError(try executor.run(into: root + "/out", runner: FakeRunner())) { error in
            XCTAssertEqual((error as? DataError)?.exitStatus, .cannotCreate)
        }
        let second = try executor.run(into: root + "/out", seed: 1, force: true, runner: FakeRunner())
        XCTAssertEqual(second.seed, 1)
        XCTAssertTrue(try String(contentsOfFile: root + "/out/first.txt", encoding: .utf8).contains("--seed 1"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root).sorted(), ["data", "out", "p.toml"])
    }
}
