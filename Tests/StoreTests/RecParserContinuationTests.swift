/// Values over several lines: `+` continuations and a trailing backslash, with the lines they report.

import XCTest
@testable import Store
@testable import Recfile

final class RecParserContinuationTests: XCTestCase {
    func testPlusLinesWithAndWithoutSpace() {
        let f = parse("Note: một\n+ hai\n+ba\n+\n+  bốn\nNext: x\n")
        XCTAssertEqual(f.problems, [])
        let r = f.records[0]
        XCTAssertEqual(r.value("Note"), "một\nhai\nba\n\n bốn")
        XCTAssertEqual(r.field("Next")?.line, 6)
    }

    func testPlusLineKeepsATab() {
        XCTAssertEqual(parse("A: x\n+\ty\n").records[0].value("A"), "x\n\ty")
    }

    func testBackslashJoinsLinesWithoutNewline() {
        let f = parse("Long: đầu \\\ngiữa \\\ncuối\nNext: x\n")
        XCTAssertEqual(f.problems, [])
        XCTAssertEqual(f.records[0].value("Long"), "đầu giữa cuối")
        XCTAssertEqual(f.records[0].field("Long")?.line, 1)
        XCTAssertEqual(f.records[0].field("Next")?.line, 4)
    }

    func testBackslashTakesTheNextLineLiterallyEvenIfItLooksLikeSomethingElse() {
        let f = parse("A: x\\\n# not a comment\nB: y\\\n\nC: z\n")
        XCTAssertEqual(f.problems, [])
        XCTAssertEqual(f.records.count, 1, "the blank line after a backslash is the rest of B, as in recutils")
        XCTAssertEqual(f.records[0].value("A"), "x# not a comment")
        XCTAssertEqual(f.records[0].value("B"), "y")
        XCTAssertEqual(f.records[0].value("C"), "z")
    }

    func testBackslashInsideAPlusLine() {
        XCTAssertEqual(parse("A: 1\n+ 2\\\n3\n").records[0].value("A"), "1\n23")
    }

    func testBackslashOnTheLastLineOfTheFile() {
        let f = parse("A: x\\\n")
        XCTAssertEqual(f.records[0].value("A"), "x")
        XCTAssertEqual(f.problems, [])
    }

    func testBackslashNotAtLineEndIsKept() {
        XCTAssertEqual(parse("Path: C:\\Users\\x\n").records[0].value("Path"), "C:\\Users\\x")
    }

    func testLineNumbersAcrossContinuations() {
        let text = """
        # header
        %rec: Class

        Id: L1
        Topic: Tin học \\
        cơ bản
        Note: dòng một
        + dòng hai
        + dòng ba
        Teacher: Cô Lan

        Id: L2
        """
        let f = parse(text + "\n")
        XCTAssertEqual(f.problems, [])
        XCTAssertEqual(f.descriptors.first?.line, 2)
        let r = f.records[0]
        XCTAssertEqual(r.line, 4)
        XCTAssertEqual(r.fields.map(\.line), [4, 5, 7, 10])
        XCTAssertEqual(r.value("Topic"), "Tin học cơ bản")
        XCTAssertEqual(r.value("Note"), "dòng một\ndòng hai\ndòng ba")
        XCTAssertEqual(f.records[1].line, 12)
    }

    func testPlusLineWithNoFieldBeforeIt() {
        let f = parse("+ lạc\nId: 1\n\n+ sau dòng trống\nId: 2\n# c\n+ sau chú thích\n")
        XCTAssertEqual(f.errors.map(\.line), [1, 4, 7])
        XCTAssertTrue(f.errors[0].message.contains("\"+\""), f.errors[0].message)
        XCTAssertEqual(f.records.map { $0.value("Id") }, ["1", "2"])
        XCTAssertEqual(f.records[1].value("Id"), "2", "the orphan + line is not added to anything")
    }

    func testPlusAfterMalformedLineIsAnOrphan() {
        let f = parse("A: x\nnot a field\n+ more\n")
        XCTAssertEqual(f.errors.map(\.line), [2, 3])
        XCTAssertEqual(f.records[0].value("A"), "x")
    }
}
