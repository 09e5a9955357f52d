/// The separator before appended records: whatever the file's end, the new record stands alone.

import XCTest
@testable import Store
@testable import Recfile

final class WriterChunkTests: XCTestCase {
    private func separator(_ tail: String) -> String {
        let bytes = Array(tail.utf8)
        let window = bytes.suffix(RecordText.tailLength)
        return String(decoding: RecordText.separator(afterTail: window), as: UTF8.self)
    }

    func testSeparatorForEachKindOfEnding() {
        XCTAssertEqual(separator(""), "")
        XCTAssertEqual(separator("\n"), "")
        XCTAssertEqual(separator("\r\n"), "")
        XCTAssertEqual(separator("Id: 1\n\n"), "")
        XCTAssertEqual(separator("Id: 1\n"), "\n")
        XCTAssertEqual(separator("Id: 1"), "\n\n")
        XCTAssertEqual(separator("Id: 1\r\n"), "\n")
        XCTAssertEqual(separator("Id: 1\r\n\r\n"), "")
        XCTAssertEqual(separator("Id: 1\\\n"), "\n\n")
        XCTAssertEqual(separator("Id: 1\\"), "\n\n\n")
        XCTAssertEqual(separator("Id: 1\\\r\n"), "\n\n")
        XCTAssertEqual(separator("Id: 1\\\n\n"), "\n")
        XCTAssertEqual(separator("Id: 1\\\r\n\r\n"), "\n")
        XCTAssertEqual(separator("# ghi chú\n"), "\n")
    }

    /// For every ending, appending a record keeps the old records as they were and adds the new one
    /// whole: the file read after the append has one more record, equal to the one written.
    func testAppendedRecordStandsAloneAfterAnyEnding() throws {
        let endings = [
            "", "\n", "\n\n", "Id: 1\n", "Id: 1", "Id: 1\n\n\n", "Id: 1\r\n", "Id: 1\\\n", "Id: 1\\",
            "Id: 1\\\n\n", "Id: 1\\\r\n\r\n", "Id: 1\n+ hai\n", "Id: 1\n+ hai", "Id: 1\n# chú\n",
            "Id: 1\n# chú", "%rec: Award\n%key: Id\n", "Id: 1\nNote: x\\\ny\\\n", "Id: 1\n   \n",
            "Id: 1\nNote: \\\n\\\n\\\n",
        ]
        let new = try RecordText(["Id": "MỚI", "Note": "dòng một\ndòng hai"])
        for ending in endings {
            let old = Array(ending.utf8)
            let before = parse(bytes: old)
            let after = parse(bytes: old + RecordText.chunk([new, new], afterTail: old.suffix(RecordText.tailLength)))
            XCTAssertEqual(after.errors, before.errors, ending.debugDescription)
            XCTAssertEqual(after.warnings.filter { $0.message.contains("line break") }, [], ending.debugDescription)
            XCTAssertEqual(after.records.count, before.records.count + 2, ending.debugDescription)
            for r in after.records.suffix(2) {
                XCTAssertEqual(r.fields.map(\.value), ["MỚI", "dòng một\ndòng hai"], ending.debugDescription)
            }
            XCTAssertEqual(Array(after.records.prefix(before.records.count)).map(\.fields.count),
                           before.records.map(\.fields.count), ending.debugDescription)
        }
    }
}
