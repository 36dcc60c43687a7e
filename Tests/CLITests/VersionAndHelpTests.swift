import StationKit
import XCTest

final class VersionAndHelpTests: XCTestCase {
    func testVersionPrintsLibraryVersion() throws {
        let r = try CLIRunner.run(["--version"])
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines), StationKitInfo.version)
    }

    func testUnknownOptionIsUsageError() throws {
        let r = try CLIRunner.run(["--no-such-option"])
        XCTAssertEqual(r.status, 64)
        XCTAssertFalse(r.stderr.isEmpty)
    }
}
