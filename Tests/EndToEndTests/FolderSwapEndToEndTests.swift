/// The running dashboard follows its store's path: a folder swapped by renames, deleted, and made again.

import Foundation
import XCTest

final class FolderSwapEndToEndTests: XCTestCase {
    private let oldTitle = "Tuần lễ hưởng ứng học tập suốt đời năm 2022"
    private let newTitle = "Ngày hội học tập cả phường"

    func testTheDashboardFollowsASwappedDeletedAndRecreatedFolder() throws {
        let store = try demoStoreCopy(prefix: "hoctap-swap")
        let path = store.path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path + ".old") }
        let binary = TmuxSession.hoctapBinary
        let command = "cd /tmp && env -u HOCTAP_STORE TERM=tmux-256color '\(binary)' --store '\(path)'; echo \"hoctap-exit=$?\"; sleep 600"
        let tmux = try TmuxSession(command: command, width: 120, height: 30)
        var r = try tmux.waitFor { self.screenText($0).contains(self.oldTitle) }
        XCTAssertTrue(r.ok, "the campaign title never appeared:\n\(screenText(r.screen))")

        // mv store store.old && mv store.new store, the new one with another title.
        let fresh = path + ".new"
        try FileManager.default.copyItem(atPath: path, toPath: fresh)
        let campaign = fresh + "/campaign.rec"
        let text = try String(contentsOfFile: campaign, encoding: .utf8)
        try Data(text.replacingOccurrences(of: oldTitle, with: newTitle).utf8).write(to: URL(fileURLWithPath: campaign))
        XCTAssertEqual(rename(path, path + ".old"), 0)
        XCTAssertEqual(rename(fresh, path), 0)
        r = try tmux.waitFor(timeout: 3) { self.screenText($0).contains(self.newTitle) }
        XCTAssertTrue(r.ok, "the swapped-in folder was not read:\n\(screenText(r.screen))")

        // Deleted: the last data stays, with an error saying so.
        try FileManager.default.removeItem(atPath: path)
        r = try tmux.waitFor(timeout: 3) { self.screenText($0).contains("biến mất") }
        XCTAssertTrue(r.ok, "no word that the folder is gone:\n\(screenText(r.screen))")
        XCTAssertTrue(screenText(r.screen).contains(newTitle), "the last data left the screen:\n\(screenText(r.screen))")

        // Made again: read, and followed for later changes.
        try FileManager.default.copyItem(atPath: path + ".old", toPath: path)
        r = try tmux.waitFor(timeout: 3) { self.screenText($0).contains(self.oldTitle) && !self.screenText($0).contains("biến mất") }
        XCTAssertTrue(r.ok, "the recreated folder was not read:\n\(screenText(r.screen))")
        let saved = path + "/.campaign.rec.tmp-e2e"
        try Data(text.replacingOccurrences(of: oldTitle, with: newTitle).utf8).write(to: URL(fileURLWithPath: saved))
        XCTAssertEqual(rename(saved, path + "/campaign.rec"), 0)
        r = try tmux.waitFor(timeout: 3) { self.screenText($0).contains(self.newTitle) }
        XCTAssertTrue(r.ok, "a change in the recreated folder was not seen:\n\(screenText(r.screen))")

        try tmux.send("q")
        r = try tmux.waitFor { self.screenText($0).contains("hoctap-exit=") }
        XCTAssertTrue(r.ok)
    }
}
