// Refusing a TERM that cannot carry a full-screen display, with a message a person can act on.

import Canvas
import XCTest

@testable import Terminal

final class TerminalErrorTests: XCTestCase {
    func testUnsetAndEmptyTERMAreRefused() {
        for value in [nil, "", "  "] as [String?] {
            let error = TerminalError.checkTERM(value)
            XCTAssertNotNil(error, "TERM=\(value ?? "(unset)")")
            XCTAssertTrue(error?.description.contains("TERM is not set") ?? false)
        }
    }

    func testDumbIsRefused() {
        let error = TerminalError.checkTERM("dumb")
        XCTAssertTrue(error?.description.contains("TERM=dumb") ?? false)
    }

    func testOrdinaryTERMsAreLeftToNcurses() {
        for value in ["xterm-256color", "tmux-256color", "screen", "linux", "nonexistent-term"] {
            XCTAssertNil(TerminalError.checkTERM(value), value)
        }
    }

    func testMessagesAreOneLine() {
        let errors = [
            TerminalError.checkTERM(nil), TerminalError.checkTERM("dumb"),
            TerminalError.unknownTERM("nonexistent-term"), TerminalError.notATerminal, TerminalError.noUTF8Locale,
        ]
        for error in errors {
            let text = error?.description ?? ""
            XCTAssertFalse(text.isEmpty)
            XCTAssertFalse(text.contains("\n"), text)
        }
        XCTAssertTrue(TerminalError.unknownTERM("nonexistent-term").description.contains("TERM=nonexistent-term"))
    }

    func testAnUnknownTERMIsATerminalErrorFromNcurses() {
        XCTAssertThrowsError(try TerminalScreen(headlessSize: Size(width: 20, height: 5), term: "nonexistent-term")) {
            XCTAssertEqual($0 as? TerminalError, TerminalError.unknownTERM("nonexistent-term"))
        }
        // ncurses is left usable: a known terminal starts right after.
        let screen = try? TerminalScreen(headlessSize: Size(width: 20, height: 5))
        XCTAssertEqual(screen?.size, Size(width: 20, height: 5))
        screen?.stop()
    }
}
