// F2 inside tmux with TERM=linux: curses does not know tmux's ESC O Q, and the Q once quit the show.

import Foundation
import XCTest

final class FunctionKeysEndToEndTests: XCTestCase {
    func testF2UnderAMismatchedTermSwitchesTheThemeAndNeverQuits() throws {
        let store = try demoStoreCopy(prefix: "hoctap-fkeys")
        for term in ["linux", "rxvt", "vt220"] {
            let tmux = try TmuxSession(command: "cd /tmp && env -u HOCTAP_STORE TERM=\(term) '\(TmuxSession.hoctapBinary)' --store '\(store.path)'; "
                                       + "echo \"hoctap-exit=$?\"; sleep 600", width: 120, height: 40)
            let started = try tmux.waitFor { $0.joined().contains("Giao diện: default") }
            XCTAssertTrue(started.ok, started.screen.joined(separator: "\n"))
            try tmux.send("F2")
            let switched = try tmux.waitFor(timeout: 3) { $0.joined().contains("Giao diện: light") }
            XCTAssertTrue(switched.ok, "\(term): F2 switches the theme\n" + switched.screen.joined(separator: "\n"))
            try tmux.send("F5")
            usleep(300_000)
            XCTAssertFalse(try tmux.capture().joined().contains("hoctap-exit"), "\(term): a function key never quits")
            // F5 put it in presentation mode, where quitting takes two presses.
            try tmux.send("q")
            try tmux.send("q")
            let quit = try tmux.waitFor { $0.joined().contains("hoctap-exit=0") }
            XCTAssertTrue(quit.ok, quit.screen.joined(separator: "\n"))
        }
    }
}
