/// Store files saved in TCVN3, VNI or Windows-1258: one problem per file, and `convert` back to UTF-8.

import Foundation
import StoreFixtures
import XCTest
@testable import Store
@testable import Recfile
import VietText

final class LegacyFileTests: XCTestCase {
    /// Names whose capitals carry no tone, so that TCVN3 (VN3) can write them.
    static let names: [String] = {
        let families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
        let middles = ["Văn", "Thị", "Minh", "Hữu", "Ngọc"]
        let givens = ["Hòa", "An", "Đức", "Hạnh", "Phương", "Tuấn", "Lan", "Dũng", "Thảo", "Khánh", "Nguyệt", "Trường"]
        return (0..<24).map { "\(families[$0 % 12]) \(middles[$0 % 5]) \(givens[($0 * 7) % 12])" }
    }()

    /// The fixture's learners.rec with 24 learners (HV1 … HV24) named above, in NFC.
    static let learnersText: String = {
        var text = StoreFixture.texts()["learners.rec"] ?? ""
        if let end = text.range(of: "\nId: HV1\n") { text = String(text[..<end.lowerBound]) }
        for (i, name) in names.enumerated() {
            text += "\nId: HV\(i + 1)\nName: \(name)\nGender: \(i % 2 == 0 ? "F" : "M")\n"
                + "Neighborhood: Khu phố \(i % 5 + 1)\nOrganization: Hội Phụ nữ phường\n"
        }
        return text
    }()

    /// The fixture store with learners.rec written in `encoding` by the text kit's encoder.
    private func legacyStore(_ encoding: LegacyEncoding) throws -> String {
        let folder = try StoreFixture.folder(self)
        let bytes = try XCTUnwrap(encoding.encode(Self.learnersText), "\(encoding) cannot write the fixture")
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/learners.rec"))
        return folder
    }

    static let legacy: [LegacyEncoding] = [.tcvn3, .vni, .cp1258]

    func testTheUTF8FixtureLoadsClean() throws {
        let folder = try StoreFixture.folder(self)
        try write(Self.learnersText, to: "learners.rec", in: folder)
        let snapshot = try StoreLoader.load(directory: folder)
        XCTAssertEqual(snapshot.errors, [])
        XCTAssertEqual(snapshot.learners.map(\.name), Self.names)
    }

    func testALegacyFileIsOneProblemNamingItsEncoding() throws {
        for encoding in Self.legacy {
            let folder = try legacyStore(encoding)
            for snapshot in [try StoreLoader.load(directory: folder), try StoreLoader.reload(directory: folder),
                             try StoreReloader().reload(directory: folder)] {
                let problems = snapshot.problems.filter { $0.file == "learners.rec" }
                XCTAssertEqual(problems.count, 1, "\(encoding): \(problems.map(\.description))")
                let problem = try XCTUnwrap(problems.first)
                XCTAssertEqual(problem.severity, .error)
                XCTAssertEqual(problem.line, 0)
                XCTAssertTrue(problem.message.contains(encoding.displayName), problem.message)
                XCTAssertTrue(problem.message.contains("hoctap convert learners.rec"), problem.message)
                XCTAssertFalse(snapshot.problems.contains { $0.file != "learners.rec" && $0.kind == .invalidUTF8 })
                XCTAssertEqual(snapshot.classes.count, StoreFixture.snapshot().classes.count, "the other files are read")
            }
        }
    }

    func testAFewBadBytesInAUTF8FileStayLineByLine() throws {
        let folder = try StoreFixture.folder(self)
        var bytes = Array(Self.learnersText.utf8)
        let at = try XCTUnwrap(bytes.firstIndex(of: UInt8(ascii: "K")))
        bytes[at] = 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/learners.rec"))
        let problems = try StoreLoader.load(directory: folder).problems.filter { $0.kind == .invalidUTF8 }
        XCTAssertEqual(problems.count, 1)
        XCTAssertGreaterThan(problems.first?.line ?? 0, 0, "the line of the bad byte, not the whole file")
    }

    func testConvertGivesBackTheNames() throws {
        for encoding in Self.legacy {
            let folder = try legacyStore(encoding)
            let done = try LegacyConversion.convert(path: folder + "/learners.rec")
            XCTAssertEqual(done.encoding, encoding)
            XCTAssertEqual(done.changedLines, 3 * Self.names.count, "\(encoding): each name, neighborhood and organization")
            let snapshot = try StoreLoader.load(directory: folder)
            XCTAssertEqual(snapshot.errors, [], "\(encoding)")
            XCTAssertEqual(snapshot.learners.map(\.name), Self.names, "\(encoding)")
            XCTAssertEqual(try String(contentsOfFile: folder + "/learners.rec", encoding: .utf8), Self.learnersText)
        }
    }

    func testADryRunWritesNothing() throws {
        let folder = try legacyStore(.vni)
        let before = try Data(contentsOf: URL(fileURLWithPath: folder + "/learners.rec"))
        let done = try LegacyConversion.convert(path: folder + "/learners.rec", dryRun: true)
        XCTAssertEqual(done.encoding, .vni)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: folder + "/learners.rec")), before)
    }

    func testConvertRefusesAUTF8File() throws {
        let folder = try StoreFixture.folder(self)
        let path = folder + "/learners.rec"
        let before = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? NSNumber
        for from in [nil, LegacyEncoding.tcvn3] {
            XCTAssertThrowsError(try LegacyConversion.convert(path: path, from: from)) {
                XCTAssertEqual($0 as? LegacyConversionError, .alreadyUTF8)
            }
        }
        let after = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? NSNumber
        XCTAssertEqual(after, before, "not even rewritten with the same bytes")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), StoreFixture.texts()["learners.rec"])
    }

    func testAnUnsureGuessNeedsFrom() throws {
        let folder = try makeTemporaryFolder(self)
        try Data([0x49, 0x64, 0x3A, 0x20, 0x8D, 0x8E, 0x0A]).write(to: URL(fileURLWithPath: folder + "/x.rec"))
        XCTAssertThrowsError(try LegacyConversion.convert(path: folder + "/x.rec")) {
            guard case .unsure? = $0 as? LegacyConversionError else { return XCTFail("\($0)") }
        }
        XCTAssertEqual(try LegacyConversion.convert(path: folder + "/x.rec", from: .cp1258, dryRun: true).changedLines, 1)
    }

    func testAConvertThatCannotWriteLeavesTheOriginal() throws {
        let folder = try legacyStore(.tcvn3)
        let path = folder + "/learners.rec"
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        // Another writer holds the store's lock: the rewrite waits for it, then gives up.
        try StoreLock.withExclusive(in: folder) { _ in
            XCTAssertThrowsError(try LegacyConversion.convert(path: path, lockTimeout: .milliseconds(100))) {
                guard case .lockTimeout? = $0 as? RecWriterError else { return XCTFail("\($0)") }
            }
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
        // A symbolic link in the file's place is refused as every rewrite refuses it.
        try FileManager.default.moveItem(atPath: path, toPath: folder + "/real.rec")
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "real.rec")
        XCTAssertThrowsError(try LegacyConversion.convert(path: path)) {
            guard case .unsafeFile? = $0 as? RecWriterError else { return XCTFail("\($0)") }
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: folder + "/real.rec")), before)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".tmp-") }, [])
    }
}
