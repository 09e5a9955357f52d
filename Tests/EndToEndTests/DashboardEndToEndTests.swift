// The real binary in a real terminal (tmux): start, switch panes, resize, quit cleanly.

import Foundation
import XCTest

final class DashboardEndToEndTests: XCTestCase {
    /// Runs hoctap on the demo under tmux and echoes its exit status afterwards. The user's data
    /// folder is a fresh temporary one, so the writable copy of the demo is made from scratch.
    private func start(_ extraArguments: String = "", width: Int = 80, height: Int = 24, data given: URL? = nil) throws -> TmuxSession {
        let binary = TmuxSession.hoctapBinary
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: binary), "no binary at \(binary)")
        let data = given ?? FileManager.default.temporaryDirectory.appendingPathComponent("hoctap-data-\(getpid())-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: data) }
        let command = "cd /tmp && env -u HOCTAP_STORE XDG_DATA_HOME='\(data.path)' TERM=tmux-256color '\(binary)' \(extraArguments); "
            + "echo \"hoctap-exit=$?\"; sleep 600"
        return try TmuxSession(command: command, width: width, height: height)
    }


    func testStartSwitchPanesResizeAndQuit() throws {
        let tmux = try start()
        var r = try tmux.waitFor { self.screenText($0).contains("Tuần lễ hưởng ứng học tập suốt đời") }
        XCTAssertTrue(r.ok, "the campaign title never appeared:\n\(screenText(r.screen))")

        try tmux.send("Right")
        r = try tmux.waitFor { self.screenText($0).contains("╭ Lớp học") }
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

    /// A copy of the demo made by an older program (another demo, no mark) is moved aside whole,
    /// and the dashboard opens a fresh copy of this program's demo.
    func testACopyOfAnOlderDemoIsMovedAsideAndMadeAnew() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("hoctap-data-old-\(getpid())-\(UUID().uuidString)")
        let old = data.appendingPathComponent("hoctap/demo")
        let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/StoreDemo/Demo")
        try FileManager.default.createDirectory(at: old, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: demo.path) {
            let text = try String(contentsOf: demo.appendingPathComponent(name), encoding: .utf8)
            try text.replacingOccurrences(of: "Quảng Châu", with: "Hòa Bình").write(to: old.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let tmux = try start(data: data)
        let r = try tmux.waitFor { self.screenText($0).contains("Quảng Châu") }
        XCTAssertTrue(r.ok, "the old copy is still shown:\n\(screenText(r.screen))")
        let folders = try FileManager.default.contentsOfDirectory(atPath: data.appendingPathComponent("hoctap").path)
        let aside = try XCTUnwrap(folders.first { $0.hasPrefix("demo-cũ-") }, "nothing moved aside: \(folders)")
        let kept = try String(contentsOf: data.appendingPathComponent("hoctap/\(aside)/campaign.rec"), encoding: .utf8)
        XCTAssertTrue(kept.contains("Ward: Phường Hòa Bình"), "the old copy was not kept whole")
        let mark = try String(contentsOf: old.appendingPathComponent(".hoctap-demo"), encoding: .utf8)
        XCTAssertTrue(mark.contains("campaign.rec "), mark)
        try tmux.send("q")
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
        kill(try tmux.programProcessID(), SIGTERM)
        r = try tmux.waitFor { self.screenText($0).contains("hoctap-exit=") }
        XCTAssertTrue(screenText(r.screen).contains("hoctap-exit=0"), "SIGTERM did not end cleanly:\n\(screenText(r.screen))")
        XCTAssertFalse(screenText(r.screen).contains("Thoát"), "the dashboard is still on screen after SIGTERM")
    }

    /// Ctrl-\ (SIGQUIT) ends the dashboard like SIGTERM: the terminal restored, status 0, and no
    /// backtrace drawn over the screen waiting for a key.
    func testCtrlBackslashRestoresTheTerminalAndExitsZero() throws {
        let tmux = try start()
        var r = try tmux.waitFor { self.screenText($0).contains("Tuần lễ hưởng ứng học tập suốt đời") }
        XCTAssertTrue(r.ok, screenText(r.screen))
        try tmux.send("C-\\")
        r = try tmux.waitFor { self.screenText($0).contains("hoctap-exit=") }
        XCTAssertTrue(screenText(r.screen).contains("hoctap-exit=0"), "Ctrl-\\ did not end cleanly:\n\(screenText(r.screen))")
        XCTAssertFalse(screenText(r.screen).contains("Thoát"), "the dashboard is still on screen after Ctrl-\\")
        XCTAssertFalse(screenText(r.screen).contains("Backtrace") || screenText(r.screen).contains("Crashed"),
                       "the runtime's backtracer ran:\n\(screenText(r.screen))")
    }

    func testDecomposedVietnameseDoesNotShiftColumnsAndF2ChangesTheTheme() throws {
        // A copy of the demo store written in NFD, as Unikey's "tổ hợp" or a macOS copy gives it.
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("hoctap-nfd-\(getpid())")
        try? FileManager.default.removeItem(at: store)
        try FileManager.default.createDirectory(at: store, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: store) }
        let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/StoreDemo/Demo")
        for name in try FileManager.default.contentsOfDirectory(atPath: demo.path) {
            let text = try String(contentsOf: demo.appendingPathComponent(name), encoding: .utf8)
            try text.decomposedStringWithCanonicalMapping.write(to: store.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let tmux = try start("--store '\(store.path)'", width: 80, height: 24)
        var r = try tmux.waitFor { self.isClosedBox($0) && self.screenText($0).contains("Quảng Châu") }
        XCTAssertTrue(r.ok, "no tidy frame:\n\(screenText(r.screen))")
        for (i, row) in r.screen.enumerated() where row.hasPrefix("│") {
            XCTAssertEqual(row.count, 80, "row \(i) drifted: \(row)")
        }
        try tmux.send("F2")
        r = try tmux.waitFor { ($0.count > 22 ? $0[22] : "").contains("light") }
        XCTAssertTrue(r.ok, "F2 did not switch to the next theme:\n\(screenText(r.screen))")
        try tmux.send("q")
        r = try tmux.waitFor { self.screenText($0).contains("hoctap-exit=") }
        XCTAssertTrue(screenText(r.screen).contains("hoctap-exit=0"), screenText(r.screen))
    }

    /// Every row between the first and last border row of the pane box starts and ends with a border.
    private func isClosedBox(_ s: [String]) -> Bool {
        guard let top = s.firstIndex(where: { $0.hasPrefix("╭") }),
              let bottom = s.lastIndex(where: { $0.hasPrefix("╰") }), bottom > top else { return false }
        return s[top].hasSuffix("╮") && s[bottom].hasSuffix("╯")
            && s[(top + 1)..<bottom].allSatisfy { $0.hasPrefix("│") && $0.hasSuffix("│") }
    }
}
