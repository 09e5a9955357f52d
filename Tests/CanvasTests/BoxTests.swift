// Boxes: line sets, titles fitted to the top border, separate styles, clipping, tiny boxes.

import Foundation
import XCTest
@testable import Canvas

final class BoxTests: XCTestCase {
    private func draw(_ box: Box, _ w: Int, _ h: Int, fill: Character = " ") -> (Buffer, Rect) {
        var buffer = makeBuffer(w, h, fill: fill)
        let inner = box.render(in: Rect(x: 0, y: 0, width: w, height: h), into: &buffer)
        return (buffer, inner)
    }

    // MARK: Line sets

    func testSingleWithTitle() {
        let (buffer, inner) = draw(Box(title: "Lớp học"), 12, 4)
        assertFrame(buffer, [
            "┌ Lớp học ─┐",
            "│          │",
            "│          │",
            "└──────────┘",
        ])
        XCTAssertEqual(inner, Rect(x: 1, y: 1, width: 10, height: 2))
        XCTAssertEqual(Box.inner(Rect(x: 0, y: 0, width: 12, height: 4)), inner)
    }

    func testEveryLineSet() {
        let expected: [(Border, [String])] = [
            (.single, ["┌──┐", "│..│", "└──┘"]),
            (.rounded, ["╭──╮", "│..│", "╰──╯"]),
            (.double, ["╔══╗", "║..║", "╚══╝"]),
            (.heavy, ["┏━━┓", "┃..┃", "┗━━┛"]),
            (.ascii, ["+--+", "|..|", "+--+"]),
        ]
        for (border, frame) in expected {
            assertFrame(draw(Box(border: border), 4, 3, fill: ".").0, frame)
        }
    }

    // MARK: Titles

    func testTitleIsTruncatedToFit() {
        assertFrame(draw(Box(title: "Lớp học"), 10, 2).0, ["┌ Lớp h… ┐", "└────────┘"])
        assertFrame(draw(Box(title: "Lớp học"), 5, 2).0, ["┌ … ┐", "└───┘"])
        assertFrame(draw(Box(title: "Lớp học"), 4, 2).0, ["┌──┐", "└──┘"])
    }

    func testASCIIBoxCutsItsTitleWithAnASCIIMark() {
        let box = Box(title: "Lớp học", border: .ascii, ellipsis: "~")
        assertFrame(draw(box, 10, 2).0, ["+ Lớp h~ +", "+--------+"])
    }

    func testDecomposedTitleMatchesComposed() {
        let composed = draw(Box(title: nfc("Khen thưởng")), 16, 2).0
        let decomposed = draw(Box(title: nfd("Khen thưởng")), 16, 2).0
        assertFrame(decomposed, ["┌ Khen thưởng ─┐", "└──────────────┘"])
        XCTAssertEqual(composed.lines, decomposed.lines)
        XCTAssertEqual(decomposed[14, 0].character, "─")
    }

    func testWideTitleIsCutWhole() {
        assertFrame(draw(Box(title: "中文字"), 8, 2).0, ["┌ 中… ─┐", "└──────┘"])
    }

    func testBorderAndTitleStylesAreSeparate() {
        let box = Box(title: "Quỹ", borderStyle: Styles.a, titleStyle: Styles.b)
        let (buffer, _) = draw(box, 8, 3)
        XCTAssertEqual(styleLetters(buffer, ["a": Styles.a, "b": Styles.b]), [
            "abbbbbaa",
            "a......a",
            "aaaaaaaa",
        ])
    }

    func testFillClearsTheInside() {
        var buffer = makeBuffer(5, 3, fill: "x")
        Box(fill: Styles.bg).render(in: buffer.bounds, into: &buffer)
        assertFrame(buffer, ["┌───┐", "│   │", "└───┘"])
        XCTAssertEqual(buffer[2, 1].style, Styles.bg)
    }

    // MARK: Small and clipped

    func testBoxesSmallerThanTwoByTwoDrawNothing() {
        for (w, h) in [(1, 5), (5, 1), (0, 0), (1, 1)] {
            var buffer = makeBuffer(6, 6, fill: ".")
            let inner = Box(title: "T").render(in: Rect(x: 0, y: 0, width: w, height: h), into: &buffer)
            XCTAssertEqual(buffer.lines, Array(repeating: "......", count: 6), "\(w)×\(h)")
            XCTAssertTrue(inner.isEmpty)
        }
        assertFrame(draw(Box(title: "T"), 2, 2).0, ["┌┐", "└┘"])
    }

    func testBoxPastTheBufferIsClipped() {
        var buffer = makeBuffer(4, 3, fill: ".")
        Box(title: "Tên").render(in: Rect(x: -1, y: -1, width: 5, height: 4), into: &buffer)
        assertFrame(buffer, ["...│", "...│", "───┘"])
    }

    func testBoxDrawsOnlyInsideItsRect() {
        var buffer = makeBuffer(8, 5, fill: ".")
        Box(title: "Một tiêu đề dài", fill: .plain).render(in: Rect(x: 2, y: 1, width: 5, height: 3), into: &buffer)
        assertFrame(buffer, [
            "........",
            "..┌ … ┐.",
            "..│   │.",
            "..└───┘.",
            "........",
        ])
    }
}
