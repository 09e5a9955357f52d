// Display width from our own table: Vietnamese, CJK, emoji, marks, controls; no locale involved.

import Foundation
import XCTest
@testable import Canvas

final class DisplayWidthTests: XCTestCase {
    static let vietnameseLetters =
        "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợ"
        + "ùủũúụừửữứựỳỷỹýỵÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬÈẺẼÉẸỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌỒỔỖỐỘỜỞỠỚỢÙỦŨÚỤỪỬỮỨỰỲỶỸÝỴ"

    // MARK: Vietnamese

    func testNameHasTheSameWidthComposedAndDecomposed() {
        let composed = nfc("Nguyễn Thị Thuỷ")
        let decomposed = nfd(composed)
        XCTAssertGreaterThan(decomposed.unicodeScalars.count, composed.unicodeScalars.count, "fixture must differ")
        XCTAssertEqual(composed.displayWidth, 15)
        XCTAssertEqual(decomposed.displayWidth, 15)
    }

    func testEveryVietnameseLetterIsOneColumnInBothForms() {
        for ch in Self.vietnameseLetters {
            let s = String(ch)
            XCTAssertEqual(nfc(s).displayWidth, 1, "NFC \(s)")
            XCTAssertEqual(nfd(s).displayWidth, 1, "NFD \(s) \(nfd(s).unicodeScalars.map { $0.value })")
        }
    }

    func testStackedMarksStayOneColumn() {
        // a + circumflex + tilde + dot below, in a non-canonical order: still one cluster.
        XCTAssertEqual("a\u{302}\u{303}\u{323}".displayWidth, 1)
    }

    // MARK: CJK and Hangul

    func testCJKIsTwoColumns() {
        XCTAssertEqual("中文字".displayWidth, 6)
        XCTAssertEqual("日本語のテキスト".displayWidth, 16)
        XCTAssertEqual("한국어".displayWidth, 6)
        XCTAssertEqual("\u{3000}".displayWidth, 2, "ideographic space")
        XCTAssertEqual("ＡＢ".displayWidth, 4, "fullwidth Latin")
        XCTAssertEqual("ｱｲ".displayWidth, 2, "halfwidth katakana")
    }

    func testHangulJamoSequenceIsOneWideCluster() {
        XCTAssertEqual("\u{1100}\u{1161}\u{11A8}".displayWidth, 2)
    }

    // MARK: Marks, format characters, controls

    func testLoneCombiningMarkTakesNoColumn() {
        XCTAssertEqual("\u{301}".displayWidth, 0)
        XCTAssertEqual("\u{301}abc".displayWidth, 3)
    }

    func testFormatCharactersTakeNoColumn() {
        for s in ["\u{200B}", "\u{200D}", "\u{FEFF}", "\u{2066}", "\u{061C}", "\u{3164}"] {
            XCTAssertEqual(s.displayWidth, 0, "U+\(String(s.unicodeScalars.first!.value, radix: 16))")
        }
        XCTAssertEqual("\u{00AD}".displayWidth, 1, "soft hyphen is shown")
    }

    func testControlCharactersTakeOneColumnForTheirReplacement() {
        XCTAssertEqual("\u{7}".displayWidth, 1)
        XCTAssertEqual("\u{1B}".displayWidth, 1)
        XCTAssertEqual("\u{7F}".displayWidth, 1)
        XCTAssertEqual("\u{85}".displayWidth, 1)
        XCTAssertEqual("a\tb".displayWidth, 3)
    }

    func testSpacingMarksWidenTheirCluster() {
        XCTAssertEqual("\u{915}\u{93E}".displayWidth, 2, "Devanagari KA + AA")
        XCTAssertEqual("\u{E01}\u{E33}".displayWidth, 2, "Thai KO KAI + SARA AM")
    }

    // MARK: Emoji

    func testEmojiWithAndWithoutPresentationSelector() {
        XCTAssertEqual("😀".displayWidth, 2)
        XCTAssertEqual("❤".displayWidth, 1, "text presentation by default")
        XCTAssertEqual("❤\u{FE0F}".displayWidth, 2, "VS16 asks for emoji presentation")
        XCTAssertEqual("☺\u{FE0F}".displayWidth, 2)
        XCTAssertEqual("1\u{FE0F}\u{20E3}".displayWidth, 2, "keycap")
        XCTAssertEqual("👍🏽".displayWidth, 2, "skin tone")
        XCTAssertEqual("👨\u{200D}👩\u{200D}👧".displayWidth, 2, "ZWJ family")
        XCTAssertEqual("🇻🇳".displayWidth, 2, "flag")
        XCTAssertEqual("🏳\u{FE0F}\u{200D}🌈".displayWidth, 2)
    }

    // MARK: Corrections checked against python wcwidth 0.7.0

    func testNarrowSymbolsInTheEmojiBlocks() {
        XCTAssertEqual("\u{1F321}".displayWidth, 1, "thermometer: not emoji presentation")
        XCTAssertEqual("\u{1F5A5}".displayWidth, 1, "desktop computer")
        XCTAssertEqual("\u{1F900}".displayWidth, 1)
        XCTAssertEqual("\u{1F5A5}\u{FE0F}".displayWidth, 2)
        XCTAssertEqual("\u{3248}".displayWidth, 1, "circled ten on black square is ambiguous")
    }

    func testWideSymbols() {
        XCTAssertEqual("\u{2630}".displayWidth, 2, "trigram")
        XCTAssertEqual("\u{4DC0}".displayWidth, 2, "hexagram")
        XCTAssertEqual("\u{1D360}".displayWidth, 2, "counting rod")
    }

    // MARK: What the widgets draw with

    func testWidgetGlyphsAreOneColumn() {
        let glyphs = "…┌─┐│└┘╭╮╰╯╔═╗║╚╝┏━┓┃┗┛▏▎▍▌▋▊▉█░▀▄▁▂▃▄▅▆▇\u{FFFD}"
        for ch in glyphs { XCTAssertEqual(DisplayWidth.of(ch), 1, String(ch)) }
    }

    func testScalarWidths() {
        XCTAssertEqual(DisplayWidth.of(scalar: "a"), 1)
        XCTAssertEqual(DisplayWidth.of(scalar: "\u{301}"), 0)
        XCTAssertEqual(DisplayWidth.of(scalar: "中"), 2)
        XCTAssertEqual(DisplayWidth.of(scalar: "😀"), 2)
    }
}
