/// Every Vietnamese letter in every legacy encoding: the bytes the reference tables give, both ways.

import XCTest
@testable import VietText

final class LegacyTableTests: XCTestCase {
    /// The 134 letters outside ASCII with their bytes in Windows-1258, TCVN3 ("--": not in VN3)
    /// and VNI-Windows, in hex. Windows-1258 checked against Python's `cp1258` codec, TCVN3
    /// against glibc's `TCVN5712-1`, VNI against two published converter tables.
    static let table = """
        đ f0 ae f1
        à e0 b5 61f8
        á e1 b8 61f9
        ả 61d2 b6 61fb
        ã 61de b7 61f5
        ạ 61f2 b9 61ef
        ă e3 a8 61ea
        ằ e3cc bb 61e8
        ắ e3ec be 61e9
        ẳ e3d2 bc 61fa
        ẵ e3de bd 61fc
        ặ e3f2 c6 61eb
        â e2 a9 61e2
        ầ e2cc c7 61e0
        ấ e2ec ca 61e1
        ẩ e2d2 c8 61e5
        ẫ e2de c9 61e3
        ậ e2f2 cb 61e4
        è e8 cc 65f8
        é e9 d0 65f9
        ẻ 65d2 ce 65fb
        ẽ 65de cf 65f5
        ẹ 65f2 d1 65ef
        ê ea aa 65e2
        ề eacc d2 65e0
        ế eaec d5 65e1
        ể ead2 d3 65e5
        ễ eade d4 65e3
        ệ eaf2 d6 65e4
        ì 69cc d7 ec
        í ed dd ed
        ỉ 69d2 d8 e6
        ĩ 69de dc f3
        ị 69f2 de f2
        ò 6fcc df 6ff8
        ó f3 e3 6ff9
        ỏ 6fd2 e1 6ffb
        õ 6fde e2 6ff5
        ọ 6ff2 e4 6fef
        ô f4 ab 6fe2
        ồ f4cc e5 6fe0
        ố f4ec e8 6fe1
        ổ f4d2 e6 6fe5
        ỗ f4de e7 6fe3
        ộ f4f2 e9 6fe4
        ơ f5 ac f4
        ờ f5cc ea f4f8
        ớ f5ec ed f4f9
        ở f5d2 eb f4fb
        ỡ f5de ec f4f5
        ợ f5f2 ee f4ef
        ù f9 ef 75f8
        ú fa f3 75f9
        ủ 75d2 f1 75fb
        ũ 75de f2 75f5
        ụ 75f2 f4 75ef
        ư fd ad f6
        ừ fdcc f5 f6f8
        ứ fdec f8 f6f9
        ử fdd2 f6 f6fb
        ữ fdde f7 f6f5
        ự fdf2 f9 f6ef
        ỳ 79cc fa 79f8
        ý 79ec fd 79f9
        ỷ 79d2 fb 79fb
        ỹ 79de fc 79f5
        ỵ 79f2 fe ee
        Đ d0 a7 d1
        À c0 -- 41d8
        Á c1 -- 41d9
        Ả 41d2 -- 41db
        Ã 41de -- 41d5
        Ạ 41f2 -- 41cf
        Ă c3 a1 41ca
        Ằ c3cc -- 41c8
        Ắ c3ec -- 41c9
        Ẳ c3d2 -- 41da
        Ẵ c3de -- 41dc
        Ặ c3f2 -- 41cb
        Â c2 a2 41c2
        Ầ c2cc -- 41c0
        Ấ c2ec -- 41c1
        Ẩ c2d2 -- 41c5
        Ẫ c2de -- 41c3
        Ậ c2f2 -- 41c4
        È c8 -- 45d8
        É c9 -- 45d9
        Ẻ 45d2 -- 45db
        Ẽ 45de -- 45d5
        Ẹ 45f2 -- 45cf
        Ê ca a3 45c2
        Ề cacc -- 45c0
        Ế caec -- 45c1
        Ể cad2 -- 45c5
        Ễ cade -- 45c3
        Ệ caf2 -- 45c4
        Ì 49cc -- cc
        Í cd -- cd
        Ỉ 49d2 -- c6
        Ĩ 49de -- d3
        Ị 49f2 -- d2
        Ò 4fcc -- 4fd8
        Ó d3 -- 4fd9
        Ỏ 4fd2 -- 4fdb
        Õ 4fde -- 4fd5
        Ọ 4ff2 -- 4fcf
        Ô d4 a4 4fc2
        Ồ d4cc -- 4fc0
        Ố d4ec -- 4fc1
        Ổ d4d2 -- 4fc5
        Ỗ d4de -- 4fc3
        Ộ d4f2 -- 4fc4
        Ơ d5 a5 d4
        Ờ d5cc -- d4d8
        Ớ d5ec -- d4d9
        Ở d5d2 -- d4db
        Ỡ d5de -- d4d5
        Ợ d5f2 -- d4cf
        Ù d9 -- 55d8
        Ú da -- 55d9
        Ủ 55d2 -- 55db
        Ũ 55de -- 55d5
        Ụ 55f2 -- 55cf
        Ư dd a6 d6
        Ừ ddcc -- d6d8
        Ứ ddec -- d6d9
        Ử ddd2 -- d6db
        Ữ ddde -- d6d5
        Ự ddf2 -- d6cf
        Ỳ 59cc -- 59d8
        Ý 59ec -- 59d9
        Ỷ 59d2 -- 59db
        Ỹ 59de -- 59d5
        Ỵ 59f2 -- ce
        """

    struct Row {
        var letter: Character
        var cp1258: [UInt8]
        var tcvn3: [UInt8]?
        var vni: [UInt8]
    }

    static let rows: [Row] = table.split(separator: "\n").map { line in
        let fields = line.split(separator: " ")
        return Row(letter: Character(String(fields[0])), cp1258: bytes(fields[1]),
                   tcvn3: fields[2] == "--" ? nil : bytes(fields[2]), vni: bytes(fields[3]))
    }

    static func bytes(_ hex: Substring) -> [UInt8] {
        let digits = Array(hex)
        return stride(from: 0, to: digits.count, by: 2).map { UInt8(String(digits[$0...$0 + 1]), radix: 16) ?? 0 }
    }

    static let letters = rows.map(\.letter)

    func testTheTableHasAll134LettersOnce() {
        XCTAssertEqual(Self.rows.count, 134)
        XCTAssertEqual(Set(Self.letters).count, 134)
        XCTAssertEqual(Set(Self.letters), Set(LegacyEncoding.Letters.all))
        XCTAssertEqual(Self.letters.filter(\.isLowercase).count, 67)
        XCTAssertEqual(Self.rows.filter { $0.tcvn3 != nil }.count, 74)
        for letter in Self.letters {
            XCTAssertEqual(letter.unicodeScalars.count, 1, "\(letter) is one precomposed scalar")
        }
    }

    func testWindows1258() {
        for row in Self.rows {
            let text = String(row.letter)
            XCTAssertEqual(LegacyEncoding.cp1258.encode(text), row.cp1258, text)
            XCTAssertEqual(LegacyEncoding.cp1258.decode(row.cp1258), text, text)
            XCTAssertEqual(LegacyEncoding.cp1258.encode(text.decomposedStringWithCanonicalMapping), row.cp1258, text)
        }
    }

    func testTCVN3() {
        for row in Self.rows {
            let text = String(row.letter)
            XCTAssertEqual(LegacyEncoding.tcvn3.encode(text), row.tcvn3, text)
            if let bytes = row.tcvn3 {
                XCTAssertEqual(bytes.count, 1)
                XCTAssertEqual(LegacyEncoding.tcvn3.decode(bytes), text, text)
            }
        }
    }

    func testVNI() {
        for row in Self.rows {
            let text = String(row.letter)
            XCTAssertEqual(LegacyEncoding.vni.encode(text), row.vni, text)
            XCTAssertEqual(LegacyEncoding.vni.decode(row.vni), text, text)
        }
    }

    func testWholeTableRoundTrips() {
        let all = Self.letters.map(String.init).joined(separator: " ")
        let vn3 = Self.rows.filter { $0.tcvn3 != nil }.map { String($0.letter) }.joined(separator: " ")
        for encoding in LegacyEncoding.allCases {
            let text = encoding == .tcvn3 ? vn3 : all
            let bytes = encoding.encode(text)
            XCTAssertNotNil(bytes, encoding.displayName)
            XCTAssertEqual(bytes.map(encoding.decode), text, encoding.displayName)
            let spaced = Self.letters.map { "x\($0)y" }.joined(separator: " ")
            if encoding != .tcvn3 {
                XCTAssertEqual(encoding.encode(spaced).map(encoding.decode), spaced, encoding.displayName)
            }
        }
        XCTAssertEqual(LegacyEncoding.cp1258.encode(String(Self.letters)), Self.rows.flatMap(\.cp1258))
        XCTAssertEqual(LegacyEncoding.vni.encode(String(Self.letters)), Self.rows.flatMap(\.vni))
    }

    func testTCVN3CapitalsWithATone() {
        // Not in VN3: they cannot be written; the decoder still reads VN2's places for them.
        XCTAssertNil(LegacyEncoding.tcvn3.encode("NGUYỄN"))
        XCTAssertNil(LegacyEncoding.tcvn3.encode("Ánh"))
        let vn2: [(UInt8, String)] = [
            (0xAF, "Ằ"), (0xBA, "Ẳ"), (0xBF, "Ẵ"), (0xC0, "Ắ"), (0xC1, "Ầ"), (0xC2, "Ẩ"), (0xC3, "Ẫ"),
            (0xC4, "Ấ"), (0xC5, "Ề"), (0xCD, "Ể"), (0xD9, "Ễ"), (0xDA, "Ế"), (0xDB, "Ồ"), (0xE0, "Ổ"),
            (0xF0, "Ỗ"), (0xFF, "Ố"),
        ]
        for (byte, letter) in vn2 {
            XCTAssertEqual(LegacyEncoding.tcvn3.decode([byte]), letter)
        }
        // VN2's combining tone bytes compose with the letter before them.
        XCTAssertEqual(LegacyEncoding.tcvn3.decode([0x61, 0xB3]), "á")
        XCTAssertEqual(LegacyEncoding.tcvn3.decode([0xA9, 0xB4]), "ậ")
        XCTAssertEqual(LegacyEncoding.tcvn3.decode([0x41, 0xB0]), "À")
    }

    func testEverySingleByteReadsBackInEachEncoding() {
        // What cannot come back is what the encoder writes otherwise or not at all: TCVN3's
        // capitals of VN2 and its combining tone bytes (not in VN3); VNI's mark bytes on their
        // own (they read as Windows-1252 letters, which VNI writes with a base and a mark),
        // and Ý ý (0xDD 0xFD in Windows-1252, written Y + mark in VNI).
        let expected: [LegacyEncoding: [UInt8]] = [
            .cp1258: [],
            .tcvn3: [0xAF, 0xB0, 0xB1, 0xB2, 0xB3, 0xB4, 0xBA, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3, 0xC4,
                     0xC5, 0xCD, 0xD9, 0xDA, 0xDB, 0xE0, 0xF0, 0xFF],
            .vni: [0xC0, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xC8, 0xC9, 0xCA, 0xCB, 0xCF, 0xD5, 0xD8, 0xD9,
                   0xDA, 0xDB, 0xDC, 0xDD, 0xE0, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE8, 0xE9, 0xEA, 0xEB,
                   0xEF, 0xF5, 0xF8, 0xF9, 0xFA, 0xFB, 0xFC, 0xFD],
        ]
        for encoding in [LegacyEncoding.cp1258, .tcvn3, .vni] {
            var lost: [UInt8] = []
            for byte in UInt8(0)...UInt8(255) {
                let text = encoding.decode([byte])
                XCTAssertFalse(text.isEmpty, "\(encoding.displayName) 0x\(String(byte, radix: 16))")
                if encoding.encode(text) != [byte] { lost.append(byte) }
            }
            XCTAssertEqual(lost, expected[encoding], encoding.displayName)
        }
    }

    func testWindows1258Specials() {
        let cases: [(UInt8, String)] = [
            (0xC3, "Ă"), (0xD0, "Đ"), (0xD5, "Ơ"), (0xDD, "Ư"), (0xE3, "ă"), (0xF0, "đ"), (0xF5, "ơ"),
            (0xFD, "ư"), (0xFE, "₫"), (0x80, "€"), (0x93, "“"), (0x94, "”"), (0x96, "–"), (0x81, "\u{81}"),
        ]
        for (byte, text) in cases {
            XCTAssertEqual(LegacyEncoding.cp1258.decode([byte]), text)
        }
        XCTAssertEqual(LegacyEncoding.cp1258.decode([0x61, 0xEC]), "á")
        XCTAssertEqual(LegacyEncoding.cp1258.decode([0x61, 0xEC]), LegacyEncoding.cp1258.decode([0xE1]))
        XCTAssertEqual(LegacyEncoding.cp1258.decode([0xEA, 0xF2]), "ệ")
        XCTAssertEqual(LegacyEncoding.cp1258.decode([0xE3, 0xF2]), "ặ")
        XCTAssertEqual(LegacyEncoding.cp1258.decode([0xEC]), "\u{301}")
    }
}
