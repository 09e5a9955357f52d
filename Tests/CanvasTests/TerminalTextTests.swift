/// The terminal-safe filter: controls become U+FFFD, Vietnamese text and line breaks stay as they are.

import Canvas
import XCTest

final class TerminalTextTests: XCTestCase {
    func testEscapesAndControlsBecomeReplacementCharacters() {
        let cases: [(String, String)] = [
            ("\u{1B}[2J", "\u{FFFD}[2J"),
            ("a\u{1B}]52;c;aGk=\u{07}b", "a\u{FFFD}]52;c;aGk=\u{FFFD}b"),
            ("\u{0}\u{7F}\u{85}\u{9B}", "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"),
            ("x\ry", "x\u{FFFD}y"),
            ("tab\there", "tab here"),
            ("\u{202E}nA\u{2066}", "\u{FFFD}nA\u{FFFD}"),
        ]
        for (hostile, shown) in cases {
            XCTAssertEqual(TerminalText.safe(hostile), shown, hostile.debugDescription)
        }
    }

    func testOrdinaryTextIsUnchanged() {
        let nfd = "Nguye\u{302}\u{303}n Thi\u{323} Hie\u{302}\u{300}n"
        for text in ["Nguyễn Thị Hiền\nLớp LH01\n", nfd, "500.000 đ · 68,6%", "👩‍👩‍👧 ZWJ", ""] {
            XCTAssertEqual(TerminalText.safe(text), text)
        }
    }
}
