// The 134 precomposed vowel-and-tone letters: NFC, folding and collation, one by one.

import XCTest
@testable import VietText

final class VowelTableTests: XCTestCase {
    // MARK: The set

    func testTheSetHas134PrecomposedLetters() {
        XCTAssertEqual(VowelFixtures.letters.count, 144)
        XCTAssertEqual(Set(VowelFixtures.precomposed).count, 134)
        for letter in VowelFixtures.letters {
            XCTAssertEqual(letter.composed.unicodeScalars.count, 1, letter.decomposed)
        }
    }

    func testTheKitTableAgreesWithTheFixtures() {
        for letter in VowelFixtures.letters {
            let value = letter.composed.unicodeScalars.first!.value
            let tone = Tone(rawValue: UInt8(letter.tone))!
            if value >= 0x80 {
                let info = LetterTable.info(value)
                XCTAssertEqual(info?.tone, tone, letter.composed)
                XCTAssertEqual(info?.upper, letter.upper, letter.composed)
                XCTAssertEqual(info?.foreignMark, false, letter.composed)
                XCTAssertEqual(info?.letter, Letter.vowels[letter.vowel], letter.composed)
            }
            let back = LetterTable.scalar(Letter.vowels[letter.vowel], tone, upper: letter.upper)
            XCTAssertEqual(back?.value, value, letter.composed)
        }
    }

    // MARK: NFC

    func testNFCOfEachDecomposedLetterIsThePrecomposedOne() {
        for letter in VowelFixtures.letters {
            XCTAssertEqual(scalars(VietText.nfc(letter.decomposed)), scalars(letter.composed), letter.composed)
            XCTAssertEqual(scalars(VietText.nfc(nfd(letter.composed))), scalars(letter.composed), letter.composed)
            let viaBytes = Array(letter.decomposed.utf8).withUnsafeBufferPointer { VietText.nfc(utf8: $0) }
            XCTAssertEqual(scalars(viaBytes), scalars(letter.composed), letter.composed)
            XCTAssertTrue(VietText.isNFC(letter.composed), letter.composed)
            if letter.decomposed.unicodeScalars.count > 1 {
                XCTAssertFalse(VietText.isNFC(letter.decomposed), letter.composed)
            }
        }
    }

    func testNFCKeepsEachPrecomposedLetter() {
        for text in VowelFixtures.precomposed {
            XCTAssertEqual(scalars(VietText.nfc(text)), scalars(text), text)
        }
    }

    // MARK: Folding

    func testSearchKeyOfEachLetterIsTheBareVowel() {
        for letter in VowelFixtures.letters {
            XCTAssertEqual(VietText.searchKey(letter.composed), letter.bare, letter.composed)
            XCTAssertEqual(VietText.searchKey(letter.decomposed), letter.bare, letter.composed)
        }
        XCTAssertEqual(VietText.searchKey("đ"), "d")
        XCTAssertEqual(VietText.searchKey("Đ"), "d")
    }

    // MARK: Collation

    func testTonesOrderAfterTheUntonedLetterInToneOrder() {
        for upper in [false, true] {
            for vowel in VowelFixtures.vowels.indices {
                let row = VowelFixtures.letters.filter { $0.vowel == vowel && $0.upper == upper }
                for t in 1..<row.count {
                    XCTAssertLessThan(VietText.sortKey(row[t - 1].composed), VietText.sortKey(row[t].composed),
                                      "\(row[t - 1].composed) < \(row[t].composed)")
                }
            }
        }
    }

    func testLowercaseBeforeUppercaseAndNFDEqualsNFC() {
        for letter in VowelFixtures.letters where !letter.upper {
            let upper = letter.composed.uppercased()
            XCTAssertLessThan(VietText.sortKey(letter.composed), VietText.sortKey(upper), letter.composed)
            XCTAssertEqual(VietText.sortKey(letter.composed), VietText.sortKey(letter.decomposed), letter.composed)
        }
    }

    func testEveryToneOfAVowelSortsBeforeTheNextVowel() {
        let lower = VowelFixtures.letters.filter { !$0.upper }
        for letter in lower where letter.vowel + 1 < VowelFixtures.vowels.count {
            let next = lower.first { $0.vowel == letter.vowel + 1 && $0.tone == 0 }!
            XCTAssertLessThan(VietText.sortKey(letter.composed), VietText.sortKey(next.composed),
                              "\(letter.composed) < \(next.composed)")
        }
    }

    func testDStroke() {
        XCTAssertEqual(scalars(VietText.nfc("đĐ")), [0x111, 0x110])
        XCTAssertTrue(VietText.isNFC("Đồng"))
        XCTAssertLessThan(VietText.sortKey("dz"), VietText.sortKey("đa"))
        XCTAssertLessThan(VietText.sortKey("đz"), VietText.sortKey("e"))
        XCTAssertLessThan(VietText.sortKey("đ"), VietText.sortKey("Đ"))
    }
}
