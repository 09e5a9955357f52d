/// Records as recfile text: the exact lines, what is refused, and the round trip through the reader.

import XCTest
@testable import Store
@testable import Recfile

final class WriterRecordTextTests: XCTestCase {
    func testFieldLinesInTheOrderGiven() throws {
        let r = try RecordText(["Id": "A1", "Recipient": "Nguyễn Văn An", "Amount": "500000"])
        XCTAssertEqual(r.text, "Id: A1\nRecipient: Nguyễn Văn An\nAmount: 500000\n")
    }

    func testMultiLineValueBecomesContinuationLines() throws {
        let r = try RecordText(["Note": "một\n\n  hai\nba\n"])
        XCTAssertEqual(r.text, "Note: một\n+\n+   hai\n+ ba\n+\n")
    }

    func testEmptyValueAndRepeatedField() throws {
        let r = try RecordText(["Theme": "", "Theme": "Đọc sách"])
        XCTAssertEqual(r.text, "Theme: \nTheme: Đọc sách\n")
    }

    func testValuesAreWrittenInNFC() throws {
        let nfd = "Hoa\u{0300} Bi\u{0300}nh"
        let r = try RecordText(["Ward": nfd])
        let nfc = "Ho\u{E0} B\u{EC}nh"
        XCTAssertEqual(Array(r.fields[0].value.utf8), Array(nfc.utf8))
        XCTAssertEqual(r.text, "Ward: \(nfc)\n")
    }

    func testRefusesBadFieldNames() {
        for name in ["", "Số", "1Id", "Id:", "Id x", "_Id", "Id-2"] {
            XCTAssertThrowsError(try RecordText([(name: name, value: "x")]), name) { error in
                XCTAssertEqual(error as? RecWriterError, .badFieldName(name))
            }
        }
        XCTAssertNoThrow(try RecordText([(name: "%rec", value: "Award"), (name: "a_1", value: "")]))
    }

    func testRefusesUnwritableValues() {
        let cases: [(String, String)] = [
            ("a\r\nb", "carriage return"), ("a\rb", "carriage return"), ("a\u{0}b", "NUL"),
            ("C:\\thu muc\\", "backslash"), ("một\\\nhai", "backslash"),
        ]
        for (value, word) in cases {
            XCTAssertThrowsError(try RecordText(["Note": value])) { error in
                guard case .unwritableValue(let field, let reason)? = error as? RecWriterError else {
                    return XCTFail("\(error)")
                }
                XCTAssertEqual(field, "Note")
                XCTAssertTrue(reason.contains(word), reason)
                XCTAssertTrue("\(error)".hasSuffix("nothing was written"), "\(error)")
            }
        }
        XCTAssertNoThrow(try RecordText(["Path": "C:\\thu muc\\ ", "Mid": "a\\b"]))
        XCTAssertThrowsError(try RecordText([])) { XCTAssertEqual($0 as? RecWriterError, .emptyRecord) }
    }

    /// Whatever is accepted reads back to the same names and values (values compared by bytes,
    /// after NFC), in the same order.
    func testRoundTripThroughTheReader() throws {
        let values = [
            "", " ", "  hai khoảng trắng đầu", "khoảng trắng cuối  ", "\ttab đầu", "tab cuối\t",
            "Nguye\u{0302}\u{0303}n Thi\u{0323} Hoa\u{0300}", "Nguyễn Thị Hoà", "Đặng Thuỳ Dương",
            "dòng một\ndòng hai", "\nbắt đầu bằng dòng trống", "kết thúc bằng dòng trống\n", "\n\n",
            "+ trông như dòng tiếp\n+ và đây nữa", "# không phải chú thích", "Id: không phải trường",
            "%rec: Không", "a\\b giữa dòng", "dấu hai chấm: ở giữa", "  \n  ", "😀 emoji và 漢字",
            "\u{0301}dấu kết hợp đứng đầu", String(repeating: "dài ", count: 5000),
        ]
        let fields = values.enumerated().map { (name: "F\($0.offset)", value: $0.element) }
        let record = try RecordText(fields + [(name: "End", value: "x")])
        let file = parse(bytes: record.bytes)
        XCTAssertEqual(file.problems, [])
        XCTAssertEqual(file.records.count, 1)
        let read = try XCTUnwrap(file.records.first).fields
        XCTAssertEqual(read.map(\.name), fields.map(\.name) + ["End"])
        for (got, want) in zip(read, fields) {
            XCTAssertEqual(Array(got.value.utf8), Array(want.value.precomposedStringWithCanonicalMapping.utf8), want.name)
            XCTAssertEqual(got.value, want.value, "canonically equal to what was given")
        }
    }

    func testRewritesAParsedRecord() throws {
        let original = parse("Id: L1\nNote: một\n+ hai\nName:  cách\n").records[0]
        let again = parse(bytes: try RecordText(original).bytes).records[0]
        XCTAssertEqual(again.fields.map(\.name), original.fields.map(\.name))
        XCTAssertEqual(again.fields.map(\.value), original.fields.map(\.value))
    }
}
