// Presenting buffers to a headless ncurses screen and reading the cells back.

import Canvas
import XCTest

@testable import Terminal

final class HeadlessPresentTests: XCTestCase {
    var screen: TerminalScreen!

    override func setUpWithError() throws {
        screen = try TerminalScreen(headlessSize: Size(width: 20, height: 4))
    }

    override func tearDown() {
        screen?.stop()
        screen = nil
    }

    func buffer(_ lines: [String], width: Int = 20, height: Int = 4) -> Buffer {
        var b = Buffer(size: Size(width: width, height: height))
        for (y, line) in lines.enumerated() { b.write(line, at: Point(x: 0, y: y)) }
        return b
    }

    func padded(_ s: String, _ width: Int = 20) -> String {
        s + String(repeating: " ", count: width - s.displayWidth)
    }

    func testVietnameseNFCAndNFDAndWideCharactersLandInTheirColumns() {
        let nfc = "Tuần lễ học tập"
        let nfd = "Tua\u{0300}\u{0302}n le\u{0303}\u{0302} ho\u{0323}c"
        screen.present(buffer([nfc, nfd, "中文 ok", "x"]))
        XCTAssertEqual(screen.screenLine(0), padded(nfc))
        XCTAssertEqual(screen.screenLine(1), padded(nfd))
        XCTAssertEqual(screen.screenLine(2), padded("中文 ok"))
        XCTAssertEqual(screen.screenCell(x: 2, y: 1).text, "a\u{0300}\u{0302}")
        XCTAssertEqual(screen.screenCell(x: 3, y: 1).text, "n")
        XCTAssertEqual(screen.screenCell(x: 6, y: 1).text, "e\u{0303}\u{0302}")
        XCTAssertEqual(screen.screenCell(x: 0, y: 2).text, "中")
        XCTAssertEqual(screen.screenCell(x: 2, y: 2).text, "文")
        XCTAssertEqual(screen.screenCell(x: 5, y: 2).text, "o")
        XCTAssertEqual(screen.cellsDrawn, 20 * 4 - 2, "every cell but the two right halves")
    }

    func testASecondPresentDrawsOnlyTheChangedCell() {
        let first = buffer(["Khuyến học", "2.700 lượt"])
        screen.present(first)
        var second = first
        second.write("8", at: Point(x: 2, y: 1))
        screen.present(second)
        XCTAssertEqual(screen.cellsDrawn, 1)
        XCTAssertEqual(screen.screenLine(1), padded("2.800 lượt"))
        XCTAssertEqual(screen.screenLine(0), padded("Khuyến học"))
        screen.present(second)
        XCTAssertEqual(screen.cellsDrawn, 0)
    }

    func testAWideCharacterGivingWayToNarrowOnesLeavesNoHalf() {
        screen.present(buffer(["ab中cd"]))
        screen.present(buffer(["abxycd"]))
        XCTAssertEqual(screen.cellsDrawn, 2)
        XCTAssertEqual(screen.screenLine(0), padded("abxycd"))
        screen.present(buffer(["ab 中d"]))
        XCTAssertEqual(screen.screenLine(0), padded("ab 中d"))
    }

    func testResizeThenPresentRepaintsCleanly() {
        screen.present(buffer(["old old old old old", "old"]))
        screen.resizeHeadless(to: Size(width: 30, height: 6))
        XCTAssertEqual(screen.readKey(timeoutMilliseconds: 0), .resize)
        XCTAssertEqual(screen.size, Size(width: 30, height: 6))
        screen.present(buffer(["new", "", "", "", "", "last"], width: 30, height: 6))
        XCTAssertEqual(screen.cellsDrawn, 30 * 6)
        XCTAssertEqual(screen.screenLine(0), padded("new", 30))
        XCTAssertEqual(screen.screenLine(1), padded("", 30))
        XCTAssertEqual(screen.screenLine(5), padded("last", 30))
    }

    func testASmallerBufferLeavesTheRestBlankAndALargerOneIsClipped() {
        screen.present(buffer(Array(repeating: String(repeating: "#", count: 20), count: 4)))
        screen.present(buffer(["tiny"], width: 5, height: 2))
        XCTAssertEqual(screen.screenLine(0), padded("tiny"))
        XCTAssertEqual(screen.screenLine(3), padded(""))
        let wide = buffer(["0123456789012345678中", "", "", "", "hidden"], width: 25, height: 5)
        screen.present(wide)
        XCTAssertEqual(screen.screenLine(0), "0123456789012345678 ", "a wide character cut by the edge is blank")
        XCTAssertEqual(screen.cellsDrawn, 20 * 4)
    }

    func testForceRedrawRepaintsEverything() {
        let b = buffer(["hello"])
        screen.present(b)
        screen.forceRedraw()
        screen.present(b)
        XCTAssertEqual(screen.cellsDrawn, 20 * 4)
        screen.present(b)
        XCTAssertEqual(screen.cellsDrawn, 0)
    }

    func testTheBottomRightCellIsDrawn() {
        var b = buffer([])
        b.write("Z", at: Point(x: 19, y: 3))
        screen.present(b)
        XCTAssertEqual(screen.screenCell(x: 19, y: 3).text, "Z")
    }

    func testControlCharactersAreNeverWrittenRaw() {
        var b = buffer([])
        b.set(Cell("\u{7}"), x: 0, y: 0)
        b.set(Cell("\u{1B}"), x: 1, y: 0)
        screen.present(b)
        XCTAssertEqual(screen.screenCell(x: 0, y: 0).text, "\u{FFFD}")
        XCTAssertEqual(screen.screenCell(x: 1, y: 0).text, "\u{FFFD}")
    }

    func testStylesBecomeAttributesAndColourPairs() {
        XCTAssertEqual(screen.colorDepth, .palette256)
        let red = Style(foreground: .rgb(0xFF, 0, 0))
        let boldRed = red.adding(.bold)
        let blueOnGold = Style(foreground: .blue, background: .rgb(0xFF, 0xD7, 0))
        var b = buffer([])
        b.write("a", at: Point(x: 0, y: 0), style: red)
        b.write("b", at: Point(x: 1, y: 0), style: boldRed)
        b.write("c", at: Point(x: 2, y: 0), style: blueOnGold)
        b.write("d", at: Point(x: 3, y: 0))
        screen.present(b)
        let cells = (0..<4).map { screen.screenCell(x: $0, y: 0) }
        XCTAssertEqual(cells[0].pair, cells[1].pair, "same colours, same pair")
        XCTAssertNotEqual(cells[0].pair, 0)
        XCTAssertNotEqual(cells[2].pair, cells[0].pair)
        XCTAssertEqual(cells[3].pair, 0, "plain text keeps the terminal's colours")
        XCTAssertNotEqual(cells[1].attributes & screen.look(for: .plain.adding(.bold)).attributes, 0, "bold")
        XCTAssertEqual(cells[0].attributes & screen.look(for: .plain.adding(.bold)).attributes, 0, "not bold")
        XCTAssertEqual(screen.look(for: red).pair, cells[0].pair)
    }

    func testStopIsIdempotentAndAStoppedScreenIgnoresCalls() {
        screen.present(buffer(["x"]))
        screen.stop()
        screen.stop()
        screen.present(buffer(["y"]))
        XCTAssertEqual(screen.cellsDrawn, 20 * 4, "the last real present, untouched")
        XCTAssertNil(screen.readKey(timeoutMilliseconds: 0))
        XCTAssertEqual(screen.size, Size(width: 20, height: 4))
    }
}
