// Writing text into the buffer: composed and decomposed Vietnamese, CJK, marks, controls, emoji.

import Foundation
import XCTest
@testable import Canvas

final class BufferWriteTests: XCTestCase {
    // MARK: Vietnamese, composed and decomposed

    func testNFCAndNFDNamesWriteToTheSameColumns() {
        let composed = nfc("Nguyễn Thị Thuỷ"), decomposed = nfd(composed)
        var a = makeBuffer(20, 1), b = makeBuffer(20, 1)
        let endA = a.write(composed, at: Point(x: 0, y: 0))
        let endB = b.write(decomposed, at: Point(x: 0, y: 0))
        XCTAssertEqual(endA, 15)
        XCTAssertEqual(endB, 15)
        a.write("|next", at: Point(x: endA, y: 0))
        b.write("|next", at: Point(x: endB, y: 0))
        for x in 0..<20 {
            XCTAssertEqual(a[x, 0].width, b[x, 0].width, "column \(x)")
            XCTAssertEqual(a[x, 0].character, b[x, 0].character, "column \(x)")  // canonical equality
        }
        XCTAssertEqual(b[15, 0].character, "|", "text after the name does not drift")
        XCTAssertEqual(b[4, 0].character.map { String($0).unicodeScalars.count }, 3, "ễ stays decomposed in its cell")
        assertFrame(b, ["Nguyễn Thị Thuỷ|next"])
    }

    func testDecomposedTextNeverLeavesAMarkInACellOfItsOwn() {
        var buffer = makeBuffer(12, 1)
        buffer.write(nfd("Hoà Đồng"), at: Point(x: 0, y: 0))
        for x in 0..<12 {
            let first = buffer[x, 0].character?.unicodeScalars.first
            XCTAssertFalse(first.map { DisplayWidth.of(scalar: $0) == 0 } ?? false, "mark alone at \(x)")
        }
        assertFrame(buffer, ["Hoà Đồng    "])
    }

    // MARK: Wide characters

    func testCJKTakesTwoCellsWithTheRightHalfAContinuation() {
        var buffer = makeBuffer(6, 1)
        XCTAssertEqual(buffer.write("中文ab", at: Point(x: 0, y: 0)), 6)
        XCTAssertEqual(buffer[0, 0].character, "中")
        XCTAssertEqual(buffer[0, 0].width, 2)
        XCTAssertTrue(buffer[1, 0].isContinuation)
        XCTAssertEqual(buffer[2, 0].character, "文")
        XCTAssertTrue(buffer[3, 0].isContinuation)
        XCTAssertEqual(buffer[4, 0].character, "a")
        assertFrame(buffer, ["中文ab"])
    }

    func testOverwritingTheRightHalfBlanksTheLeftHalf() {
        var buffer = makeBuffer(4, 1)
        buffer.write("中文", at: Point(x: 0, y: 0))
        buffer.write("x", at: Point(x: 1, y: 0))
        assertFrame(buffer, [" x文"])
        XCTAssertEqual(buffer[0, 0].width, 1)
    }

    func testOverwritingTheLeftHalfBlanksTheRightHalf() {
        var buffer = makeBuffer(4, 1)
        buffer.write("中文", at: Point(x: 0, y: 0))
        buffer.write("x", at: Point(x: 2, y: 0))
        assertFrame(buffer, ["中x "])
        XCTAssertFalse(buffer[3, 0].isContinuation)
    }

    func testAWideCharacterAcrossTwoOthersBlanksBothOuterHalves() {
        var buffer = makeBuffer(4, 1)
        buffer.write("中文", at: Point(x: 0, y: 0))
        buffer.write("字", at: Point(x: 1, y: 0))
        assertFrame(buffer, [" 字 "])
    }

    // MARK: Marks, controls, emoji

    func testCombiningMarkAtColumnZeroTakesNoCell() {
        var buffer = makeBuffer(5, 1)
        XCTAssertEqual(buffer.write("\u{301}abc", at: Point(x: 0, y: 0)), 3)
        assertFrame(buffer, ["abc  "])
    }

    func testControlCharactersAreNeverWrittenRaw() {
        var buffer = makeBuffer(10, 1)
        buffer.write("a\u{7}b\u{1B}[1m\u{7F}\u{85}\t", at: Point(x: 0, y: 0))
        assertFrame(buffer, ["a\u{FFFD}b\u{FFFD}[1m\u{FFFD}\u{FFFD} "])
        for x in 0..<10 {
            let v = buffer[x, 0].character!.unicodeScalars.first!.value
            XCTAssertFalse(v < 0x20 || (0x7F..<0xA0).contains(v), "raw control at \(x)")
        }
    }

    func testNewlineDoesNotBreakTheRow() {
        var buffer = makeBuffer(5, 2)
        buffer.write("ab\r\ncd", at: Point(x: 0, y: 0))
        assertFrame(buffer, ["ab cd", "     "])
    }

    func testEmojiWithAndWithoutPresentationSelector() {
        var buffer = makeBuffer(6, 3)
        XCTAssertEqual(buffer.write("😀x", at: Point(x: 0, y: 0)), 3)
        XCTAssertEqual(buffer.write("❤x", at: Point(x: 0, y: 1)), 2)
        XCTAssertEqual(buffer.write("❤\u{FE0F}x", at: Point(x: 0, y: 2)), 3)
        assertFrame(buffer, ["😀x   ", "❤x    ", "❤\u{FE0F}x   "])
        XCTAssertTrue(buffer[1, 2].isContinuation)
        XCTAssertFalse(buffer[1, 1].isContinuation)
    }
}
