import Data
import TestSupport
import XCTest

/// The shipped sample (Datasets/jinan, written by the synth generator) must validate cleanly,
/// and the rollout `describe` sees must equal the one the generator planted.
final class ShippedBundleTests: XCTestCase {
    func testJinanValidatesAndDescribeMatchesPlantedRollout() throws {
        let dir = RepositoryPaths.dataset("jinan").path
        guard FileManager.default.fileExists(atPath: dir + "/dataset.toml") else {
            throw XCTSkip("Datasets/jinan is not in this checkout")
        }
        let b = try DatasetBundle.load(at: dir)
        // Expected: [planted.rollout] opened_by_year in Datasets/jinan/dataset.toml (the generator's truth).
        guard let planted = b.manifest.planted?["rollout"]?.table?["opened_by_year"]?.array?.compactMap(\.double) else {
            throw XCTSkip("this Datasets/jinan records no planted rollout")
        }
        let d = try Describe.table(b, by: .year)
        XCTAssertEqual(try d.doubles("stations_open"), planted)
        XCTAssertEqual(try d.ints("year"), Array(b.manifest.years))
    }
}
