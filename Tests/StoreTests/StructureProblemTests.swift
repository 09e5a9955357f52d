/// Problems with the shape of the files: stray lines, bad bytes, records outside a set, unknown fields and sets.

import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures

final class StructureProblemTests: XCTestCase {
    func testALineThatIsNoFieldIsAnErrorItsRecordLeftOutAndTheRestRead() throws {
        let s = StoreFixture.snapshot(["learners.rec": [("Gender: M\n", "Gender: M\nGiới tính nam\n")]])
        XCTAssertEqual(s.problems.map(\.kind), [.syntax])
        XCTAssertEqual(s.problems.first?.line, StoreFixture.line(of: "Gender: M", in: "learners.rec") + 1)
        XCTAssertEqual(s.learners.map(\.id), ["HV1", "HV3"])
    }

    func testAStrayLineBetweenRecordsLeavesThemBoth() throws {
        let s = StoreFixture.snapshot(["learners.rec": [("\nId: HV3", "\nghi chú lạc\n\nId: HV3")]])
        XCTAssertEqual(s.problems.map(\.kind), [.syntax])
        XCTAssertEqual(s.learners.count, 3)
    }

    func testInvalidUTF8NamesTheByteOffset() throws {
        var files = StoreFixture.files()
        let text = try XCTUnwrap(files["learners.rec"])
        let name = Array("Name: Trần Văn An".utf8)
        let at = try XCTUnwrap(firstIndex(of: name, in: text))
        var bytes = text
        bytes[at + 6] = 0xC0 // the "T" of Trần becomes a byte that is never UTF-8
        files["learners.rec"] = bytes
        let s = StoreLoader.decode(files: files)
        XCTAssertEqual(s.problems.map(\.kind), [.invalidUTF8])
        let p = try XCTUnwrap(s.problems.first)
        XCTAssertEqual([p.file, p.field], ["learners.rec", "Name"])
        XCTAssertTrue(p.message.contains("byte offset \(at + 6)"), p.message)
        XCTAssertEqual(p.excerpt?.column, 6, "the caret is under the bad byte")
        XCTAssertEqual(s.learners.map(\.id), ["HV1", "HV3"], "the record with the bad byte is left out")
    }

    func testARecordOutsideAnySetInAFileOfSeveralSets() throws {
        var files = StoreFixture.files()
        files["branches.rec"] = Array("Id: KP09\nName: Lạc\nKind: school\n\n".utf8) + (files["branches.rec"] ?? [])
        let s = StoreLoader.decode(files: files)
        XCTAssertEqual(s.problems.map(\.kind), [.outsideSet])
        XCTAssertEqual([s.problems.first?.file, s.problems.first.map { "\($0.line)" }], ["branches.rec", "1"])
        XCTAssertTrue(s.problems.first?.message.contains("Branch, Clan") ?? false)
        XCTAssertFalse(s.branches.contains { $0.id == "KP09" })
    }

    func testARecordBeforeTheHeaderOfASingleSetFileBelongsToItsSet() {
        var files = StoreFixture.files()
        files["funds.rec"] = Array("Id: D0\nDate: 2022-09-02\nDonor: Bà Tư\nAmount: 50000\n\n".utf8) + (files["funds.rec"] ?? [])
        let s = StoreLoader.decode(files: files)
        XCTAssertEqual(s.problems, [])
        XCTAssertEqual(s.donations.map(\.id), ["D0", "D1", "D2"])
    }

    func testAnUnknownFieldIsOneWarningWithItsCount() throws {
        let s = StoreFixture.snapshot(["awards.rec": [
            ("Amount: 500000\n", "Amount: 500000\nNote: một\n"), ("Amount: 300000\n", "Amount: 300000\nNote: hai\n"),
        ]])
        XCTAssertEqual(s.problems.map(\.kind), [.unknownField])
        let p = try XCTUnwrap(s.problems.first)
        XCTAssertEqual([p.field, "\(p.severity)"], ["Note", "warning"])
        XCTAssertEqual(p.line, StoreFixture.line(of: "Amount: 500000", in: "awards.rec") + 1, "at its first use")
        XCTAssertTrue(p.message.contains("2 times"), p.message)
        XCTAssertEqual(s.awards.count, 3, "a warning keeps the records")
    }

    func testAnUnknownSetAndASetInTheWrongFileAreErrors() throws {
        var files = StoreFixture.files()
        files["funds.rec"] = (files["funds.rec"] ?? []) + Array("\n%rec: Expense\n\nId: E1\n\n%rec: Award\n\nId: A9\n".utf8)
        let s = StoreLoader.decode(files: files)
        XCTAssertEqual(s.problems.map(\.kind), [.unknownSet, .unknownSet])
        XCTAssertEqual(s.problems.map(\.severity), [.error, .error])
        XCTAssertTrue(s.problems[1].message.contains("belong in awards.rec"), s.problems[1].message)
        XCTAssertTrue(s.problems[0].message.contains("1 record is left out and not counted"), s.problems[0].message)
        XCTAssertEqual(s.awards.count, 3)
    }

    func testALastLineWithoutItsLineBreakIsAWarning() throws {
        var files = StoreFixture.files()
        files["funds.rec"]?.removeLast()
        let s = StoreLoader.decode(files: files)
        XCTAssertEqual(s.problems.map(\.kind), [.noFinalNewline])
        XCTAssertEqual(s.problems.first?.severity, .warning)
        XCTAssertEqual(s.donations.count, 2)
    }

    func testProblemsOfSeveralFilesAreAllReportedSortedByFileThenLine() throws {
        let s = StoreFixture.snapshot([
            "learners.rec": [("Gender: M", "Gender: X"), ("Name: Nguyễn Thị Hòa\n", "")],
            "awards.rec": [("Amount: 300000", "Amount: nhiều"), ("Kind: student", "Kind: pupil")],
            "attendance.rec": [("Date: 2022-10-13", "Date: 13/10/2022")],
        ])
        XCTAssertEqual(s.problems.map(\.file), ["attendance.rec", "awards.rec", "awards.rec", "learners.rec", "learners.rec"])
        XCTAssertEqual(s.problems.map(\.field), ["Date", "Kind", "Amount", "Name", "Gender"])
        let lines = s.problems.map(\.line)
        XCTAssertLessThan(lines[1], lines[2])
        XCTAssertLessThan(lines[3], lines[4])
    }

    private func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        return (0...(haystack.count - needle.count)).first { Array(haystack[$0..<($0 + needle.count)]) == needle }
    }
}
