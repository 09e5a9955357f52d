// Big digits: exact glyphs for the headline figures, consistent widths, fallbacks, drawing.

import XCTest
@testable import Canvas

final class BigDigitsTests: XCTestCase {
    static let known: [Character] = Array("0123456789.,%/-: ")

    // MARK: Headline figures

    func testThreeRowsOf1900() {
        XCTAssertEqual(BigDigits.lines("1.900", height: .three), [
            "▄█    █▀█ █▀█ █▀█",
            " █    ▀▀█ █ █ █ █",
            "▀▀▀ ▀ ▀▀▀ ▀▀▀ ▀▀▀",
        ])
        XCTAssertEqual(BigDigits.width(of: "1.900", height: .three), 17)
    }

    func testThreeRowsOf68Comma6Percent() {
        XCTAssertEqual(BigDigits.lines("68,6%", height: .three), [
            "█▀▀ █▀█    █▀▀ ▀ █",
            "█▀█ █▀█  ▄ █▀█ ▄▀ ",
            "▀▀▀ ▀▀▀ ▄▀ ▀▀▀ ▀ ▀",
        ])
        XCTAssertEqual(BigDigits.width(of: "68,6%", height: .three), 18)
    }

    func testFiveRowsOf1900() {
        XCTAssertEqual(BigDigits.lines("1.900", height: .five), [
            "  ██      ██████ ██████ ██████",
            "████      ██  ██ ██  ██ ██  ██",
            "  ██      ██████ ██  ██ ██  ██",
            "  ██          ██ ██  ██ ██  ██",
            "██████ ██ ██████ ██████ ██████",
        ])
        XCTAssertEqual(BigDigits.width(of: "1.900", height: .five), 30)
    }

    func testFiveRowsOf68Comma6Percent() {
        XCTAssertEqual(BigDigits.lines("68,6%", height: .five), [
            "██████ ██████    ██████ ██  ██",
            "██     ██  ██    ██         ██",
            "██████ ██████    ██████   ██  ",
            "██  ██ ██  ██ ██ ██  ██ ██    ",
            "██████ ██████ ▄▀ ██████ ██  ██",
        ])
        XCTAssertEqual(BigDigits.width(of: "68,6%", height: .five), 30)
    }

    func testThousandsDotAndDecimalCommaLookDifferent() {
        for height in BigDigits.Height.allCases {
            for ascii in [false, true] {
                XCTAssertNotEqual(BigDigits.glyph(".", height: height, ascii: ascii),
                                  BigDigits.glyph(",", height: height, ascii: ascii), "\(height) ascii \(ascii)")
            }
        }
    }

    // MARK: Widths

    func testEveryGlyphHasEqualRowsAndDigitsShareAWidth() {
        for height in BigDigits.Height.allCases {
            for ascii in [false, true] {
                let digitWidth = BigDigits.glyph("0", height: height, ascii: ascii)[0].displayWidth
                for c in Self.known {
                    let rows = BigDigits.glyph(c, height: height, ascii: ascii)
                    XCTAssertEqual(rows.count, height.rows, "\(c)")
                    XCTAssertEqual(Set(rows.map(\.displayWidth)).count, 1, "rows of \(c) differ in width")
                    if !".,:".contains(c) { XCTAssertEqual(rows[0].displayWidth, digitWidth, "\(c) at \(height)") }
                    else { XCTAssertLessThan(rows[0].displayWidth, digitWidth, "\(c) is narrow") }
                }
            }
        }
    }

    func testWidthAgreesWithTheLinesAndWithASCII() {
        for text in ["1.900", "68,6%", "24/35", "2.700", "100%", "-07:30", "", "x"] {
            for height in BigDigits.Height.allCases {
                let width = BigDigits.width(of: text, height: height)
                XCTAssertEqual(BigDigits.width(of: text, height: height, ascii: true), width, text)
                for ascii in [false, true] {
                    for line in BigDigits.lines(text, height: height, ascii: ascii) {
                        XCTAssertEqual(line.displayWidth, width, "\(text) \(height) ascii \(ascii)")
                    }
                }
            }
        }
        XCTAssertEqual(BigDigits.width(of: "", height: .five), 0)
    }

    func testUnknownCharactersAreBlankGlyphs() {
        XCTAssertEqual(BigDigits.glyph("đ", height: .three), ["   ", "   ", "   "])
        XCTAssertEqual(BigDigits.lines("1x1", height: .three)[1], " █       █ ")
        XCTAssertEqual(BigDigits.width(of: "中", height: .five), 6)
    }

    func testFittingHeight() {
        XCTAssertEqual(BigDigits.height(fitting: "2.700", width: 30), .five)
        XCTAssertEqual(BigDigits.height(fitting: "2.700", width: 29), .three)
        XCTAssertEqual(BigDigits.height(fitting: "2.700", width: 30, rows: 4), .three)
        XCTAssertNil(BigDigits.height(fitting: "2.700", width: 16))
    }

    // MARK: ASCII

    func testASCIIFonts() {
        XCTAssertEqual(BigDigits.lines("1.900", height: .three, ascii: true), [
            "       _   _   _ ",
            "  |   |_| | | | |",
            "  | .  _| |_| |_|",
        ])
        XCTAssertEqual(BigDigits.lines("68,6%", height: .five, ascii: true), [
            "###### ######    ###### ##  ##",
            "##     ##  ##    ##         ##",
            "###### ######    ######   ##  ",
            "##  ## ##  ## ## ##  ## ##    ",
            "###### ###### /  ###### ##  ##",
        ])
        for height in BigDigits.Height.allCases {
            for line in BigDigits.lines("0123456789.,%/-: ", height: height, ascii: true) {
                XCTAssertTrue(line.allSatisfy(\.isASCII), line)
            }
        }
    }

    // MARK: Drawing

    func testDrawAtAPointInStyle() {
        var buffer = makeBuffer(9, 4, fill: ".")
        let width = BigDigits.draw("24", at: Point(x: 1, y: 1), height: .three, style: Styles.a, into: &buffer)
        XCTAssertEqual(width, 7)
        assertFrame(buffer, [
            ".........",
            ".▀▀█ █ █.",
            ".█▀▀ ▀▀█.",
            ".▀▀▀   ▀.",
        ])
        XCTAssertEqual(styleLetters(buffer, ["a": Styles.a])[2], ".aaaaaaa.", "blanks drawn in the style too")
    }

    func testDrawInARectAlignedAndClipped() {
        var right = makeBuffer(10, 3, fill: ".")
        BigDigits.draw("7", in: Rect(x: 0, y: 0, width: 9, height: 3), height: .three, alignment: .right, into: &right)
        assertFrame(right, ["......▀▀█.", "......  █.", "......  ▀."])

        var centered = makeBuffer(7, 3, fill: ".")
        BigDigits.draw("1", in: centered.bounds, height: .three, alignment: .center, into: &centered)
        assertFrame(centered, ["..▄█ ..", ".. █ ..", "..▀▀▀.."])

        var narrow = makeBuffer(6, 4, fill: ".")
        BigDigits.draw("100", in: Rect(x: 1, y: 1, width: 4, height: 2), height: .three, alignment: .right, into: &narrow)
        assertFrame(narrow, ["......", ".▄█  .", ". █  .", "......"])
    }
}
