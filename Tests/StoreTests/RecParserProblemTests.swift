/// Bad lines and bad descriptors: each is reported with its line, and reading goes on past it.

import XCTest
@testable import Store
@testable import Recfile

final class RecParserProblemTests: XCTestCase {
    func testMalformedLineIsAnErrorAndLaterRecordsSurvive() {
        let text = """
        %rec: Campaign

        Id: C1
        Tiêu đề Tuần lễ
        Title: Tuần lễ

        Id: C2
        """
        let f = parse(text + "\n", file: "campaign.rec")
        XCTAssertEqual(f.errors.count, 1)
        let p = f.errors[0]
        XCTAssertEqual(p.line, 4)
        XCTAssertEqual(p.file, "campaign.rec")
        XCTAssertEqual(p.description,
                       "campaign.rec:4: expected \"Field: value\", a \"+\" continuation, a \"#\" comment or a blank line; got \"Tiêu đề Tuần lễ\"")
        XCTAssertEqual(f.records.count, 2)
        XCTAssertEqual(f.records[0].fields.map(\.name), ["Id", "Title"], "the record goes on around a bad line")
        XCTAssertEqual(f.records[1].value("Id"), "C2")
        XCTAssertEqual(f.records[1].set, "Campaign")
    }

    func testEveryBadLineIsReported() {
        let f = parse("Id: 1\nbad one\nName x\n: empty name\n1Id: digit first\n  Indented: x\nTên: Lan\n")
        XCTAssertEqual(f.errors.map(\.line), [2, 3, 4, 5, 6, 7])
        XCTAssertEqual(f.records.count, 1)
        XCTAssertTrue(f.errors[4].message.contains("without spaces before it"), f.errors[4].message)
        XCTAssertTrue(f.errors[5].message.contains("field names use only"), f.errors[5].message)
    }

    func testLongMalformedLineIsExcerpted() {
        let f = parse(String(repeating: "x", count: 500) + "\n")
        XCTAssertEqual(f.errors.count, 1)
        XCTAssertLessThan(f.errors[0].message.count, 250)
        XCTAssertTrue(f.errors[0].message.contains("…"))
    }

    func testEmptyRecName() {
        let f = parse("%rec:\n\nId: 1\n")
        XCTAssertEqual(f.errors.map(\.line), [1])
        XCTAssertEqual(f.errors.first?.field, "%rec")
        XCTAssertEqual(f.records.map(\.set), [nil])
    }

    func testDuplicateRecordSet() {
        let f = parse("%rec: A\n\nId: 1\n\n%rec: A\n\nId: 2\n")
        XCTAssertEqual(f.errors.map(\.line), [5])
        XCTAssertTrue(f.errors[0].message.contains("line 1"), f.errors[0].message)
        XCTAssertEqual(f.records.map(\.set), ["A", "A"])
    }

    func testSpecialFieldOutsideADescriptorIsAWarning() {
        let f = parse("Id: 1\n%key: Id\n")
        XCTAssertEqual(f.errors, [])
        XCTAssertEqual(f.warnings.map(\.line), [2])
        XCTAssertEqual(f.records.first?.value("%key"), "Id")
    }

    func testProblemDescriptionForAWholeFile() {
        let p = StoreProblem(file: "campaign.rec", line: 0, severity: .error, message: "file missing")
        XCTAssertEqual(p.description, "campaign.rec: file missing")
        XCTAssertLessThan(Severity.warning, Severity.error)
    }

    func testSortedByFileThenLineKeepingOrderWithinALine() {
        let ps = [
            StoreProblem(file: "b.rec", line: 1, severity: .error, message: "b1"),
            StoreProblem(file: "a.rec", line: 9, severity: .error, message: "a9"),
            StoreProblem(file: "a.rec", line: 2, severity: .error, message: "a2 first"),
            StoreProblem(file: "a.rec", line: 2, severity: .warning, message: "a2 second"),
        ]
        XCTAssertEqual(StoreProblem.sorted(ps).map(\.message), ["a2 first", "a2 second", "a9", "b1"])
    }
}
