// Plain Vietnamese order: letters, then tones, then case; and where it parts from ICU's `vi`.

import Foundation
import XCTest
import VietText

final class CollationTests: XCTestCase {
    private func sorted(_ texts: [String]) -> [String] {
        texts.map { ($0, VietText.sortKey($0)) }.sorted { $0.1 < $1.1 }.map(\.0)
    }

    private func assertOrder(_ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        for shuffled in [expected.reversed(), expected.shuffled(), expected.shuffled()] {
            XCTAssertEqual(sorted(Array(shuffled)), expected, file: file, line: line)
        }
    }

    // MARK: Letters, tones, case

    func testTheAlphabet() {
        let alphabet = "a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y f j w z"
        assertOrder(alphabet.split(separator: " ").map(String.init))
    }

    func testTonesAfterLettersAndCaseAfterTones() {
        assertOrder(["ma", "Ma", "mà", "mả", "mã", "má", "mạ", "mác", "mạc", "mai"])
        assertOrder(["an", "An", "AN", "án", "Án", "ăn"])
        assertOrder(["cả", "cá", "cà phê", "cá rô"])
    }

    func testDigitsBeforeLettersAndSpacesBeforeEverything() {
        assertOrder(["a b", "a-b", "a1", "ab"])
        assertOrder(["10", "2", "A", "B"])
        assertOrder(["Lớp 10", "Lớp 2", "Lớp A"])
    }

    func testPunctuationInICUOrder() {
        assertOrder("_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$".map { "a" + String($0) + "b" })
    }

    func testULettersAtEveryPosition() {
        assertOrder(["cua", "cúa", "cư", "cừa"])
        assertOrder(["tua", "tuần", "tuz", "tư", "tưa"])
    }

    func testClassNames() {
        assertOrder([
            "Bóng bàn thiếu nhi", "Cắm hoa", "Chữ Hán – Nôm", "Dân vũ", "Đàn ghi-ta", "Điêu khắc gỗ",
            "Ẩm thực", "Tiếng Anh giao tiếp", "Tiếng Hàn", "Tin học cơ bản", "Tin học văn phòng",
            "Ứng dụng điện thoại", "Võ cổ truyền", "Yoga", "Zumba",
        ].sorted { VietText.sortKey($0) < VietText.sortKey($1) })
        assertOrder(["Ẩm thực", "Bóng bàn", "Cắm hoa", "Chữ Hán", "Dân vũ", "Đàn ghi-ta", "Tin học", "Ứng dụng"])
    }

    func testFormsAndSpacingDoNotChangeTheKey() {
        for text in ["Tin học cơ bản", "Hòa Bình", "Đội Ư"] {
            XCTAssertEqual(VietText.sortKey(text), VietText.sortKey(text.decomposedStringWithCanonicalMapping))
            let spaced = "  " + text.replacingOccurrences(of: " ", with: "   ")
            XCTAssertEqual(VietText.sortKey(text), VietText.sortKey(spaced))
        }
        XCTAssertEqual(VietText.sortKey("Hòa Bình"), VietText.sortKey("Hoà Bình"))
    }

    // MARK: Against ICU's vi, as Foundation gives it

    /// Words without f j w z and without oa/oe/uy tone variants: our order is ICU's.
    func testAgreesWithFoundationsViOrderOnVietnameseWords() {
        let words = [
            "an", "An", "anh", "Anh", "ánh", "Ánh", "ân", "Ân", "ấn", "Ấn", "bình", "Bình", "dũng", "Dũng",
            "duyên", "đức", "Đức", "ô", "Ô", "ơn", "Ơn", "u", "U", "ư", "Ư", "ma", "mà", "mả", "mã", "má", "mạ",
            "hoàng", "Hoàng", "huỳnh", "nguyễn", "Nguyễn", "trần", "lê", "phạm", "võ", "vũ", "đặng", "bùi",
            "đỗ", "hồ", "ngô", "dương", "lý", "thị", "văn", "hữu", "minh", "ngọc", "thanh", "quốc", "xuân",
            "yến", "ỷ", "ă", "ằ", "ẳ", "ẵ", "ắ", "ặ", "lớp 10", "lớp 2", "tin học", "tin", "tỉnh", "tình",
            "cơ bản", "cờ", "cỡ", "cớ", "cợ", "gà", "gạ", "ga", "ghi", "giá", "già", "gi", "khuyến", "khuya",
            "a-b", "a,b", "a b", "ab", "(a)", "#1", "1", "10", "Lớp 10A1", "lớp 10a1", "ÀB", "àb", "Ab", "aB",
        ]
        let vi = Locale(identifier: "vi")
        let theirs = words.sorted { $0.compare($1, options: [], range: nil, locale: vi) == .orderedAscending }
        XCTAssertEqual(sorted(words), theirs)
    }

    /// Where we part from ICU on purpose: f j w z after y (ICU puts them in Latin order), and the two
    /// tone placements compare equal (ICU tells them apart at the tone level). (Foundation's compare
    /// also answers "tuần" > "tư" and "tư" > "tuần" alike; we order them by the second letter.)
    func testDeliberateDifferencesFromICU() {
        let vi = Locale(identifier: "vi")
        XCTAssertEqual("fa".compare("ga", options: [], range: nil, locale: vi), .orderedAscending)
        XCTAssertLessThan(VietText.sortKey("ga"), VietText.sortKey("fa"))
        XCTAssertLessThan(VietText.sortKey("ya"), VietText.sortKey("wa"))
        XCTAssertNotEqual("Hòa".compare("Hoà", options: [], range: nil, locale: vi), .orderedSame)
        XCTAssertEqual(VietText.sortKey("Hòa"), VietText.sortKey("Hoà"))
    }
}
