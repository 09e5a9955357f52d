/// Bytes at the edges: CRLF, a byte order mark, a missing final newline, bad UTF-8, NFC and NFD text.

import XCTest
@testable import Store
@testable import Recfile

final class RecParserEncodingTests: XCTestCase {
    func testCRLFLineEndsAreStripped() {
        let f = parse("%rec: A\r\n\r\nId: 1\r\nNote: x\r\n+ y\r\nLong: a\\\r\nb\r\n\r\nId: 2\r\n")
        XCTAssertEqual(f.problems, [])
        XCTAssertEqual(f.descriptors.map(\.name), ["A"])
        XCTAssertEqual(f.records.count, 2)
        XCTAssertEqual(f.records[0].value("Id"), "1")
        XCTAssertEqual(f.records[0].value("Note"), "x\ny")
        XCTAssertEqual(f.records[0].value("Long"), "ab")
        XCTAssertEqual(f.records[1].line, 9)
    }

    func testCarriageReturnInsideALineIsKept() {
        XCTAssertEqual(parse("A: x\ry\n").records[0].value("A"), "x\ry")
    }

    func testByteOrderMarkIsSkipped() {
        let f = parse(bytes: [0xEF, 0xBB, 0xBF] + Array("%rec: A\n\nId: 1\n".utf8))
        XCTAssertEqual(f.problems, [])
        XCTAssertEqual(f.descriptors.first?.name, "A")
        XCTAssertEqual(f.descriptors.first?.fields.first?.name, "%rec")
        XCTAssertEqual(f.records.first?.line, 3)
    }

    func testByteOrderMarkLaterIsNotSkipped() {
        let f = parse(bytes: Array("A: 1\n".utf8) + [0xEF, 0xBB, 0xBF] + Array("B: 2\n".utf8))
        XCTAssertEqual(f.errors.map(\.line), [2])
    }

    func testMissingFinalNewlineIsReadAndWarned() {
        let f = parse("Id: 1\n\nId: 2\nName: cuối")
        XCTAssertEqual(f.records.map { $0.value("Name") }, [nil, "cuối"])
        XCTAssertEqual(f.errors, [])
        XCTAssertEqual(f.warnings.count, 1)
        XCTAssertEqual(f.warnings.first?.line, 4)
        XCTAssertTrue(f.warnings.first?.message.contains("line break") ?? false)
    }

    func testMissingFinalNewlineAfterCRIsStillStripped() {
        let f = parse("A: x\r")
        XCTAssertEqual(f.records[0].value("A"), "x")
        XCTAssertEqual(f.warnings.count, 1)
    }

    func testInvalidUTF8IsReportedWithByteOffsetAndKept() {
        // "Name: Tr" then Latin-1 0xE2 0x6E, as an old editor might save "Trân".
        let bytes = Array("Id: 1\nName: Tr".utf8) + [0xE2, 0x6E] + Array("\nNext: ok\n".utf8)
        let f = parse(bytes: bytes)
        XCTAssertEqual(f.errors.count, 1)
        let p = f.errors[0]
        XCTAssertEqual(p.line, 2)
        XCTAssertEqual(p.field, "Name")
        XCTAssertTrue(p.message.contains("byte offset 14"), p.message)
        XCTAssertTrue(p.message.contains("0xE2"), p.message)
        XCTAssertEqual(f.records[0].value("Name"), "Tr\u{FFFD}n")
        XCTAssertEqual(f.records[0].value("Next"), "ok")
        XCTAssertEqual(p.description, "t.rec:2: Name: " + p.message)
    }

    func testInvalidUTF8OnAContinuationNamesThatLine() {
        let bytes = Array("Note: good\n+ ok\n+ b".utf8) + [0xFF] + Array("d\n".utf8)
        let f = parse(bytes: bytes)
        XCTAssertEqual(f.errors.map(\.line), [3])
        XCTAssertTrue(f.errors[0].message.contains("byte offset 19"), f.errors[0].message)
        XCTAssertEqual(f.records[0].value("Note"), "good\nok\nb\u{FFFD}d")
    }

    func testInvalidUTF8InAMalformedLine() {
        let bytes = Array("A: 1\nT".utf8) + [0xEA] + Array("n: x\n".utf8)
        let f = parse(bytes: bytes)
        XCTAssertEqual(f.errors.map(\.line), [2, 2])
        XCTAssertTrue(f.errors.contains { $0.message.contains("byte offset 6") })
    }

    func testTruncatedAndOverlongSequencesAreInvalid() {
        for bad: [UInt8] in [[0xC0, 0xAF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE1, 0xBB]] {
            let f = parse(bytes: Array("A: ".utf8) + bad + Array("\n".utf8))
            XCTAssertEqual(f.errors.count, 1, "\(bad)")
            XCTAssertTrue(f.errors.first?.message.contains("byte offset 3") ?? false, "\(bad)")
        }
    }

    func testVietnameseValuesBecomeNFCAsTheyAreParsed() {
        let nfc = "Nguyễn Thị Hòa – Đọc và học suốt đời"
        let nfd = "Nguye\u{302}\u{303}n Thi\u{323} Ho\u{300}a"
        let f = parse("A: \(nfc)\nB: \(nfd)\n")
        XCTAssertEqual(f.problems, [])
        XCTAssertEqual(f.records[0].value("A").map { Array($0.utf8) }, Array(nfc.utf8))
        XCTAssertEqual(f.records[0].value("B").map { Array($0.utf8) }, Array("Nguy\u{1EC5}n Th\u{1ECB} H\u{F2}a".utf8),
                       "a decomposed value is stored precomposed")
    }
}
