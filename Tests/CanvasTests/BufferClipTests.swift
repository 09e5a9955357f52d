// Clipping: nothing is ever drawn past a clip rectangle or the edges of the buffer.

import XCTest
@testable import Canvas

final class BufferClipTests: XCTestCase {
    func testTextPastEveryBufferEdgeIsCut() {
        var buffer = makeBuffer(6, 3, fill: ".")
        buffer.write("abcdefghij", at: Point(x: -2, y: 1))
        buffer.write("top", at: Point(x: 0, y: -1))
        buffer.write("bottom", at: Point(x: 0, y: 3))
        buffer.write("right", at: Point(x: 4, y: 0))
        buffer.write("far", at: Point(x: 9, y: 2))
        assertFrame(buffer, ["....ri", "cdefgh", "......"])
    }

    func testTextStaysInsideTheClipRectangle() {
        var buffer = makeBuffer(7, 3, fill: ".")
        let clip = Rect(x: 2, y: 1, width: 3, height: 1)
        for y in -1...3 { buffer.write("abcdefg", at: Point(x: 0, y: y), clip: clip) }
        assertFrame(buffer, [".......", "..cde..", "......."])
    }

    func testClipRectangleOutsideTheBufferDrawsNothing() {
        var buffer = makeBuffer(4, 2, fill: ".")
        buffer.write("abcd", at: Point(x: 0, y: 0), clip: Rect(x: 10, y: 0, width: 3, height: 2))
        buffer.write("abcd", at: Point(x: 0, y: 1), clip: Rect(x: -5, y: 0, width: 3, height: 2))
        assertFrame(buffer, ["....", "...."])
    }

    func testWideCharacterCutByTheLeftEdgeLeavesABlank() {
        var buffer = makeBuffer(5, 2, fill: ".")
        buffer.write("中文", at: Point(x: -1, y: 0))
        buffer.write("中文", at: Point(x: 0, y: 1), clip: Rect(x: 1, y: 1, width: 4, height: 1))
        assertFrame(buffer, [" 文..", ". 文."])
    }

    func testWideCharacterCutByTheRightEdgeLeavesABlank() {
        var buffer = makeBuffer(5, 2, fill: ".")
        buffer.write("ab中", at: Point(x: 0, y: 0), clip: Rect(x: 0, y: 0, width: 3, height: 2))
        buffer.write("abcd中", at: Point(x: 0, y: 1))
        assertFrame(buffer, ["ab ..", "abcd "])
    }

    func testFillAndRestyleAreClipped() {
        var buffer = makeBuffer(4, 3, fill: ".")
        buffer.fill(Rect(x: 2, y: -1, width: 10, height: 2), with: Cell("#"))
        buffer.restyle(Rect(x: -3, y: 2, width: 4, height: 5)) { _ in Styles.a }
        assertFrame(buffer, ["..##", "....", "...."])
        XCTAssertEqual(styleLetters(buffer, ["a": Styles.a]), ["....", "....", "a..."])
    }

    func testSetOutsideTheBufferIsIgnored() {
        var buffer = makeBuffer(2, 2, fill: ".")
        for (x, y) in [(-1, 0), (0, -1), (2, 0), (0, 2)] { buffer.set(Cell("#"), x: x, y: y) }
        assertFrame(buffer, ["..", ".."])
    }
}
