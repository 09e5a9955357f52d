// A mock ceremony: awards recorded through the form while a --present viewer in a second window follows.

import Foundation
import XCTest

final class AwardsEndToEndTests: XCTestCase {

    private func demoCopy() throws -> URL { try demoStoreCopy(prefix: "hoctap-awards") }

    /// The row of the branches' bars that names `branch`, as drawn in `screen`.
    private func row(_ branch: String, _ screen: [String]) -> String? { screen.first { $0.contains(branch) && $0.contains("█") } }

    /// Runs `hoctap check` on the store; returns its exit status and output.
    private func check(_ store: URL) throws -> (Int32, String) {
        let run = try ProgramRun.hoctap(["check", "--lang", "en", "--store", store.path])
        return (run.status, run.output)
    }

    func testAnAwardRecordedThroughTheFormMovesTheTallyOnThePresentViewer() throws {
        let store = try demoCopy()
        let binary = TmuxSession.hoctapBinary
        let env = "cd /tmp && env -u HOCTAP_STORE TERM=tmux-256color"
        let tmux = try TmuxSession(command: "\(env) '\(binary)' --store '\(store.path)'; echo \"hoctap-exit=$?\"; sleep 600",
                                   width: 100, height: 30)
        try tmux.run(["new-window", "-d", "-t", tmux.name, "-n", "hall",
                      "\(env) '\(binary)' --present --rotate 0 --store '\(store.path)'; sleep 600"])
        func hall() throws -> [String] {
            try tmux.run(["capture-pane", "-p", "-N", "-t", "\(tmux.name):hall"]).components(separatedBy: "\n")
        }
        func waitHall(_ condition: ([String]) -> Bool) throws -> (ok: Bool, screen: [String]) {
            let deadline = Date().addingTimeInterval(10)
            var screen = try hall()
            while !condition(screen) {
                if Date() > deadline { return (false, screen) }
                usleep(50_000)
                screen = try hall()
            }
            return (true, screen)
        }
        let school = "Trường THCS Sao Biển"
        try tmux.send("3")
        var r = try tmux.waitFor { self.row(school, $0)?.contains("253") == true }
        XCTAssertTrue(r.ok, "the clerk's awards pane never showed the branch:\n\(screenText(r.screen))")
        try tmux.run(["send-keys", "-t", "\(tmux.name):hall", "3"])
        var h = try waitHall { self.row(school, $0)?.contains("253") == true }
        XCTAssertTrue(h.ok, "the hall's awards pane never showed the branch:\n\(screenText(h.screen))")

        // The branch under the cursor is the first, the school; the form picks it.
        try tmux.send("a")
        r = try tmux.waitFor { self.screenText($0).contains("Ghi khen thưởng") }
        XCTAssertTrue(r.ok, screenText(r.screen))
        try tmux.send("-l", "Quách Thị Quỳnh")
        try tmux.send("Tab", "Tab")
        try tmux.send("-l", "Học sinh giỏi")
        try tmux.send("Tab", "Tab")
        try tmux.send("-l", "300k")
        r = try tmux.waitFor { self.screenText($0).contains("= 300.000 đ") }
        XCTAssertTrue(r.ok, "the amount is not shown formatted:\n\(screenText(r.screen))")
        try tmux.send("Enter")
        r = try tmux.waitFor { self.row(school, $0)?.contains("254") == true && !self.screenText($0).contains("Ghi khen thưởng") }
        XCTAssertTrue(r.ok, "the clerk's tally did not move:\n\(screenText(r.screen))")
        h = try waitHall { self.row(school, $0)?.contains("254") == true }
        XCTAssertTrue(h.ok, "the hall's tally did not move:\n\(screenText(h.screen))")
        XCTAssertTrue(screenText(h.screen).contains("Quách Thị Quỳnh"),
                      "the new award is not in the hall's latest, by its full name as read out:\n\(screenText(h.screen))")

        // The same name and category again, accents aside: the guard asks; Esc writes nothing.
        try tmux.send("a")
        try tmux.send("-l", "quach thi quynh")
        try tmux.send("Tab", "Tab")
        try tmux.send("-l", "hoc sinh gioi")
        try tmux.send("Enter")
        r = try tmux.waitFor { self.screenText($0).contains("Trùng?") }
        XCTAssertTrue(r.ok, "the double entry was not caught:\n\(screenText(r.screen))")
        try tmux.send("Escape")
        try tmux.send("Escape")
        r = try tmux.waitFor { !self.screenText($0).contains("Ghi khen thưởng") }
        XCTAssertTrue(r.ok, screenText(r.screen))
        XCTAssertTrue(row(school, r.screen)?.contains("254") == true, "the double was written:\n\(screenText(r.screen))")

        try tmux.send("q")
        r = try tmux.waitFor { self.screenText($0).contains("hoctap-exit=") }
        XCTAssertTrue(screenText(r.screen).contains("hoctap-exit=0"), screenText(r.screen))
        let (status, output) = try check(store)
        XCTAssertEqual(status, 0, output)
        XCTAssertTrue(output.contains("no problems"), output)
        let awards = try String(contentsOf: store.appendingPathComponent("awards.rec"), encoding: .utf8)
        XCTAssertEqual(awards.components(separatedBy: "Recipient: Quách Thị Quỳnh").count - 1, 1)
    }
}
