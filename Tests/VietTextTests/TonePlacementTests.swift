// Tone placement: the two spellings of oa, oe, uy meet in one key; other words keep their marks.

import XCTest
@testable import VietText

final class TonePlacementTests: XCTestCase {
    /// (new style, old style): keys use the old style.
    private let pairs = [
        ("hoà", "hòa"), ("hoá", "hóa"), ("hoạ", "họa"), ("khoẻ", "khỏe"), ("thuý", "thúy"),
        ("thuỷ", "thủy"), ("loè", "lòe"), ("tuỳ", "tùy"), ("uỷ", "ủy"), ("toả", "tỏa"), ("xoã", "xõa"),
        ("Hoà", "Hòa"), ("HOÀ", "HÒA"), ("Thuý", "Thúy"), ("THUỶ", "THỦY"), ("KHOẺ", "KHỎE"), ("KhoẺ", "KhỏE"),
    ]

    private let unchanged = [
        "quý", "quả", "già", "giữ", "người", "hoàng", "khuyến", "hoạch", "huỳnh", "Quỳnh", "quỹ",
        "gì", "giỏi", "thuở", "huơ", "ngoài", "khoái", "khuya", "khuỷu", "tuần", "xoắn", "nguyễn",
        "hòa", "Thúy", "GIÀ", "QUÝ", "an", "", "12", "hoa", "Đồng",
    ]

    func testNewStyleMovesToTheOldStyle() {
        for (new, old) in pairs {
            XCTAssertEqual(scalars(VietText.toneNormalized(new)), scalars(old), new)
            XCTAssertEqual(scalars(VietText.toneNormalized(old)), scalars(old), old)
            XCTAssertEqual(scalars(VietText.toneNormalized(nfd(new))), scalars(old), "NFD " + new)
        }
    }

    func testOtherWordsKeepTheirMarks() {
        for word in unchanged {
            XCTAssertEqual(scalars(VietText.toneNormalized(word)), scalars(word), word)
        }
    }

    func testAMisplacedMarkBeforeAFinalConsonantMovesToTheSecondVowel() {
        XCTAssertEqual(VietText.toneNormalized("Hòang"), "Hoàng")
        XCTAssertEqual(scalars(VietText.toneNormalized("hùynh")), scalars("huỳnh"))
    }

    func testWholeTextsMoveEverySyllableAndKeepTheRest() {
        XCTAssertEqual(scalars(VietText.toneNormalized("Nguyễn Thị Hoà, khoẻ; Lê Thuý  12")),
                       scalars("Nguyễn Thị Hòa, khỏe; Lê Thúy  12"))
        XCTAssertEqual(scalars(VietText.toneNormalized("Ủy ban nhân dân phường")), scalars("Ủy ban nhân dân phường"))
    }

    func testKeysMakeBothStylesEqual() {
        for (new, old) in pairs {
            XCTAssertEqual(VietText.sortKey(new), VietText.sortKey(old), new)
            XCTAssertEqual(VietText.nameSortKey("Lê Thị " + new), VietText.nameSortKey("Lê Thị " + old), new)
            XCTAssertEqual(VietText.searchKey(new), VietText.searchKey(old), new)
        }
    }

    func testAForeignMarkLeavesTheSyllableAlone() {
        let text = "ho\u{E0}\u{308}"
        XCTAssertEqual(scalars(VietText.toneNormalized(text)), scalars(text))
    }
}
