// The real binary in a real terminal (tmux): start, switch panes, resize, quit cleanly.

import Foundation
import XCTest

final class DashboardEndToEndTests: XCTestCase {
    /// Runs hoctap on the built-in demo under tmux and echoes its exit status afterwards.
    private func start(_ extraArguments: String = "", width: Int = 80, height: Int = 24) throws -> TmuxSession {
        let binary = TmuxSession.hoctapBinary
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: binary), "no binary at \(binary)")
        let command = "cd /tmp && env -u HOCTAP_STORE TERM=tmux-256color '\(binary)' \(extraArguments); echo \"hoctap-exit=$?\"; sleep 600"
        return try TmuxSession(command: command, width: width, height: height)
    }

    private func screenText(_ screen: [String]) -> String { screen.joined(separator: "\n") }

    func testStartSwitchPanesResizeAndQuit() throws {
        let tmux = try start()
        var r = try tmux.waitFor { self.screenText($0).contains("Tuần lễ hưởng ứng học tập suốt đời") }
        XCTAssertTrue(r.ok, "the campaign title never appeared:\n\(screenText(r.screen))")

        try tmux.send("Right")
        r = try tmux.waitFor { self.screenText($0).contains("lớp học, học viên") }
        XCTAssertTrue(r.ok, "Right did not open the classes pane:\n\(screenText(r.screen))")
        XCTAssertFalse(screenText(r.screen).contains("Tuần lễ hưởng ứng"), "the overview is still drawn")

        try tmux.send("Left")
        r = try tmux.waitFor { self.screenText($0).contains("Tuần lễ hưởng ứng học tập suốt đời") }
        XCTAssertTrue(r.ok, "Left did not come back to the overview:\n\(screenText(r.screen))")

        try tmux.resize(width: 60, height: 20)
        r = try tmux.waitFor { s in s.count == 20 && s.allSatisfy { $0.count <= 60 } && (s.last ?? "").contains("Thoát") && self.isClosedBox(s) }
        XCTAssertTrue(r.ok, "no clean redraw at 60×20:\n\(screenText(r.screen))")

        try tmux.resize(width: 80, height: 24)
        r = try tmux.waitFor { s in s.count == 24 && (s.last ?? "").contains("Thoát") && self.isClosedBox(s) && s[1].count == 80 }
        XCTAssertTrue(r.ok, "no clean redraw back at 80×24:\n\(screenText(r.screen))")

        try tmux.send("q")
        r = try tmux.waitFor { self.screenText($0).contains("hoctap-exit=") }
        XCTAssertTrue(screenText(r.screen).contains("hoctap-exit=0"), "q did not exit with status 0:\n\(screenText(r.screen))")
        XCTAssertFalse(screenText(r.screen).contains("Thoát"), "the dashboard is still on screen after q")
    }

    func testUnknownTermIsAOneLineErrorWithStatus2() throws {
        let binary = TmuxSession.hoctapBinary
        let tmux = try TmuxSession(command: "cd /tmp && TERM=no-such-terminal '\(binary)'; echo \"hoctap-exit=$?\"; sleep 600", width: 100, height: 10)
        let r = try tmux.waitFor { self.screenText($0).contains("hoctap-exit=") }
        XCTAssertTrue(screenText(r.screen).contains("hoctap-exit=2"), screenText(r.screen))
        XCTAssertTrue(screenText(r.screen).contains("no-such-terminal"), "the error does not name the TERM:\n\(screenText(r.screen))")
    }

    func testSigtermRestoresTheTerminalAndExitsZero() throws {
        let tmux = try start()
        var r = try tmux.waitFor { self.screenText($0).contains("Tuần lễ hưởng ứng học tập suốt đời") }
        XCTAssertTrue(r.ok, screenText(r.screen))
        let pid = try tmux.run(["list-panes", "-t", tmux.name, "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        // The pane's shell runs hoctap as its only child: signal that child.
        let children = try String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)
            .split(separator: " ").compactMap { Int32($0) }
        XCTAssertEqual(children.count, 1, "expected hoctap as the shell's one child, found \(children)")
        for child in children { kill(child, SIGTERM) }
        r = try tmux.waitFor { self.screenText($0).contains("hoctap-exit=") }
        XCTAssertTrue(screenText(r.screen).contains("hoctap-exit=0"), "SIGTERM did not end cleanly:\n\(screenText(r.screen))")
        XCTAssertFalse(screenText(r.screen).contains("Thoát"), "the dashboard is still on screen after SIGTERM")
    }

    /// Every row between the first and last border row of the pane box starts and ends with a border.
    private func isClosedBox(_ s: [String]) -> Bool {
        guard let top = s.firstIndex(where: { $0.hasPrefix("╭") }),
              let bottom = s.lastIndex(where: { $0.hasPrefix("╰") }), bottom > top else { return false }
        return s[top].hasSuffix("╮") && s[bottom].hasSuffix("╯")
            && s[(top + 1)..<bottom].allSatisfy { $0.hasPrefix("│") && $0.hasSuffix("│") }
    }
}
