// Word wrapping by display width: breaks at spaces, hard breaks for long words, paragraphs.

import Foundation
import XCTest
@testable import Canvas

final class TextWrapTests: XCTestCase {
    static let theme = "Đọc và học suốt đời theo gương Bác Hồ vĩ đại"

    func testWrapsAtSpacesGreedily() {
        XCTAssertEqual(Self.theme.wrapped(toWidth: 12), ["Đọc và học", "suốt đời", "theo gương", "Bác Hồ vĩ", "đại"])
    }

    func testDecomposedTextWrapsTheSame() {
        let lines = nfd(Self.theme).wrapped(toWidth: 12)
        XCTAssertEqual(lines, ["Đọc và học", "suốt đời", "theo gương", "Bác Hồ vĩ", "đại"])
        for line in lines { XCTAssertLessThanOrEqual(line.displayWidth, 12) }
    }

    func testNoLineIsWiderThanTheWidth() {
        let text = "Thúc đẩy chuyển đổi số phục vụ cho học tập suốt đời sau đại dịch Covid-19"
        for width in 1...30 {
            for line in nfd(text).wrapped(toWidth: width) {
                XCTAssertLessThanOrEqual(line.displayWidth, width, "width \(width): \(line)")
                XCTAssertFalse(line.hasPrefix(" ") || line.hasSuffix(" "), "width \(width): '\(line)'")
            }
        }
    }

    func testLongWordsAreHardBroken() {
        XCTAssertEqual("abcdefghij".wrapped(toWidth: 4), ["abcd", "efgh", "ij"])
        XCTAssertEqual("ab abcdefghij x".wrapped(toWidth: 4), ["ab", "abcd", "efgh", "ij x"])
    }

    func testCJKIsBrokenBetweenCharacters() {
        XCTAssertEqual("中文字".wrapped(toWidth: 3), ["中", "文", "字"])
        XCTAssertEqual("中文字".wrapped(toWidth: 4), ["中文", "字"])
        XCTAssertEqual("中文".wrapped(toWidth: 1), ["…", "…"], "too wide for any line")
    }

    func testNewlinesAndEmptyText() {
        XCTAssertEqual("a\n\nb".wrapped(toWidth: 5), ["a", "", "b"])
        XCTAssertEqual("a\r\nb".wrapped(toWidth: 5), ["a", "b"])
        XCTAssertEqual("".wrapped(toWidth: 5), [""])
        XCTAssertEqual("abc".wrapped(toWidth: 0), [])
    }

    func testSpacesCollapseAndNoBreakSpaceHolds() {
        XCTAssertEqual("a   b\t c".wrapped(toWidth: 10), ["a b c"])
        XCTAssertEqual("Quỹ 500.000\u{A0}đ".wrapped(toWidth: 10), ["Quỹ", "500.000\u{A0}đ"])
    }
}
