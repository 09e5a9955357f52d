/// Rewriting a whole file: replaced by rename, permissions kept, and untouched when anything fails.

import Foundation
import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures

final class WriterRewriteTests: XCTestCase {
    private func contents(_ folder: String, _ name: String = "learners.rec") throws -> String {
        try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
    }

    private func leftovers(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".tmp-") }
    }

    func testReplacesTheFileAndKeepsItsPermissions() throws {
        let folder = try makeTemporaryFolder(self)
        try write("Id: L1\nName: Cũ\n", to: "learners.rec", in: folder)
        XCTAssertEqual(chmod(folder + "/learners.rec", 0o600), 0)
        let before = try FileManager.default.attributesOfItem(atPath: folder + "/learners.rec")[.systemFileNumber] as? NSNumber
        try RecWriter.rewrite("learners.rec", in: folder, contents: Array("Id: L1\nName: Mới\n".utf8))
        XCTAssertEqual(try contents(folder), "Id: L1\nName: Mới\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/learners.rec")
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        XCTAssertNotEqual(attributes[.systemFileNumber] as? NSNumber, before, "a new file took the old one's name")
        XCTAssertEqual(try leftovers(folder), [])
    }

    func testCreatesAMissingFile() throws {
        let folder = try makeTemporaryFolder(self)
        try RecWriter.rewrite("funds.rec", in: folder, contents: Array("%rec: Donation\n".utf8))
        XCTAssertEqual(try contents(folder, "funds.rec"), "%rec: Donation\n")
    }

    func testTransformEditsWhatIsOnDisk() throws {
        let folder = try makeTemporaryFolder(self)
        try write("Id: L1\n\nId: L2\n\nId: L3\n", to: "learners.rec", in: folder)
        try RecWriter.rewrite("learners.rec", in: folder) { bytes in
            let kept = parse(bytes: bytes).records.filter { $0.value("Id") != "L2" }
            return try kept.map { try RecordText($0).bytes }.joined(separator: [0x0A]).map { $0 }
        }
        XCTAssertEqual(try contents(folder), "Id: L1\n\nId: L3\n")
    }

    func testATransformThatThrowsChangesNothing() throws {
        let folder = try makeTemporaryFolder(self)
        try write("Id: L1\n", to: "learners.rec", in: folder)
        struct Refused: Error {}
        XCTAssertThrowsError(try RecWriter.rewrite("learners.rec", in: folder) { _ in throw Refused() }) {
            XCTAssertTrue($0 is Refused)
        }
        XCTAssertEqual(try contents(folder), "Id: L1\n")
        XCTAssertEqual(try leftovers(folder), [])
    }

    func testEditingAMissingFileIsAnError() throws {
        let folder = try makeTemporaryFolder(self)
        XCTAssertThrowsError(try RecWriter.rewrite("learners.rec", in: folder) { $0 }) { error in
            guard case .failed(_, let step, let code, true)? = error as? RecWriterError else { return XCTFail("\(error)") }
            XCTAssertEqual(step, "open")
            XCTAssertEqual(code, ENOENT)
        }
    }

    /// A folder holds the name: refused before anything is made, the folder left as it was.
    func testAFolderInTheFilesPlaceIsRefused() throws {
        let folder = try makeTemporaryFolder(self)
        try FileManager.default.createDirectory(atPath: folder + "/learners.rec", withIntermediateDirectories: false)
        try write("Id: L1\n", to: "keep.txt", in: folder)
        XCTAssertThrowsError(try RecWriter.rewrite("learners.rec", in: folder, contents: Array("Id: L9\n".utf8))) { error in
            XCTAssertEqual(error as? RecWriterError, .unsafeFile(path: folder + "/learners.rec", reason: .notRegular))
            XCTAssertTrue("\(error)".contains("not a regular file") && "\(error)".contains("nothing was written"), "\(error)")
        }
        XCTAssertEqual(try leftovers(folder), [])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder + "/learners.rec"), [])
    }

    func testTemporaryNames() {
        let name = RecWriter.temporaryName(for: "awards.rec")
        XCTAssertTrue(name.hasPrefix(".awards.rec.tmp-\(getpid())-"), name)
        XCTAssertTrue(RecWriter.isTemporaryName(name))
        XCTAssertTrue(RecWriter.isTemporaryName(".my-file.rec.tmp-12-ab0"))
        for other in ["awards.rec", ".hoctap.lock", ".awards.rec.tmp-", ".awards.rec.tmp-12", ".awards.rec.tmp-x-1",
                      "awards.rec.tmp-12-ab", ".tmp-12-ab", ".awards.rec.tmp-12-xyz"] {
            XCTAssertFalse(RecWriter.isTemporaryName(other), other)
        }
    }
}
