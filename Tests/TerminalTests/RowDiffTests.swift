// Which cells a present hands to ncurses, and the characters each cell becomes.

import Canvas
import XCTest

@testable import Terminal

final class RowDiffTests: XCTestCase {
    func row(_ text: String, width: Int = 10) -> Buffer {
        var b = Buffer(size: Size(width: width, height: 1))
        b.write(text, at: Point(x: 0, y: 0))
        return b
    }

    func diff(_ old: Buffer, _ new: Buffer, width: Int = 10) -> [Int] {
        RowDiff.columns(old: old, new: new, row: 0, width: width)
    }

    func testNothingChangedDrawsNothing() {
        XCTAssertEqual(diff(row("Tuần lễ"), row("Tuần lễ")), [])
    }

    func testOneChangedCell() {
        XCTAssertEqual(diff(row("Tuần lễ"), row("Tuần lể")), [6])
    }

    func testWideReplacedByNarrowDrawsBothHalves() {
        XCTAssertEqual(diff(row("ab中cd"), row("abxycd")), [2, 3])
    }

    func testNarrowReplacedByWideDrawsTheWideCharacterOnce() {
        XCTAssertEqual(diff(row("abxycd"), row("ab中cd")), [2])
    }

    func testAChangedRightHalfRedrawsItsLeftHalf() {
        let old = row("ab中cd")
        var new = old
        new.restyle(Rect(x: 3, y: 0, width: 1, height: 1)) { $0.adding(.bold) }
        XCTAssertEqual(diff(old, new), [2])
    }

    func testAShiftedWideCharacter() {
        XCTAssertEqual(diff(row("ab中cd"), row("ab 中d")), [2, 3])
    }

    func testChangesBeyondTheClipAreIgnored() {
        XCTAssertEqual(diff(row("abcdefghij"), row("abcdefghiX"), width: 8), [])
    }

    func testAnOrphanRightHalfIsDrawn() {
        var b = Buffer(size: Size(width: 3, height: 1))
        b.set(.continuation(.plain), x: 0, y: 0)
        XCTAssertTrue(RowDiff.isDrawn(b, x: 0, y: 0))
        XCTAssertFalse(RowDiff.isDrawn(row("中"), x: 1, y: 0))
    }

    func testGlyphScalars() {
        XCTAssertEqual(CellGlyph.scalars(of: Cell("a"), limit: 5), [0x61])
        XCTAssertEqual(CellGlyph.scalars(of: Cell("e\u{0323}\u{0302}"), limit: 5), [0x65, 0x323, 0x302])
        let long = Cell(Character("a\u{300}\u{301}\u{302}\u{303}\u{304}\u{305}"))
        XCTAssertEqual(CellGlyph.scalars(of: long, limit: 5), [0x61, 0x300, 0x301, 0x302, 0x303])
        XCTAssertEqual(CellGlyph.scalars(of: Cell("\u{7}"), limit: 5), [0xFFFD])
        XCTAssertEqual(CellGlyph.scalars(of: Cell("\u{9B}"), limit: 5), [0xFFFD])
        XCTAssertEqual(CellGlyph.scalars(of: .continuation(.plain), limit: 5), [0x20])
    }
}
