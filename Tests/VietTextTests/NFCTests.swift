// NFC: decomposed names, the fast path, other scripts, odd mark orders, long values, bad bytes.

import Foundation
import XCTest
@testable import VietText

final class NFCTests: XCTestCase {
    private let names = [
        "Nguyễn Thị Ánh", "Trần Văn Đức", "Lê Hoàng Hoà", "Phạm Thị Thuỷ", "Hồ Ngọc Hiền",
        "Đặng Quốc Khánh", "Bùi Thị Quỳnh", "Võ Văn Dũng", "Huỳnh Thị Duyên", "Ngô Bảo Ân",
        "Dương Gia Ấn", "Lý Thị Ơn", "Đỗ Ư", "Phan Văn Ô", "Vũ Thị Hường", "Trương Thị Nguyệt",
        "Lớp Tin học cơ bản – khoá 2", "Hội Khuyến học phường Ỷ La", "Tuần lễ hưởng ứng học tập suốt đời",
        "Chủ nhật, 06/10/2022: 1.900 người, 500.000 đ", "khỏe khoẻ hòa hoà thúy thuý",
    ]

    // MARK: Names in two forms

    func testDecomposedNamesBecomeTheirNFCForm() {
        for name in names {
            let decomposed = nfd(name)
            XCTAssertNotEqual(scalars(decomposed), scalars(name), name)
            XCTAssertEqual(scalars(VietText.nfc(decomposed)), scalars(name), name)
            let viaBytes = Array(decomposed.utf8).withUnsafeBufferPointer { VietText.nfc(utf8: $0) }
            XCTAssertEqual(scalars(viaBytes), scalars(name), name)
            XCTAssertTrue(VietText.isNFC(name), name)
            XCTAssertFalse(VietText.isNFC(decomposed), name)
        }
    }

    // MARK: The fast path

    func testASCIIAndNFCTextComeBackEqual() {
        for text in ["", "a", "Nguyen Van An", "Lop 10A1 - 2022", String(repeating: "abc ", count: 500)] + names {
            XCTAssertEqual(scalars(VietText.nfc(text)), scalars(text), text)
            let viaBytes = Array(text.utf8).withUnsafeBufferPointer { VietText.nfc(utf8: $0) }
            XCTAssertEqual(scalars(viaBytes), scalars(text), text)
            Array(text.utf8).withUnsafeBufferPointer { XCTAssertTrue(NFCQuickCheck.isSurelyNFC($0), text) }
        }
    }

    func testTheQuickCheckDoesNotVouchForMarksOrOddCharacters() {
        for text in ["a\u{301}", "\u{2126}", "\u{2000}", "\u{1100}\u{1161}", "\u{3099}", "ά", "\u{FEFF}x"] {
            Array(text.utf8).withUnsafeBufferPointer { XCTAssertFalse(NFCQuickCheck.isSurelyNFC($0), text) }
        }
    }

    func testWhateverTheQuickCheckPassesIsNFCOnceDecoded() {
        var passed = 0
        func check(_ bytes: [UInt8]) {
            bytes.withUnsafeBufferPointer { buffer in
                guard NFCQuickCheck.isSurelyNFC(buffer) else { return }
                let text = String(decoding: buffer, as: UTF8.self)
                XCTAssertEqual(scalars(text), scalars(text.precomposedStringWithCanonicalMapping), "\(bytes)")
                passed += 1
            }
        }
        for first in 0...255 {
            for second in 0...255 { check([0x61, UInt8(first), UInt8(second), 0x61]) }
        }
        for lead: UInt8 in [0xE1, 0xE2] {
            for second in 0x80...0xBF {
                for third in 0...255 { check([0x6F, lead, UInt8(second), UInt8(third), 0x80]) }
            }
        }
        XCTAssertGreaterThan(passed, 20000)
    }

    // MARK: Agreement with Foundation

    func testOtherScriptsAndSingletonsFollowFoundation() {
        let cases = [
            "n\u{303}o", "\u{212B}ngstr\u{F6}m", "\u{2000}x", "\u{1100}\u{1161}\u{11A8}", "\u{3B1}\u{301}",
            "e\u{301}\u{302}", "e\u{302}\u{301}", "a\u{323}\u{302}", "a\u{302}\u{323}", "o\u{323}\u{31B}",
            "u\u{31B}\u{31B}", "i\u{302}", "y\u{306}", "\u{301}a", " \u{301}", "d\u{323}", "a\u{301}\u{301}",
            "a\u{308}\u{301}", "\u{E1}\u{323}", "\u{1EA1}\u{306}\u{300}", "x\u{20DD}", "\u{1F600}\u{301}",
        ]
        for text in cases {
            XCTAssertEqual(scalars(VietText.nfc(text)), scalars(text.precomposedStringWithCanonicalMapping),
                           text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
        }
    }

    func testEveryVowelWithUpToThreeMarksFollowsFoundation() {
        let marks: [Unicode.Scalar] = [
            "\u{300}", "\u{301}", "\u{302}", "\u{303}", "\u{306}", "\u{309}", "\u{31B}", "\u{323}",
        ]
        var sequences: [[Unicode.Scalar]] = marks.map { [$0] }
        sequences += marks.flatMap { a in marks.map { [a, $0] } }
        sequences += marks.flatMap { a in marks.flatMap { b in marks.map { [a, b, $0] } } }
        let starters = VowelFixtures.letters.map(\.composed) + ["đ", "b", "ñ", "ê"]
        var checked = 0
        for starter in starters {
            for sequence in sequences {
                var text = starter
                text.unicodeScalars.append(contentsOf: sequence)
                let expected = scalars(text.precomposedStringWithCanonicalMapping)
                if scalars(VietText.nfc(text)) != expected {
                    XCTFail("\(text.unicodeScalars.map { String($0.value, radix: 16) })")
                }
                checked += 1
            }
        }
        XCTAssertEqual(checked, 148 * 584)
    }

    func testRandomTextFollowsFoundation() {
        var generator = SeededGenerator(seed: 42)
        let alphabet = Array("aeiouy AEIOUY đĐhnq.,0".unicodeScalars)
            + VowelFixtures.letters.flatMap(\.composed.unicodeScalars)
            + ["\u{300}", "\u{301}", "\u{302}", "\u{303}", "\u{306}", "\u{309}", "\u{31B}", "\u{323}", "\u{308}",
               "\u{327}", "\u{1100}", "\u{1161}", "\u{212B}", "\u{3B1}", "\u{4E2D}", "\u{1F600}"]
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...24, using: &generator) {
                text.unicodeScalars.append(alphabet.randomElement(using: &generator)!)
            }
            XCTAssertEqual(scalars(VietText.nfc(text)), scalars(text.precomposedStringWithCanonicalMapping),
                           text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
        }
    }

    // MARK: Long values and bad bytes

    func testALongValueGoesThroughFoundationInPiecesAndStillMatches() {
        let line = nfd("Ñandú Hoà Đồng \u{212B} ")
        let long = String(repeating: line, count: 2000)
        XCTAssertEqual(scalars(VietText.nfc(long)), scalars(long.precomposedStringWithCanonicalMapping))
        let noASCII = String(repeating: "\u{1EA1}\u{308}", count: 3000)
        XCTAssertEqual(scalars(VietText.nfc(noASCII)), scalars(noASCII.precomposedStringWithCanonicalMapping))
    }

    func testIllFormedBytesBecomeReplacementCharacters() {
        let bytes: [UInt8] = [0x48, 0xC3, 0x28, 0x6F, 0x61, 0xCC, 0x80, 0xFF]
        let text = bytes.withUnsafeBufferPointer { VietText.nfc(utf8: $0) }
        XCTAssertEqual(scalars(text), [0x48, 0xFFFD, 0x28, 0x6F, 0xE0, 0xFFFD])
        let cut: [UInt8] = [0x61, 0xCC]
        XCTAssertEqual(scalars(cut.withUnsafeBufferPointer { VietText.nfc(utf8: $0) }), [0x61, 0xFFFD])
    }
}

/// A small deterministic random generator (SplitMix64) for repeatable test data.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E11B
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
