/// Known words in each legacy encoding, text misread as Windows-1252, capital fonts, UTF-8 details.

import XCTest
import VietText

final class LegacyWordsTests: XCTestCase {
    /// Bytes from the reference converters (see LegacyTableTests).
    static let words: [(text: String, cp1258: [UInt8], tcvn3: [UInt8], vni: [UInt8])] = [
        ("Nguyễn Thị Hường",
         [0x4E, 0x67, 0x75, 0x79, 0xEA, 0xDE, 0x6E, 0x20, 0x54, 0x68, 0x69, 0xF2, 0x20, 0x48, 0xFD, 0xF5, 0xCC, 0x6E, 0x67],
         [0x4E, 0x67, 0x75, 0x79, 0xD4, 0x6E, 0x20, 0x54, 0x68, 0xDE, 0x20, 0x48, 0xAD, 0xEA, 0x6E, 0x67],
         [0x4E, 0x67, 0x75, 0x79, 0x65, 0xE3, 0x6E, 0x20, 0x54, 0x68, 0xF2, 0x20, 0x48, 0xF6, 0xF4, 0xF8, 0x6E, 0x67]),
        ("Khuyến học",
         [0x4B, 0x68, 0x75, 0x79, 0xEA, 0xEC, 0x6E, 0x20, 0x68, 0x6F, 0xF2, 0x63],
         [0x4B, 0x68, 0x75, 0x79, 0xD5, 0x6E, 0x20, 0x68, 0xE4, 0x63],
         [0x4B, 0x68, 0x75, 0x79, 0x65, 0xE1, 0x6E, 0x20, 0x68, 0x6F, 0xEF, 0x63]),
        ("Đồng",
         [0xD0, 0xF4, 0xCC, 0x6E, 0x67],
         [0xA7, 0xE5, 0x6E, 0x67],
         [0xD1, 0x6F, 0xE0, 0x6E, 0x67]),
        ("Trường Sơn",
         [0x54, 0x72, 0xFD, 0xF5, 0xCC, 0x6E, 0x67, 0x20, 0x53, 0xF5, 0x6E],
         [0x54, 0x72, 0xAD, 0xEA, 0x6E, 0x67, 0x20, 0x53, 0xAC, 0x6E],
         [0x54, 0x72, 0xF6, 0xF4, 0xF8, 0x6E, 0x67, 0x20, 0x53, 0xF4, 0x6E]),
    ]

    func testKnownWordsBothWays() {
        for word in Self.words {
            XCTAssertEqual(LegacyEncoding.cp1258.encode(word.text), word.cp1258, word.text)
            XCTAssertEqual(LegacyEncoding.tcvn3.encode(word.text), word.tcvn3, word.text)
            XCTAssertEqual(LegacyEncoding.vni.encode(word.text), word.vni, word.text)
            XCTAssertEqual(LegacyEncoding.cp1258.decode(word.cp1258), word.text, word.text)
            XCTAssertEqual(LegacyEncoding.tcvn3.decode(word.tcvn3), word.text, word.text)
            XCTAssertEqual(LegacyEncoding.vni.decode(word.vni), word.text, word.text)
            XCTAssertEqual(LegacyEncoding.utf8.decode(Array(word.text.utf8)), word.text, word.text)
        }
    }

    func testHuongMisreadAsLatin1ShowsASoftHyphen() {
        // In TCVN3, ư is 0xAD, the soft hyphen of Latin-1: "Hường" misread looks like "H­êng".
        let bytes: [UInt8] = [0x48, 0xAD, 0xEA, 0x6E, 0x67]
        let misread = String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        XCTAssertEqual(misread, "H\u{AD}êng")
        XCTAssertEqual(LegacyEncoding.tcvn3.decode(bytes), "Hường")
        XCTAssertEqual(LegacyEncoding.bytesReadAsWindows1252(misread), bytes)
    }

    func testMisreadTextComesBack() throws {
        let tcvn3 = try XCTUnwrap(LegacyEncoding.bytesReadAsWindows1252("NguyÔn ThÞ H\u{AD}êng"))
        XCTAssertEqual(LegacyEncoding.guess(tcvn3).encoding, .tcvn3)
        XCTAssertEqual(LegacyEncoding.tcvn3.decode(tcvn3), "Nguyễn Thị Hường")
        let vni = try XCTUnwrap(LegacyEncoding.bytesReadAsWindows1252("Nguyeãn Thò Höôøng"))
        XCTAssertEqual(LegacyEncoding.guess(vni).encoding, .vni)
        XCTAssertEqual(LegacyEncoding.vni.decode(vni), "Nguyễn Thị Hường")
        let quoted = try XCTUnwrap(LegacyEncoding.bytesReadAsWindows1252("“KhuyÕn häc”"))
        XCTAssertEqual(quoted.first, 0x93)
        XCTAssertEqual(LegacyEncoding.tcvn3.decode(quoted), "“Khuyến học”")
        XCTAssertNil(LegacyEncoding.bytesReadAsWindows1252("Nguyễn"))
    }

    func testTCVN3CapitalFontWordsGetTheirCapitalsBack() {
        let cases: [([UInt8], String)] = [
            ([0x4E, 0x47, 0x55, 0x59, 0xD4, 0x4E], "NGUYỄN"),
            ([0x48, 0xE4, 0x43], "HỌC"),
            ([0xA7, 0xE5, 0x4E, 0x47], "ĐỒNG"),
            ([0x4B, 0x48, 0x55, 0x59, 0xD5, 0x4E, 0x20, 0x48, 0xE4, 0x43], "KHUYẾN HỌC"),
            ([0x48, 0xE5], "Hồ"),                       // one capital: left as typed
            ([0x54, 0x72, 0xAD, 0xEA, 0x6E, 0x67], "Trường"),
            ([0x4C, 0xCA, 0x50], "LẤP"),
            ([0x4C, 0xCA, 0x70], "Lấp"),
        ]
        for (bytes, text) in cases {
            XCTAssertEqual(LegacyEncoding.tcvn3.decode(bytes), text)
        }
    }

    func testVNIAcceptsEitherCaseOfMark() {
        XCTAssertEqual(LegacyEncoding.vni.decode([0x41, 0xC1]), "Ấ")
        XCTAssertEqual(LegacyEncoding.vni.decode([0x41, 0xE1]), "Ấ")
        XCTAssertEqual(LegacyEncoding.vni.decode([0x61, 0xC1]), "ấ")
        XCTAssertEqual(LegacyEncoding.vni.decode([0x69, 0xF9]), "í")     // i with a mark byte, not the single byte
        XCTAssertEqual(LegacyEncoding.vni.decode([0x6E, 0xF9]), "nù")    // no vowel to sit on
        XCTAssertEqual(LegacyEncoding.vni.decode([0x75, 0xE2]), "uâ")    // u takes no circumflex
        XCTAssertEqual(LegacyEncoding.vni.decode([0xF6, 0xF4, 0xF8]), "ườ")
    }

    func testUTF8Details() {
        let nfd = "Nguyễn Hòa".decomposedStringWithCanonicalMapping
        let decoded = LegacyEncoding.utf8.decode(Array(nfd.utf8))
        XCTAssertEqual(decoded, "Nguyễn Hòa")
        XCTAssertEqual(decoded.unicodeScalars.count, "Nguyễn Hòa".unicodeScalars.count)
        XCTAssertEqual(LegacyEncoding.utf8.decode([0xEF, 0xBB, 0xBF] + Array("Đồng".utf8)), "Đồng")
        XCTAssertEqual(LegacyEncoding.utf8.decode([0x41, 0xFF, 0x42]), "A\u{FFFD}B")
        XCTAssertEqual(LegacyEncoding.utf8.encode(nfd), Array("Nguyễn Hòa".utf8))
    }

    func testEncodersTakeNFCAndRefuseWhatTheyCannotWrite() {
        let nfd = "Khuyến học".decomposedStringWithCanonicalMapping
        for encoding in [LegacyEncoding.cp1258, .tcvn3, .vni] {
            XCTAssertEqual(encoding.encode(nfd), encoding.encode("Khuyến học"), encoding.displayName)
            XCTAssertNil(encoding.encode("学"), encoding.displayName)
            XCTAssertEqual(encoding.encode(""), [], encoding.displayName)
            XCTAssertEqual(encoding.decode([]), "", encoding.displayName)
            XCTAssertEqual(encoding.encode("ASCII 123\r\n"), Array("ASCII 123\r\n".utf8), encoding.displayName)
        }
        XCTAssertEqual(LegacyEncoding.cp1258.encode("₫"), [0xFE])
        XCTAssertNil(LegacyEncoding.tcvn3.encode("₫"))
        XCTAssertEqual(LegacyEncoding.vni.encode("“ok”"), [0x93, 0x6F, 0x6B, 0x94])
        XCTAssertNil(LegacyEncoding.vni.encode("ø"))     // 0xF8 is a mark byte in VNI
    }

    func testMultiLineTextKeepsItsLines() {
        let text = "Lớp: Tin học\nHọc viên: Lê Văn Đức\n\nGhi chú: đã đóng học phí\n"
        for encoding in LegacyEncoding.allCases {
            XCTAssertEqual(encoding.encode(text).map(encoding.decode), text, encoding.displayName)
        }
    }
}
