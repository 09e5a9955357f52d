/// Appending records: the bytes that land in the file, errors that leave it as it was, recfix's view.

import Foundation
import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures

final class WriterAppendTests: XCTestCase {
    private func contents(_ folder: String, _ name: String) throws -> String {
        try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
    }

    func testCreatesTheFileAndAppendsAfterABlankLine() throws {
        let folder = try makeTemporaryFolder(self)
        try RecWriter.append([RecordText(["Id": "A1", "Recipient": "Lê Thị Thu"])], to: "awards.rec", in: folder)
        XCTAssertEqual(try contents(folder, "awards.rec"), "Id: A1\nRecipient: Lê Thị Thu\n")
        try RecWriter.append([RecordText(["Id": "A2"]), RecordText(["Id": "A3", "Note": "a\nb"])], to: "awards.rec", in: folder)
        XCTAssertEqual(try contents(folder, "awards.rec"),
                       "Id: A1\nRecipient: Lê Thị Thu\n\nId: A2\n\nId: A3\nNote: a\n+ b\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/awards.rec")
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o644 & ~Int(WriterHarness.umask()))
        XCTAssertNil(RecWriter.unconfirmedAppend(in: folder), "no append is announced once it is done")
    }

    func testCompletesALastLineLeftWithoutItsLineBreak() throws {
        let folder = try makeTemporaryFolder(self)
        try write("%rec: Award\n\nId: A1\nAmount: 5", to: "awards.rec", in: folder)
        try RecWriter.append([RecordText(["Id": "A2", "Amount": "7"])], to: "awards.rec", in: folder)
        XCTAssertEqual(try contents(folder, "awards.rec"), "%rec: Award\n\nId: A1\nAmount: 5\n\nId: A2\nAmount: 7\n")
        let file = try RecParser.parse(contentsOf: folder + "/awards.rec")
        XCTAssertEqual(file.problems, [])
        XCTAssertEqual(file.records.map { $0.value("Amount") }, ["5", "7"])
    }

    func testAnEmptyListWritesNothing() throws {
        let folder = try makeTemporaryFolder(self)
        try RecWriter.append([], to: "awards.rec", in: folder)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/awards.rec"))
    }

    func testRefusesAFileNameOutsideTheFolder() throws {
        let folder = try makeTemporaryFolder(self)
        for name in ["", ".", "..", "../x.rec", "sub/x.rec", "a\nb"] {
            XCTAssertThrowsError(try RecWriter.append([RecordText(["Id": "1"])], to: name, in: folder)) {
                XCTAssertEqual($0 as? RecWriterError, .badFileName(name))
            }
        }
    }

    func testAFolderInPlaceOfTheFileIsAnErrorAndNothingChanges() throws {
        let folder = try makeTemporaryFolder(self)
        try FileManager.default.createDirectory(atPath: folder + "/awards.rec", withIntermediateDirectories: false)
        XCTAssertThrowsError(try RecWriter.append([RecordText(["Id": "1"])], to: "awards.rec", in: folder)) { error in
            guard case .failed(let path, _, _, let unchanged)? = error as? RecWriterError else { return XCTFail("\(error)") }
            XCTAssertEqual(path, folder + "/awards.rec")
            XCTAssertTrue(unchanged)
            XCTAssertTrue("\(error)".contains("nothing was written"), "\(error)")
        }
        XCTAssertNil(RecWriter.unconfirmedAppend(in: folder))
    }

    func testAppendUnderAHeldLockSeesWhatItChecked() throws {
        let folder = try makeTemporaryFolder(self)
        try write("Id: A1\n", to: "awards.rec", in: folder)
        try StoreLock.withExclusive(in: folder) { lock in
            let file = try RecParser.parse(contentsOf: folder + "/awards.rec")
            let next = "A\(file.records.count + 1)"
            try RecWriter.append([RecordText([(name: "Id", value: next)])], to: "awards.rec", under: lock)
        }
        XCTAssertEqual(try contents(folder, "awards.rec"), "Id: A1\n\nId: A2\n")
    }

    /// GNU recutils agrees: what the writer appends to a store file with a descriptor passes
    /// `recfix --check`, and `recsel` counts the records.
    func testRecfixAcceptsWhatIsAppended() throws {
        guard let recfix = WriterHarness.which("recfix") else { throw XCTSkip("recfix is not installed") }
        let folder = try makeTemporaryFolder(self)
        try write("%rec: Award\n%key: Id\n%mandatory: Recipient\n%type: Amount int\n", to: "awards.rec", in: folder)
        try RecWriter.append([
            RecordText(["Id": "A1", "Recipient": "Nguye\u{0302}\u{0303}n Văn Bình", "Amount": "500000"]),
            RecordText(["Id": "A2", "Recipient": "  Trần Thị Mai  ", "Note": "dòng một\n\n+ dòng ba", "Amount": "0"]),
        ], to: "awards.rec", in: folder)
        try RecWriter.append([RecordText(["Id": "A3", "Recipient": "Phạm Hùng"])], to: "awards.rec", in: folder)
        let (status, output) = try WriterHarness.run(recfix, ["--check", folder + "/awards.rec"])
        XCTAssertEqual(status, 0, output)
        if let recsel = WriterHarness.which("recsel") {
            XCTAssertEqual(try WriterHarness.run(recsel, ["-c", folder + "/awards.rec"]).output, "3\n")
            XCTAssertEqual(try WriterHarness.run(recsel, ["-P", "Note", "-e", "Id = 'A2'", folder + "/awards.rec"]).output,
                           "dòng một\n\n+ dòng ba\n")
        }
    }
}
