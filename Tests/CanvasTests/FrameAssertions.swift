// Test helpers: compare a buffer with an expected frame written as lines of text.

import Foundation
import XCTest
@testable import Canvas

/// A buffer of `width`×`height` filled with `fill`, so that what a widget leaves alone shows.
func makeBuffer(_ width: Int, _ height: Int, fill: Character = " ") -> Buffer {
    Buffer(size: Size(width: width, height: height), fill: Cell(fill))
}

/// Asserts that `buffer` reads as `expected`, line by line, and that its wide characters are
/// whole (every continuation follows a wide cell and every wide cell has its continuation).
func assertFrame(
    _ buffer: Buffer, _ expected: [String], file: StaticString = #filePath, line: UInt = #line
) {
    for (i, row) in expected.enumerated() where row.displayWidth != buffer.size.width {
        XCTFail("expected row \(i) is \(row.displayWidth) wide, buffer is \(buffer.size.width)", file: file, line: line)
    }
    let actual = buffer.lines
    if actual != expected {
        var report = "frame differs (- expected, + actual):\n"
        for i in 0..<max(actual.count, expected.count) {
            let a = i < actual.count ? actual[i] : "∅", e = i < expected.count ? expected[i] : "∅"
            report += a == e ? "  |\(a)|\n" : "- |\(e)|\n+ |\(a)|\n"
        }
        XCTFail(report, file: file, line: line)
    }
    assertWideCellsWhole(buffer, file: file, line: line)
}

/// Asserts the wide-character invariant of the grid.
func assertWideCellsWhole(_ buffer: Buffer, file: StaticString = #filePath, line: UInt = #line) {
    for y in 0..<buffer.size.height {
        for x in 0..<buffer.size.width {
            let c = buffer[x, y]
            if c.isContinuation {
                XCTAssert(x > 0 && buffer[x - 1, y].width == 2, "orphan continuation at \(x),\(y)", file: file, line: line)
            }
            if c.width == 2 {
                XCTAssert(x + 1 < buffer.size.width && buffer[x + 1, y].isContinuation,
                          "wide cell without its right half at \(x),\(y)", file: file, line: line)
            }
        }
    }
}

/// The style layer with one letter per role in `legend`, "." for anything else.
func styleLetters(_ buffer: Buffer, _ legend: [Character: Style]) -> [String] {
    buffer.styleLayer { style in legend.first { $0.value == style }?.key ?? "." }
}

/// Decomposed (NFD) form, as Unikey's "tổ hợp" and macOS copies deliver it.
func nfd(_ s: String) -> String { s.decomposedStringWithCanonicalMapping }
/// Composed (NFC) form.
func nfc(_ s: String) -> String { s.precomposedStringWithCanonicalMapping }

/// Distinct styles for tests, told apart in the style layer.
enum Styles {
    static let a = Style(foreground: .red)
    static let b = Style(foreground: .green)
    static let c = Style(foreground: .blue, attributes: .bold)
    static let bg = Style(background: .indexed(8))
}
