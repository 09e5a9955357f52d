/// The excerpt under a problem: the line as written and a caret under the value, in display columns.

import XCTest
@testable import Store
@testable import Recfile

final class ProblemExcerptTests: XCTestCase {
    private func problems(_ text: String) -> [StoreProblem] {
        StoreLoader.decode(files: ["learners.rec": Array(text.utf8)]).problems.filter { $0.file == "learners.rec" }
    }

    func testCaretSpansTheBadValue() throws {
        let p = try XCTUnwrap(problems("Id: HV1\nName: Lan\nGender: Nữ giới\n").first)
        XCTAssertEqual(p.excerpt?.text, "Gender: Nữ giới")
        XCTAssertEqual(p.excerpt?.caretLine, "        ^~~~~~~")
        XCTAssertEqual(p.detailedDescription, """
            learners.rec:3: Gender: expected one of F, M, got "Nữ giới"
                Gender: Nữ giới
                        ^~~~~~~
            """)
    }

    func testDecomposedTextTakesTheSameColumnsAsPrecomposed() throws {
        let nfc = "Nữ giới", nfd = "Nu\u{31B}\u{303} gio\u{31B}\u{301}i"
        XCTAssertNotEqual(Array(nfc.utf8), Array(nfd.utf8))
        let a = try XCTUnwrap(problems("Id: HV1\nName: Lan\nGender: \(nfc)\n").first?.excerpt)
        let b = try XCTUnwrap(problems("Id: HV1\nName: Lan\nGender: \(nfd)\n").first?.excerpt)
        XCTAssertEqual(a.caretLine, b.caretLine)
        XCTAssertEqual([a.column, a.width], [8, 7])
    }

    func testCaretUnderABadByteAfterVietnameseTextIsInTheSameColumnForNFCAndNFD() throws {
        func excerpt(_ name: String) throws -> ProblemExcerpt {
            let bytes = Array("Id: HV1\nName: \(name) ".utf8) + [0xFF] + Array("\n".utf8)
            let p = StoreLoader.decode(files: ["learners.rec": bytes]).problems.first { $0.kind == .invalidUTF8 }
            return try XCTUnwrap(p?.excerpt)
        }
        let nfc = try excerpt("Nguyễn Thị Hòa")
        let nfd = try excerpt("Nguye\u{302}\u{303}n Thi\u{323} Ho\u{300}a")
        XCTAssertEqual(nfc.column, "Name: Nguyễn Thị Hòa ".count)
        XCTAssertEqual(nfc.column, nfd.column)
        XCTAssertEqual(nfc.caretLine, nfd.caretLine)
    }

    func testATabCountsOneColumnAndIsShownAsASpace() throws {
        let p = try XCTUnwrap(problems("Id: HV1\nName: Lan\nGender:\tX\n").first)
        XCTAssertEqual(p.excerpt?.text, "Gender: X")
        XCTAssertEqual(p.excerpt?.column, 8)
    }

    func testMissingFieldPointsAtTheRecordsFirstLine() throws {
        let p = try XCTUnwrap(problems("Id: HV1\nGender: F\n").first)
        XCTAssertEqual(p.kind, .missingField)
        XCTAssertEqual(p.excerpt?.text, "Id: HV1")
        XCTAssertEqual(p.excerpt?.column, 0)
    }

    func testAStrayLineIsExcerptedWithTheCaretAtItsStart() throws {
        let p = try XCTUnwrap(problems("Id: HV1\nName: Lan\n  Gender: F\n").first)
        XCTAssertEqual(p.kind, .syntax)
        XCTAssertEqual(p.excerpt?.text, "  Gender: F")
        XCTAssertEqual(p.excerpt?.caretLine, "^")
    }

    func testLongLinesAreCutAroundTheCaret() throws {
        let long = String(repeating: "ạ", count: 150)
        let p = try XCTUnwrap(problems("Id: HV1\nName: Lan\nPhone: 1\nBirthYear: \(long)\n").first)
        let e = try XCTUnwrap(p.excerpt)
        XCTAssertEqual(e.text.count, ProblemExcerpt.maxColumns + 1)
        XCTAssertTrue(e.text.hasPrefix("BirthYear: ạ"))
        XCTAssertTrue(e.text.hasSuffix("…"))
        XCTAssertEqual(e.column, 11)
        let far = try XCTUnwrap(problems("Id: HV1\nName: Lan\nNeighborhood: \(long)\nX\n").first?.excerpt)
        XCTAssertEqual(far.column, 0, "a stray line's caret stays at its start")
        let end = ProblemExcerpt(line: long + "x", column: 150, width: 1)
        XCTAssertTrue(end.text.hasPrefix("…"))
        XCTAssertEqual(Array(end.text)[end.column], "x", "the window follows a caret far to the right")
    }

    func testWholeFileProblemsHaveNoExcerpt() {
        let p = StoreLoader.decode(files: [:]).problems.first
        XCTAssertEqual(p?.kind, .missingFile)
        XCTAssertNil(p?.excerpt)
        XCTAssertEqual(p?.detailedDescription, p?.description)
    }
}
