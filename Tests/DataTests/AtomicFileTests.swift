import Data
import Foundation
import XCTest

final class AtomicFileTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    func testFailedWriteLeavesPreviousContentAndNoTemporaryFiles() throws {
        let path = dir.appendingPathComponent("out.csv").path
        try AtomicFile.write("old\n", to: path)
        struct Boom: Error {}
        XCTAssertThrowsError(
            try AtomicFile.write(to: path) { h in
                h.write(Foundation.Data("partial".utf8))
                throw Boom()
            })
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "old\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["out.csv"])
    }

    func testMissingDirectoryIsCannotCreate() {
        let path = dir.appendingPathComponent("no/such/dir/out.csv").path
        XCTAssertThrowsError(try AtomicFile.write("x", to: path)) { error in
            XCTAssertEqual((error as? DataError)?.exitStatus, .cannotCreate)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }
}
