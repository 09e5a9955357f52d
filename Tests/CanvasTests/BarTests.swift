// Bars in eighths of a cell, the ASCII fallback, styles and clipping.

import XCTest
@testable import Canvas

final class BarTests: XCTestCase {
    private func line(_ fraction: Double, _ width: Int = 10, empty: Character = " ", ascii: Bool = false) -> String {
        Bar(fraction: fraction, empty: empty, ascii: ascii).line(width: width)
    }

    func testWholeCells() {
        XCTAssertEqual(line(0.5), "█████     ")
        XCTAssertEqual(line(1.0), "██████████")
        XCTAssertEqual(line(0), "          ")
    }

    func testEighths() {
        XCTAssertEqual(line(0.05), "▌         ")
        XCTAssertEqual(line(0.55), "█████▌    ")
        let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
        for k in 1...8 {
            XCTAssertEqual(line(Double(k) / 80).first, eighths[k - 1], "\(k) eighths")
            XCTAssertEqual(line(Double(k) / 80).count, 10)
        }
        XCTAssertEqual(Bar(fraction: 0.55).filled(width: 10).full, 5)
        XCTAssertEqual(Bar(fraction: 0.55).filled(width: 10).eighths, 4)
    }

    func testOutOfRangeAndNaNAreClamped() {
        XCTAssertEqual(line(.nan), "          ")
        XCTAssertEqual(line(-0.3), "          ")
        XCTAssertEqual(line(7), "██████████")
        XCTAssertEqual(line(.infinity), "██████████")
        XCTAssertEqual(line(0.5, 0), "")
    }

    func testEmptyCharacter() {
        XCTAssertEqual(line(0.5, empty: "░"), "█████░░░░░")
    }

    func testASCII() {
        XCTAssertEqual(line(0.5, ascii: true), "#####-----")
        XCTAssertEqual(line(0.04, ascii: true), "----------")
        XCTAssertEqual(line(0.96, ascii: true), "##########")
        XCTAssertEqual(Bar(fraction: 0.3, ascii: true, asciiEmpty: ".").line(width: 5), "##...")
    }

    func testStylesAndEveryRow() {
        var buffer = makeBuffer(6, 3, fill: ".")
        let bar = Bar(fraction: 0.5, style: Styles.a, emptyStyle: Styles.bg, empty: "░")
        bar.render(in: Rect(x: 1, y: 1, width: 5, height: 2), into: &buffer)
        assertFrame(buffer, ["......", ".██▌░░", ".██▌░░"])
        let partial = Styles.a.over(Styles.bg)
        XCTAssertEqual(styleLetters(buffer, ["a": Styles.a, "e": Styles.bg, "p": partial]),
                       ["......", ".aapee", ".aapee"])
        XCTAssertEqual(buffer[3, 1].style.background, Styles.bg.background, "partial cell on the empty background")
    }

    func testClippedToTheBuffer() {
        var buffer = makeBuffer(4, 2, fill: ".")
        Bar(fraction: 1).render(in: Rect(x: 2, y: -1, width: 6, height: 2), into: &buffer)
        assertFrame(buffer, ["..██", "...."])
    }
}
