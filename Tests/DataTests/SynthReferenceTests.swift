import Data
import Foundation
import TestSupport
import XCTest

/// The committed Datasets/jinan is what the generator makes, and least-squares fits on it
/// agree with numpy.
final class SynthReferenceTests: XCTestCase {
    private static let jinan: SyntheticBundle? = try? SyntheticGenerator(options: SynthOptions(preset: .jinan)).generate()

    func testCommittedJinanBundleMatchesTheGenerator() throws {
        let root = try SynthFixtures.temporaryDirectory()
        let out = root.appendingPathComponent("jinan")
        try XCTUnwrap(Self.jinan).write(to: out.path)
        let committed = RepositoryPaths.dataset("jinan")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        // Subfolders of Datasets/jinan (scenarios/, pipelines/) hold what is made from the bundle, not by the generator.
        XCTAssertEqual(try Self.regularFiles(in: committed), names)
        for name in names {
            XCTAssertEqual(try Foundation.Data(contentsOf: out.appendingPathComponent(name)),
                           try Foundation.Data(contentsOf: committed.appendingPathComponent(name)),
                           "Datasets/jinan/\(name) is stale: regenerate it (see its README)")
        }
        for name in ["framework.csv", "grades.csv"] {
            XCTAssertEqual(try Foundation.Data(contentsOf: RepositoryPaths.dataset("framework").appendingPathComponent(name)),
                           Foundation.Data((name == "grades.csv" ? SynthFramework.gradesCSV : SynthFramework.frameworkCSV).utf8))
        }
    }

    private static func regularFiles(in dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { name in
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: dir.appendingPathComponent(name).path, isDirectory: &isDirectory)
            return !isDirectory.boolValue
        }.sorted()
    }

    func testScoreRegressionMatchesNumpy() throws {
        let (rows, y) = SynthFixtures.scoreRegression(try XCTUnwrap(Self.jinan))
        // Expected: numpy.linalg.lstsq on Datasets/jinan, Tests/References/Data/synth_jinan_ols.py (626 rows).
        let expected = [25.527405179832346, 2.8629422907147752, 0.2456189412740426, 0.4191347861355412]
        XCTAssertEqual(rows.count, 626)
        assertClose(try SynthOLS(rows: rows, y: y).coefficients, expected, relativeTolerance: 1e-9)
    }

    func testSatisfactionRegressionMatchesNumpy() throws {
        let b = try XCTUnwrap(Self.jinan)
        let (rows, y) = SynthFixtures.satisfactionRegression(b)
        // Expected: numpy.linalg.lstsq on Datasets/jinan, Tests/References/Data/synth_jinan_ols.py (784 rows).
        let expected = [
            1.504126504352078, 0.001687438875236813, -0.0002754667446955457, 0.02980900886067091,
            0.0015272547404660676, 0.015233094347549707, 0.025876714376712885, 0.017024842669607583,
            0.012173591367890537, 0.007751789170604203, 0.010057733480695769, 0.011008706180863475,
            0.013593049533284223, 0.009127718956989444, 0.00028880875697347727, 0.018748428882322244,
            0.018210031335253278, 0.015446932166793, 0.034936933871947476, 0.016098571659184133,
            0.016186936825640933, 0.02076514833972848, 0.01691505033612043, 0.030084117144545928,
            0.023577961690454067, 0.04207969221419137, 0.04512263001734108, 0.01711412351241513,
            0.02379418471897623, 0.06537203085894254, 0.045844780943649126, 0.018416174753496245,
            0.014586413790813456, 0.10041587562246389, 0.03969923517031462, 0.0852836993793227,
            0.045913158995290436, 0.07697147907394278,
        ]
        XCTAssertEqual(rows.count, 784)
        // Normal equations lose a few digits to the items' collinearity: absolute 1e-9 on weights ≈ 0.01–0.1.
        assertClose(try SynthOLS(rows: rows, y: y).coefficients, expected, relativeTolerance: 1e-7, absoluteFloor: 1e-2)
    }
}
