// The running dashboard follows its store: an editor save shows up, a bad edit is named and held back.

import Foundation
import XCTest

final class LiveReloadEndToEndTests: XCTestCase {
    private let oldTitle = "Tuần lễ hưởng ứng học tập suốt đời năm 2022"
    private let newTitle = "Ngày hội học tập cả phường"


    private func demoCopy() throws -> URL { try demoStoreCopy(prefix: "hoctap-live") }

    /// Replaces `file` as an editor does: a temporary file beside it, renamed over it.
    private func renameSave(_ text: String, _ file: URL) throws {
        let temp = file.deletingLastPathComponent().appendingPathComponent(".\(file.lastPathComponent).tmp-e2e")
        try Data(text.utf8).write(to: temp)
        XCTAssertEqual(rename(temp.path, file.path), 0)
    }

    /// Runs hoctap under tmux on `store` and waits for the overview.
    private func start(_ store: URL) throws -> TmuxSession {
        let binary = TmuxSession.hoctapBinary
        let command = "cd /tmp && env -u HOCTAP_STORE TERM=tmux-256color '\(binary)' --store '\(store.path)'; echo \"hoctap-exit=$?\"; sleep 600"
        let tmux = try TmuxSession(command: command, width: 100, height: 30)
        let r = try tmux.waitFor { self.screenText($0).contains(self.oldTitle) }
        XCTAssertTrue(r.ok, "the campaign title never appeared:\n\(screenText(r.screen))")
        return tmux
    }

    func testAnAppendByAnotherProcessReachesTheScreen() throws {
        let store = try demoCopy()
        let tmux = try start(store)
        let awards = store.appendingPathComponent("awards.rec")
        let lines = try String(contentsOf: awards, encoding: .utf8).components(separatedBy: "\n").count
        // A record whose date is wrong: the only thing an appended award changes on the overview is the badge.
        let record = "\nId: KT9999\nDate: 2023-02-30\nRecipient: Trần Thị Mai\nKind: student\nCategory: Học sinh giỏi\nBranch: TR02\n"
        let badLine = lines + 2
        let handle = try FileHandle(forWritingTo: awards)
        try handle.seekToEnd()
        let appended = Date()
        try handle.write(contentsOf: Data(record.utf8))
        try handle.close()
        let r = try tmux.waitFor(timeout: 3) { self.screenText($0).contains("awards.rec:\(badLine)") }
        let latency = Date().timeIntervalSince(appended)
        XCTAssertTrue(r.ok, "the appended record's problem did not appear within 3 s:\n\(screenText(r.screen))")
        print("live reload: append to screen in \(Int(latency * 1000)) ms (tmux capture included)")
        try tmux.send("q")
    }

    func testAnEditorSaveReachesTheScreenAndABadEditIsHeldBack() throws {
        let store = try demoCopy()
        let tmux = try start(store)
        let campaign = store.appendingPathComponent("campaign.rec")
        let original = try String(contentsOf: campaign, encoding: .utf8)
        let renamed = original.replacingOccurrences(of: oldTitle, with: newTitle)
        XCTAssertNotEqual(renamed, original)
        let saved = Date()
        try renameSave(renamed, campaign)
        var r = try tmux.waitFor(timeout: 3) { self.screenText($0).contains(self.newTitle) }
        let latency = Date().timeIntervalSince(saved)
        XCTAssertTrue(r.ok, "the new title did not appear within 3 s:\n\(screenText(r.screen))")
        print("live reload: rename-save to screen in \(Int(latency * 1000)) ms (tmux capture included)")

        let broken = renamed.replacingOccurrences(of: "WeekStart: 2022-10-01", with: "WeekStart: 2022-13-45")
        XCTAssertNotEqual(broken, renamed)
        let lines = broken.components(separatedBy: "\n")
        let badLine = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("WeekStart:") }) + 1
        try renameSave(broken, campaign)
        r = try tmux.waitFor(timeout: 3) { self.screenText($0).contains("campaign.rec:\(badLine)") }
        XCTAssertTrue(r.ok, "no badge naming campaign.rec:\(badLine):\n\(screenText(r.screen))")
        XCTAssertTrue(screenText(r.screen).contains(newTitle), "the last good title left the screen:\n\(screenText(r.screen))")

        try renameSave(original, campaign)
        r = try tmux.waitFor(timeout: 3) { s in
            self.screenText(s).contains(self.oldTitle) && !self.screenText(s).contains("campaign.rec:")
        }
        XCTAssertTrue(r.ok, "the fixed file was not taken back in:\n\(screenText(r.screen))")

        try tmux.send("q")
        r = try tmux.waitFor { self.screenText($0).contains("hoctap-exit=") }
        XCTAssertTrue(screenText(r.screen).contains("hoctap-exit=0"), screenText(r.screen))
    }
}
