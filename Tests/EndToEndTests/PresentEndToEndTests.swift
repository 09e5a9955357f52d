// The projected viewer (`--present`) follows the store as the clerk records: an award added by
// another process, the agenda moved on by the clerk's key; SIGTERM restores the terminal.

import Foundation
import XCTest

final class PresentEndToEndTests: XCTestCase {

    /// How long a screen may take to show what is awaited: these tests assert what the projector
    /// shows, not how fast (on a busy two-core machine a frame can take seconds).
    private let patience: TimeInterval = 30

    private func demoCopy() throws -> URL { try demoStoreCopy(prefix: "hoctap-present") }

    /// Runs hoctap with `arguments` under tmux at 120×40 and waits for the campaign's title.
    private func start(_ arguments: String, width: Int = 120, height: Int = 40) throws -> TmuxSession {
        let binary = TmuxSession.hoctapBinary
        let command = "cd /tmp && env -u HOCTAP_STORE TERM=tmux-256color '\(binary)' \(arguments); echo \"hoctap-exit=$?\"; sleep 600"
        let tmux = try TmuxSession(command: command, width: width, height: height)
        let r = try tmux.waitFor(timeout: patience) { self.screenText($0).contains("Tuần lễ hưởng ứng học tập suốt đời") }
        XCTAssertTrue(r.ok, "the campaign never appeared:\n\(screenText(r.screen))")
        return tmux
    }

    /// Runs `hoctap ARGS…` to completion and returns its exit status.
    private func hoctap(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TmuxSession.hoctapBinary)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    func testAnAwardAddedElsewhereShowsOnTheViewerAndSigtermRestores() throws {
        let store = try demoCopy()
        let viewer = try start("--present --rotate 0 --store '\(store.path)'")
        let first = try viewer.capture()
        XCTAssertFalse(screenText(first).contains("Thoát"), "no hint bar on the projector")
        XCTAssertTrue(screenText(first).contains("cập nhật lúc"))
        XCTAssertFalse(screenText(first).contains("Phạm Thị Ngọc Lan"))

        let added = Date()
        XCTAssertEqual(try hoctap(["add", "award", "--store", store.path, "--Recipient", "Phạm Thị Ngọc Lan", "--Kind", "student",
                                   "--Category", "Học sinh giỏi", "--Branch", "KP01", "--Amount", "300000"]), 0)
        // The full name, as the hall hears it read out.
        var r = try viewer.waitFor(timeout: patience) { self.screenText($0).contains("Phạm Thị Ngọc Lan") }
        let latency = Date().timeIntervalSince(added)
        XCTAssertTrue(r.ok, "the new award did not reach the viewer:\n\(screenText(r.screen))")
        print("present: add award to viewer in \(Int(latency * 1000)) ms (process start and tmux capture included)")

        kill(try viewer.programProcessID(), SIGTERM)
        r = try viewer.waitFor(timeout: patience) { self.screenText($0).contains("hoctap-exit=") }
        XCTAssertTrue(screenText(r.screen).contains("hoctap-exit=0"), "SIGTERM did not end cleanly:\n\(screenText(r.screen))")
        XCTAssertFalse(screenText(r.screen).contains("cập nhật lúc"), "the dashboard is still on screen after SIGTERM")
    }

    func testTheClerksAgendaKeyMovesTheViewer() throws {
        let store = try demoCopy()
        let viewer = try start("--present --rotate 0 --store '\(store.path)'")
        let clerk = try start("--store '\(store.path)'", width: 120, height: 40)
        // The demo's ceremony was held on 06/10/2022, logged up to "Phát động Tuần lễ": on another
        // day the viewer shows it as held, with nothing under way.
        var r = try viewer.waitFor(timeout: patience) { self.screenText($0).contains("ĐÃ DIỄN RA · ngày 06/10/2022") }
        XCTAssertTrue(r.ok, screenText(r.screen))
        XCTAssertFalse(screenText(r.screen).contains("Tiếp theo"), screenText(r.screen))
        let pressed = Date()
        try clerk.send("n")
        r = try viewer.waitFor(timeout: patience) { screen in
            let text = self.screenText(screen)
            // The clerk's n logs the next item now: under way today, and the one after it is next.
            return text.contains("ĐANG DIỄN RA") && text.contains("Tiếp theo: 09:05")
        }
        let latency = Date().timeIntervalSince(pressed)
        XCTAssertTrue(r.ok, "the viewer did not move on:\n\(screenText(r.screen))")
        print("present: clerk's agenda key to viewer in \(Int(latency * 1000)) ms (tmux capture included)")
        let log = try String(contentsOf: store.appendingPathComponent("ceremony.rec"), encoding: .utf8)
        XCTAssertTrue(log.hasSuffix("Seq: 6\n") || log.contains("Seq: 6\nAt: "), "the step is written to ceremony.rec:\n\(log.suffix(200))")
        try clerk.send("q")
        // The projector asks before it quits: one q says how, the second quits.
        try viewer.send("q")
        let asked = try viewer.waitFor(timeout: patience) { self.screenText($0).contains("Nhấn q lần nữa để thoát") }
        XCTAssertTrue(asked.ok, "the first q on the projector did not ask:\n\(screenText(asked.screen))")
        XCTAssertFalse(screenText(asked.screen).contains("hoctap-exit"), "the first q quit the projector")
        try viewer.send("q")
        let quit = try viewer.waitFor(timeout: patience) { self.screenText($0).contains("hoctap-exit=0") }
        XCTAssertTrue(quit.ok, "the second q did not quit:\n\(screenText(quit.screen))")
    }
}

/// Names on the projector: whole by default, as read out in the hall; `--names short` shortens them.
final class ProjectorNamesEndToEndTests: XCTestCase {
    func testFullNamesByDefaultAndShortOnRequest() throws {
        let store = try demoStoreCopy(prefix: "hoctap-names")
        let args = ["render", "--store", store.path, "--pane", "awards", "--size", "120x40", "--present"]
        let full = try ProgramRun.hoctap(args)
        XCTAssertEqual(full.status, 0, full.output)
        let short = try ProgramRun.hoctap(args + ["--names", "short"])
        XCTAssertEqual(short.status, 0, short.output)
        let initials = try NSRegularExpression(pattern: "\\p{Lu}\\.(\\p{Lu}\\.)+")
        func count(_ text: String) -> Int { initials.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text)) }
        XCTAssertEqual(count(full.output), 0, full.output)
        XCTAssertGreaterThan(count(short.output), 3, short.output)
        let bad = try ProgramRun.hoctap(args + ["--names", "initials"])
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.output.contains("--names nhận full hoặc short"), bad.output)
    }
}
