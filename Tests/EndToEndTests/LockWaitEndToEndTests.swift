// A write from the form while another program holds the store's lock: the screen says it waits, then writes when the lock is let go.

import Foundation
import XCTest

final class LockWaitEndToEndTests: XCTestCase {
    func testAFormWriteWaitsOnTheStatusLineAndGoesInOnceTheLockIsFree() throws {
        let store = try demoStoreCopy(prefix: "hoctap-lockwait")
        // Another program holding the lock: this test, with an flock on the store's lock file.
        let fd = open(store.appendingPathComponent(".hoctap.lock").path, O_RDWR | O_CREAT, 0o644)
        XCTAssertGreaterThanOrEqual(fd, 0)
        defer { close(fd) }
        XCTAssertEqual(flock(fd, LOCK_EX), 0)

        let env = "cd /tmp && env -u HOCTAP_STORE TERM=tmux-256color"
        let tmux = try TmuxSession(command: "\(env) '\(TmuxSession.hoctapBinary)' --store '\(store.path)'; sleep 600",
                                   width: 100, height: 30)
        let school = "Trường THCS Sao Biển"
        func bar(_ screen: [String]) -> String? { screen.first { $0.contains(school) && $0.contains("█") } }
        try tmux.send("3")
        var r = try tmux.waitFor { bar($0)?.contains("253") == true }
        XCTAssertTrue(r.ok, screenText(r.screen))
        try tmux.send("a")
        r = try tmux.waitFor { self.screenText($0).contains("Ghi khen thưởng") }
        XCTAssertTrue(r.ok, screenText(r.screen))
        try tmux.send("-l", "Lò Văn Chờ")
        try tmux.send("Tab", "Tab")
        try tmux.send("-l", "Học sinh giỏi")
        try tmux.send("Enter")
        r = try tmux.waitFor { self.screenText($0).contains("Đang chờ ghi… (1 chương trình khác đang ghi)") }
        XCTAssertTrue(r.ok, "the wait is not on the status line:\n\(screenText(r.screen))")
        XCTAssertTrue(bar(r.screen)?.contains("253") == true, "written under another program's lock")

        XCTAssertEqual(flock(fd, LOCK_UN), 0)
        r = try tmux.waitFor { bar($0)?.contains("254") == true && !self.screenText($0).contains("Đang chờ ghi") }
        XCTAssertTrue(r.ok, "the waiting write did not go in once the lock was free:\n\(screenText(r.screen))")
        let awards = try String(contentsOf: store.appendingPathComponent("awards.rec"), encoding: .utf8)
        XCTAssertEqual(awards.components(separatedBy: "Recipient: Lò Văn Chờ").count - 1, 1)
    }
}
