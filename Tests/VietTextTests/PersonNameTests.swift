// Names tidied on write: NFC, single spaces, each word capitalised.

import XCTest
@testable import VietText

final class PersonNameTests: XCTestCase {
    func testSpacesAreCollapsedAndTheTextIsNFC() {
        XCTAssertEqual(VietText.spaced("  Chi hội \t  khu phố\u{00A0}1 "), "Chi hội khu phố 1")
        let nfd = "Tra\u{0302}\u{0300}n"
        XCTAssertEqual(Array(VietText.spaced(nfd).unicodeScalars).count, 4, "Trần in NFC is four scalars")
    }

    func testEachWordOfANameIsCapitalised() {
        XCTAssertEqual(VietText.personName("nguyễn  thị HOÀ"), "Nguyễn Thị Hoà")
        XCTAssertEqual(VietText.personName("đỗ văn đức"), "Đỗ Văn Đức")
        XCTAssertEqual(VietText.personName("ÂU DƯƠNG ỨNG"), "Âu Dương Ứng")
        XCTAssertEqual(VietText.personName("  "), "")
        let nfd = "le\u{0302}\u{0300} thi\u{0323}"
        XCTAssertEqual(VietText.personName(nfd), "Lề Thị")
    }
}

/// The folded hash is the hash of the folded key, for every kind of text.
final class SearchHashTests: XCTestCase {
    func testTheHashIsTheHashOfTheSearchKey() {
        let texts = ["  Nguyễn   HIỀN ", "Nguyen Hien", "Hoà", "Hòa", "HOA", "Ho\u{0300}a", "Đỗ Văn Đức", "do van duc",
                     "Gia đình ông Lê Văn Dũng", "Tổ dân phố 3, khu phố 2", "Müller", "Σωκράτης", "", " ", "a\tb"]
        for t in texts {
            XCTAssertEqual(VietText.searchHash(t), VietText.fnv(VietText.searchKey(t)), t.debugDescription)
        }
        XCTAssertEqual(VietText.searchHash("Nguyễn Thị Hoà"), VietText.searchHash("nguyen thi hoa"))
        XCTAssertNotEqual(VietText.searchHash("Nguyễn Thị Hoa"), VietText.searchHash("Nguyễn Thị Hoan"))
    }
}

/// The byte-level shortcuts of `personName`, `searchKey` and `phoneNumber` give what the long
/// ways give, on random text made of what names and lists hold (both cases, marks precomposed
/// and combining, đ, other alphabets, digits, spaces of several kinds, punctuation).
final class TextShortcutTests: XCTestCase {
    private static let pieces = ["a", "A", "ă", "Ằ", "â", "ẩ", "đ", "Đ", "e", "Ê", "ệ", "ơ", "Ớ", "ư", "Ữ", "y", "Ỹ", "b",
                                 "N", "g", "h", "q", "Z", "ñ", "Ü", "ß", "σ", "Σ", "ǅ", "i\u{0307}", "e\u{0301}", "\u{0323}",
                                 " ", " ", "  ", "\t", "\u{00A0}", "-", "(", ".", "'", "9", "0", "×", "中", "💡"]

    private func randomText(_ random: inout SeededGenerator) -> String {
        (0..<Int.random(in: 0...9, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
    }

    func testPersonNameMatchesTheWordByWordWay() {
        var random = SeededGenerator(seed: 41)
        for _ in 0..<20_000 {
            let text = randomText(&random)
            let expected = VietText.casedWords(VietText.spaced(text))
            XCTAssertEqual(Array(VietText.personName(text).unicodeScalars), Array(expected.unicodeScalars), text.debugDescription)
        }
        for name in ["Nguyễn Thị Hoà", "Đỗ Văn Đức", "Âu Dương Ứng", "Lê Văn A", "Phạm 2", "Nguyễn Văn Đ"] {
            XCTAssertEqual(VietText.personName(name), name)
        }
    }

    func testSearchKeyMatchesTheUnitByUnitWay() {
        var random = SeededGenerator(seed: 42)
        for _ in 0..<20_000 {
            let text = randomText(&random)
            XCTAssertEqual(Array(VietText.searchKey(text).unicodeScalars), Array(VietText.searchKeyByUnits(text).unicodeScalars),
                           text.debugDescription)
        }
    }

    func testPhoneNumberMatchesTheUsualForms() {
        var random = SeededGenerator(seed: 43)
        let parts = ["0", "9", "1", "2", "8", "4", "+", " ", ".", "-", "(", ")", "a", "٣", "9\u{0301}"]
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...14, using: &random)).map { _ in parts.randomElement(using: &random)! }.joined()
            XCTAssertEqual(VietText.phoneNumber(text), Self.phoneTheLongWay(text), text.debugDescription)
        }
    }

    /// The rule written out on characters, as a second reading of the doc comment.
    private static func phoneTheLongWay(_ text: String) -> String? {
        var digits = ""
        var plus = false
        for (i, c) in text.enumerated() {
            if let d = c.asciiValue, (0x30...0x39).contains(d) {
                digits.append(c)
            } else if c == "+", text.prefix(i).allSatisfy({ $0 == " " }) {
                plus = true
            } else if !" .-()".contains(c) {
                return nil
            }
        }
        if digits.hasPrefix("0084") { digits = "0" + digits.dropFirst(4) }
        else if digits.hasPrefix("84"), plus || digits.count >= 11 { digits = "0" + digits.dropFirst(2) }
        else if plus { return nil }
        let mobile = digits.count == 10 && ["03", "05", "07", "08", "09"].contains(String(digits.prefix(2)))
        let landline = digits.count == 11 && digits.hasPrefix("02")
        return mobile || landline ? digits : nil
    }
}
