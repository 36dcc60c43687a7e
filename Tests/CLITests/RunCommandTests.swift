import Foundation
import TestSupport
import XCTest

/// `stationkit run PIPELINE.toml` end to end: the shipped paper pipeline, seeds, atomic output folder, errors.
final class RunCommandTests: XCTestCase {
    private var root = ""

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("run-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: root) }

    private var paper: String { RepositoryPaths.dataset("jinan").appendingPathComponent("pipelines/paper.toml").path }
    private var jinan: String { RepositoryPaths.dataset("jinan").path }

    private func files(_ folder: String) throws -> [String] {
        (FileManager.default.subpaths(atPath: folder) ?? []).filter { !$0.hasSuffix("/") }.sorted()
    }

    private func manifest(_ folder: String) throws -> [String: Any] {
        let data = try Foundation.Data(contentsOf: URL(fileURLWithPath: folder + "/manifest.json"))
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The manifest without its timings, with the output folder's path replaced by "OUT".
    private func manifestWithoutTimings(_ folder: String) throws -> String {
        let text = try String(contentsOfFile: folder + "/manifest.json", encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.contains("\"wall_seconds\"") }.joined(separator: "\n")
            .replacingOccurrences(of: folder, with: "OUT")
    }

    /// `sha256sum` (GNU coreutils), the trusted reference for the manifest's hashes.
    private func sha256sum(_ path: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        p.arguments = [path]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(String(decoding: out, as: UTF8.self).prefix(64))
    }

    func testPaperPipelineIsByteIdenticalForOneSeed() throws {
        let a = root + "/a", b = root + "/b"
        for folder in [a, b] {
            let r = try CLIRunner.run(["run", paper, "--output", folder])
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertTrue(r.stdout.hasPrefix("wrote \(folder): 25 steps"), r.stdout)
        }
        let names = try files(a)
        XCTAssertEqual(names, try files(b))
        for figure in ["fig_weights", "fig_event_study", "fig_fan", "fig_heatmap", "fig_cost", "fig_sweep", "fig_radar"] {
            XCTAssertTrue(names.contains(figure + ".svg") && names.contains(figure + ".png"), figure)
        }
        for table in ["table_regression.tex", "table_regression.md", "table_describe.tex", "table_weights.md"] {
            XCTAssertTrue(names.contains(table), table)
        }
        // same seed: every file byte-identical; the manifests differ only in timings (and the folder name)
        for name in names where name != "manifest.json" {
            XCTAssertEqual(FileManager.default.contents(atPath: a + "/" + name), FileManager.default.contents(atPath: b + "/" + name), name)
        }
        XCTAssertEqual(try manifestWithoutTimings(a), try manifestWithoutTimings(b))
        // manifest: version, hashes (against sha256sum), seed, command lines
        let version = try CLIRunner.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let m = try manifest(a)
        XCTAssertEqual(m["stationkit_version"] as? String, version)
        XCTAssertEqual((m["pipeline"] as? [String: Any])?["sha256"] as? String, try sha256sum(paper))
        XCTAssertEqual(m["seed"] as? Int, 20201001)
        XCTAssertEqual(m["seed_source"] as? String, "pipeline")
        let inputs = try XCTUnwrap(m["inputs"] as? [[String: Any]])
        XCTAssertEqual(inputs.map { $0["name"] as? String }, ["data", "baseline"])
        let dataFiles = try XCTUnwrap(inputs[0]["files"] as? [[String: Any]])
        let evaluations = try XCTUnwrap(dataFiles.first { $0["path"] as? String == "evaluations.csv" })
        XCTAssertEqual(evaluations["sha256"] as? String, try sha256sum(jinan + "/evaluations.csv"))
        let steps = try XCTUnwrap(m["steps"] as? [[String: Any]])
        XCTAssertEqual(steps.count, 25)
        for step in steps {
            for output in try XCTUnwrap(step["outputs"] as? [[String: Any]]) {
                let path = try XCTUnwrap(output["path"] as? String)
                XCTAssertEqual(output["sha256"] as? String, try sha256sum(a + "/" + path), path)
            }
            XCTAssertNotNil(step["wall_seconds"] as? Double)
        }
        let simulate = try XCTUnwrap(steps.first { $0["name"] as? String == "simulate" })
        XCTAssertEqual(simulate["seed"] as? Int, 20201001)
        let argv = try XCTUnwrap((simulate["argv"] as? [[String]])?.first)
        XCTAssertEqual(Array(argv.suffix(4)), ["--output", a + "/simulate_baseline.json", "--seed", "20201001"])
        let describe = try XCTUnwrap(steps.first { $0["name"] as? String == "describe" })
        XCTAssertTrue(describe["seed"] is NSNull)
        // nothing but the two folders was left behind
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root).sorted(), ["a", "b"])
    }

    /// Writes a pipeline whose input `data` is the Jinan bundle; `header` holds top-level keys such as `seed`.
    private func pipeline(_ steps: String, header: String = "") throws -> String {
        let path = root + "/p.toml"
        try "\(header)[inputs]\ndata = \"\(jinan)\"\n\(steps)".write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testAnotherSeedChangesExactlyTheSeededStepsOutputs() throws {
        let file = try pipeline("""
            [steps.simulate]
            run = ["simulate", "--builtin", "toy", "--runs", "12", "--quiet", "--format", "json"]
            output = "simulate.json"
            [steps.fan]
            run = ["plot", "fan", "${simulate}", "--metric", "mean_score"]
            output = "fan.svg"
            [steps.weights]
            run = ["weights", "entropy", "${data}", "--format", "json"]
            output = "weights.json"
            """, header: "seed = 31\n")
        let a = root + "/a", c = root + "/c"
        for (folder, extra) in [(a, [String]()), (c, ["--seed", "7"])] {
            let r = try CLIRunner.run(["run", file, "--output", folder] + extra)
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertTrue(r.stdout.hasPrefix("wrote \(folder): 3 steps"), r.stdout)
        }
        XCTAssertEqual(try files(a), ["fan.svg", "manifest.json", "simulate.json", "weights.json"])
        XCTAssertEqual(try files(c), try files(a))
        // each run's seeded step equals the command run alone with that run's seed (pipeline's, then --seed)
        for (folder, seed) in [(a, "31"), (c, "7")] {
            let direct = try CLIRunner.run(["simulate", "--builtin", "toy", "--runs", "12", "--seed", seed, "--format", "json"])
            XCTAssertEqual(direct.status, 0, direct.stderr)
            XCTAssertEqual(try String(contentsOfFile: folder + "/simulate.json", encoding: .utf8), direct.stdout, folder)
        }
        // so the seeded output and the figure drawn from it differ, and the unseeded output is byte-identical
        func same(_ name: String) -> Bool {
            FileManager.default.contents(atPath: a + "/" + name) == FileManager.default.contents(atPath: c + "/" + name)
        }
        XCTAssertFalse(same("simulate.json"))
        XCTAssertFalse(same("fan.svg"))
        XCTAssertTrue(same("weights.json"))
        XCTAssertNotNil(FileManager.default.contents(atPath: a + "/weights.json"))
        let m = try manifest(a), mc = try manifest(c)
        XCTAssertEqual(m["seed"] as? Int, 31)
        XCTAssertEqual(m["seed_source"] as? String, "pipeline")
        XCTAssertEqual(mc["seed"] as? Int, 7)
        XCTAssertEqual(mc["seed_source"] as? String, "command line")
        let steps = try XCTUnwrap(mc["steps"] as? [[String: Any]])
        XCTAssertEqual(steps.map { $0["seed"] as? Int }, [7, nil, nil])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root).sorted(), ["a", "c", "p.toml"])
    }

    func testAFailingStepLeavesNoFolderAndExitsWithThatStepsCode() throws {
        let file = try pipeline("""
            [steps.describe]
            run = ["describe", "${data}", "--format", "csv"]
            output = "describe.csv"
            [steps.fit]
            run = ["fit", "ols", "${describe}", "no_such_column ~ coverage", "--format", "json"]
            output = "fit.json"
            """)
        let out = root + "/out"
        let r = try CLIRunner.run(["run", file, "--output", out])
        // the same command on its own exits with the same code
        let describe = root + "/describe.csv"
        XCTAssertEqual(try CLIRunner.run(["describe", jinan, "--format", "csv", "--output", describe]).status, 0)
        let direct = try CLIRunner.run(["fit", "ols", describe, "no_such_column ~ coverage", "--format", "json"])
        XCTAssertNotEqual(direct.status, 0)
        XCTAssertEqual(r.status, direct.status, r.stderr)
        XCTAssertTrue(r.stderr.hasPrefix("error: \(file):6:8: step `fit` failed (exit \(direct.status))"), r.stderr)
        XCTAssertTrue(r.stderr.contains("no_such_column"), r.stderr)
        XCTAssertTrue(r.stdout.isEmpty)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root).sorted(), ["describe.csv", "p.toml"])
    }

    func testBadPipelinesAndCommandLinesAreRejectedBeforeAnyStepRuns() throws {
        var file = try pipeline("""
            [steps.plot]
            run = ["plot", "fan", "${simulate}"]
            output = "fan.svg"
            colour = "red"
            [steps.simulate]
            run = ["simulate", "--builtin", "toy", "--format", "json"]
            output = "sim.json"
            """)
        var r = try CLIRunner.run(["run", file, "--output", root + "/out"])
        XCTAssertEqual(r.status, 65)
        XCTAssertEqual(r.stderr, "error: \(file):6:1: unknown key `steps.plot.colour` (known here: run, output, output_option, seed)\n")
        file = try pipeline(String(try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").dropFirst(2)
            .filter { !$0.hasPrefix("colour") }.joined(separator: "\n")))
        r = try CLIRunner.run(["run", file, "--output", root + "/out"])
        XCTAssertEqual(r.status, 65)
        XCTAssertEqual(r.stderr, "error: \(file):4:24: forward reference: step `simulate` runs after `plot` (steps run in the order written); move it before `plot`\n")
        // a usage error in the second step stops the run before the first step writes anything
        file = try pipeline("""
            [steps.describe]
            run = ["describe", "${data}", "--format", "csv"]
            output = "describe.csv"
            [steps.table]
            run = ["table", "describe", "${describe}", "--no-such-option"]
            output = "describe.md"
            """)
        r = try CLIRunner.run(["run", file, "--output", root + "/out"])
        XCTAssertEqual(r.status, 64, r.stderr)
        XCTAssertTrue(r.stderr.contains("step `table` failed (exit 64)") && r.stderr.contains("--no-such-option"), r.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root), ["p.toml"])
        // a missing pipeline file
        r = try CLIRunner.run(["run", root + "/none.toml", "--output", root + "/out"])
        XCTAssertEqual(r.status, 66, r.stderr)
    }

    func testInterruptedRunExits130AndLeavesNoFolder() throws {
        let file = try pipeline("""
            [steps.simulate]
            run = ["simulate", "--builtin", "toy", "--runs", "1000000", "--threads", "1", "--quiet", "--format", "json"]
            output = "sim.json"
            """)
        let process = Process()
        process.executableURL = CLIRunner.productsDirectory.appendingPathComponent("stationkit")
        process.arguments = ["run", file, "--output", root + "/out"]
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // wait until the working folder exists (the step is running), then Ctrl-C
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, !(try FileManager.default.contentsOfDirectory(atPath: root)).contains(where: { $0.hasPrefix(".out.partial-") }) {
            Thread.sleep(forTimeInterval: 0.1)
        }
        Thread.sleep(forTimeInterval: 0.5)
        process.interrupt()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .exit)
        XCTAssertEqual(process.terminationStatus, 130)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root), ["p.toml"])
    }

    func testAnExistingOutputFolderNeedsForceAndOnlyAPreviousRunIsReplaced() throws {
        let file = try pipeline("""
            [steps.describe]
            run = ["describe", "${data}", "--format", "csv"]
            output = "describe.csv"
            """)
        let out = root + "/out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: false)
        var r = try CLIRunner.run(["run", file, "--output", out, "--force"])
        XCTAssertEqual(r.status, 73, r.stderr)
        XCTAssertTrue(r.stderr.contains("refusing to delete it"), r.stderr)
        try FileManager.default.removeItem(atPath: out)
        XCTAssertEqual(try CLIRunner.run(["run", file, "--output", out]).status, 0)
        r = try CLIRunner.run(["run", file, "--output", out])
        XCTAssertEqual(r.status, 73, r.stderr)
        XCTAssertTrue(r.stderr.contains("--force"), r.stderr)
        r = try CLIRunner.run(["run", file, "--output", out, "--force"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try files(out), ["describe.csv", "manifest.json"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root).sorted(), ["out", "p.toml"])
    }
}
