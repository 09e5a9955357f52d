/// The reader on well-formed files: fields, records, descriptors, comments and blank lines.

import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures

final class RecParserBasicsTests: XCTestCase {
    func testFieldsKeepOrderValuesAndLines() {
        let f = parse("Id: 1\nName: Nguyễn Văn An\nNote:  two  spaces \nEmpty:\n")
        XCTAssertEqual(f.problems, [])
        XCTAssertEqual(f.records.count, 1)
        let r = f.records[0]
        XCTAssertEqual(r.fields.map(\.name), ["Id", "Name", "Note", "Empty"])
        XCTAssertEqual(r.fields.map(\.line), [1, 2, 3, 4])
        XCTAssertEqual(r.value("Name"), "Nguyễn Văn An")
        XCTAssertEqual(r.value("Note"), " two  spaces ", "one space after the colon is dropped, the rest kept")
        XCTAssertEqual(r.value("Empty"), "")
        XCTAssertNil(r.value("Missing"))
        XCTAssertEqual(r.line, 1)
        XCTAssertNil(r.set)
    }

    func testTabAfterColonIsDroppedLikeRecutils() {
        XCTAssertEqual(parse("A:\tx\n").records.first?.value("A"), "x")
    }

    func testNameSyntax() {
        let f = parse("a_1: x\nB2: y\n%rec: S\n")
        XCTAssertEqual(f.problems, [])
        XCTAssertEqual(f.descriptors.first?.fields.map(\.name), ["a_1", "B2", "%rec"])
    }

    func testRepeatedFieldValues() {
        let r = parse("Theme: một\nTheme: hai\n").records[0]
        XCTAssertEqual(r.values("Theme"), ["một", "hai"])
        XCTAssertEqual(r.value("Theme"), "một")
        XCTAssertEqual(r.field("Theme")?.line, 1)
    }

    func testMultipleRecordsWithLineNumbers() {
        let f = parse("Id: 1\n\nId: 2\nX: y\n\n\n\nId: 3\n")
        XCTAssertEqual(f.records.map { $0.value("Id") }, ["1", "2", "3"])
        XCTAssertEqual(f.records.map(\.line), [1, 3, 8])
        XCTAssertEqual(f.records[1].field("X")?.line, 4)
    }

    func testDescriptorsAssignSets() {
        let text = """
        Id: before

        %rec: Campaign
        %key: Id
        %mandatory: Title Ward

        Id: C1

        %rec: Target http://example.org/targets

        Id: T1

        Id: T2

        """
        let f = parse(text)
        XCTAssertEqual(f.problems, [])
        XCTAssertEqual(f.descriptors.map(\.name), ["Campaign", "Target"])
        XCTAssertEqual(f.descriptors.map(\.line), [3, 9])
        XCTAssertEqual(f.descriptors[0].values("%key"), ["Id"])
        XCTAssertEqual(f.descriptors[1].value("%rec"), "Target http://example.org/targets")
        XCTAssertEqual(f.descriptors[0].values("%mandatory"), ["Title Ward"])
        XCTAssertEqual(f.records.map(\.set), [nil, "Campaign", "Target", "Target"])
        XCTAssertEqual(f.records(of: "Target").map { $0.value("Id") }, ["T1", "T2"])
        XCTAssertEqual(f.descriptor(of: "Campaign")?.line, 3)
        XCTAssertNil(f.descriptor(of: "Nope"))
    }

    func testDescriptorWithRecNotFirstIsStillADescriptor() {
        let f = parse("%key: Id\n%rec: X\n\nId: 1\n")
        XCTAssertEqual(f.descriptors.map(\.name), ["X"])
        XCTAssertEqual(f.records.map(\.set), ["X"])
    }

    func testCommentsAreSkippedEvenInsideARecord() {
        let f = parse("# heading\nId: 1\n# note\nName: A\n#\n")
        XCTAssertEqual(f.problems, [])
        XCTAssertEqual(f.records.count, 1)
        XCTAssertEqual(f.records[0].fields.map(\.name), ["Id", "Name"])
        XCTAssertEqual(f.records[0].line, 2)
    }

    func testLineOfOnlySpacesAndTabsEndsARecord() {
        let f = parse("Id: 1\n  \t \nId: 2\n\t\nId: 3\n")
        XCTAssertEqual(f.problems, [])
        XCTAssertEqual(f.records.map { $0.value("Id") }, ["1", "2", "3"])
    }

    func testEmptyFile() {
        let f = parse("")
        XCTAssertEqual(f.records, [])
        XCTAssertEqual(f.descriptors, [])
        XCTAssertEqual(f.problems, [])
        XCTAssertEqual(f.path, "t.rec")
    }

    func testFileOfOnlyCommentsAndBlanks() {
        let f = parse("# one\n\n# two\n   \n")
        XCTAssertEqual(f.records, [])
        XCTAssertEqual(f.problems, [])
    }

    func testParsesDataAndRawBuffersAlike() throws {
        let bytes = Array("Id: 1\nName: Hòa\n".utf8)
        let fromData = RecParser.parse(Data(bytes), file: "t.rec")
        let fromRaw = bytes.withUnsafeBytes { RecParser.parse($0, file: "t.rec") }
        let fromSlice = RecParser.parse(bytes[0...], file: "t.rec")
        XCTAssertEqual(fromData.records, parse(bytes: bytes).records)
        XCTAssertEqual(fromRaw.records, fromData.records)
        XCTAssertEqual(fromSlice.records, fromData.records)
        XCTAssertEqual(fromData.records.first?.value("Name"), "Hòa")
    }

    func testParseContentsOfFileUsesDisplayName() throws {
        let folder = try makeTemporaryFolder(self)
        try write("Id: 1\nbad line\n", to: "x.rec", in: folder)
        let f = try RecParser.parse(contentsOf: folder + "/x.rec", as: "x.rec")
        XCTAssertEqual(f.records.count, 1)
        XCTAssertEqual(f.problems.first?.file, "x.rec")
        XCTAssertEqual(f.path, "x.rec")
        XCTAssertThrowsError(try RecParser.parse(contentsOf: folder + "/none.rec")) { error in
            XCTAssertTrue("\(error)".contains("none.rec"), "\(error)")
        }
    }
}
