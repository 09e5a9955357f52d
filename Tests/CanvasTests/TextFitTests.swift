// Truncation and padding by display width, never by UTF-16 units or scalars.

import Foundation
import XCTest
@testable import Canvas

final class TextFitTests: XCTestCase {
    // MARK: Truncation

    func testShortTextIsUnchanged() {
        XCTAssertEqual("Lớp".truncated(toWidth: 3), "Lớp")
        XCTAssertEqual("Lớp".truncated(toWidth: 10), "Lớp")
        XCTAssertEqual("".truncated(toWidth: 0), "")
    }

    func testCutTextEndsInAnEllipsis() {
        XCTAssertEqual("Trung tâm".truncated(toWidth: 6), "Trung…")
        XCTAssertEqual("Trung tâm".truncated(toWidth: 6).displayWidth, 6)
        XCTAssertEqual("abcdef".truncated(toWidth: 5), "abcd…")
    }

    func testTinyWidths() {
        XCTAssertEqual("abc".truncated(toWidth: 0), "")
        XCTAssertEqual("abc".truncated(toWidth: -3), "")
        XCTAssertEqual("abc".truncated(toWidth: 1), "…")
        XCTAssertEqual("a".truncated(toWidth: 1), "a")
    }

    func testDecomposedTextIsCutByColumnsNotScalars() {
        let composed = nfc("Nguyễn Thị Thuỷ"), decomposed = nfd(composed)
        let cut = decomposed.truncated(toWidth: 10)
        XCTAssertEqual(cut.displayWidth, 10)
        XCTAssertEqual(cut, "Nguyễn Th…")  // canonical equality
        XCTAssertEqual(cut.unicodeScalars.count, nfd("Nguyễn Th…").unicodeScalars.count, "marks kept with letters")
        XCTAssertEqual(composed.truncated(toWidth: 10), "Nguyễn Th…")
    }

    func testSpacesBeforeTheEllipsisAreDropped() {
        XCTAssertEqual("Nguyễn Thị Thuỷ".truncated(toWidth: 8), "Nguyễn…")
        XCTAssertEqual("a   bcdef".truncated(toWidth: 4), "a…")
    }

    func testWideCharacterIsNeverSplit() {
        XCTAssertEqual("中文字".truncated(toWidth: 6), "中文字")
        XCTAssertEqual("中文字".truncated(toWidth: 5), "中文…")
        XCTAssertEqual("中文字".truncated(toWidth: 4), "中…")
        XCTAssertEqual("中文字".truncated(toWidth: 4).displayWidth, 3, "one column short, not padded")
        XCTAssertEqual("中文字".truncated(toWidth: 2), "…")
    }

    func testCustomEllipsisForASCII() {
        XCTAssertEqual("abcdef".truncated(toWidth: 4, ellipsis: "..."), "a...")
        XCTAssertEqual("abcdef".truncated(toWidth: 2, ellipsis: "..."), "..")
        XCTAssertEqual("abcdef".truncated(toWidth: 3, ellipsis: "~"), "ab~")
    }

    // MARK: Padding

    func testPaddingByDisplayWidth() {
        let name = nfd("Thuỷ")
        XCTAssertEqual(name.padded(toWidth: 6), "Thuỷ  ")
        XCTAssertEqual(name.padded(toWidth: 6, alignment: .right), "  Thuỷ")
        XCTAssertEqual(name.padded(toWidth: 7, alignment: .center), " Thuỷ  ")
        XCTAssertEqual(name.padded(toWidth: 6).displayWidth, 6)
        XCTAssertTrue(name.padded(toWidth: 6).hasSuffix("  "), "two spaces even though ỷ is three scalars")
    }

    func testFoundationPaddingWouldShiftDecomposedText() {
        // The reason `padded` exists: Foundation counts UTF-16 units.
        let name = nfd("Thuỷ")
        XCTAssertNotEqual(name.padding(toLength: 6, withPad: " ", startingAt: 0).displayWidth, 6)
        XCTAssertEqual(name.padded(toWidth: 6).displayWidth, 6)
    }

    func testPaddingTruncatesFirst() {
        XCTAssertEqual("Nguyễn Thị Thuỷ".padded(toWidth: 8), "Nguyễn… ")
        XCTAssertEqual("中文字".padded(toWidth: 4), "中… ")
        XCTAssertEqual("中文字".padded(toWidth: 4, alignment: .right), " 中…")
        XCTAssertEqual("abc".padded(toWidth: 0), "")
    }

    func testPaddingCJK() {
        XCTAssertEqual("中".padded(toWidth: 5, alignment: .center), " 中  ")
        XCTAssertEqual("中".padded(toWidth: 2), "中")
    }
}
