/// `hoctap sync --every` with real git: a round that commits and pulls nothing does not check the store again, and the next change is checked.

import Foundation
import XCTest

extension SyncEndToEndTests {
    func testAQuietRoundDoesNotCheckAgainAndTheNextChangeIsChecked() throws {
        let root = try makeTemporaryFolder(prefix: "hoctap-sync-quiet")
        let top = URL(fileURLWithPath: root)
        let a = top.appendingPathComponent("A")
        try hoctap(["init", a.path], root)
        try git(["init", "-q", "-b", "main"], in: a, root)
        try hoctap(["sync", "--setup", "--store", a.path, "--copy", "aa"], root)
        try git(["init", "-q", "--bare", "-b", "main", "remote.git"], in: top, root)
        try git(["remote", "add", "origin", "../remote.git"], in: a, root)

        let log = top.appendingPathComponent("every.txt")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        let follower = Process()
        follower.executableURL = URL(fileURLWithPath: TmuxSession.hoctapBinary)
        follower.arguments = ["sync", "--store", a.path, "--every", "1"]
        follower.environment = gitEnvironment(root)
        follower.standardOutput = handle
        follower.standardError = handle
        try follower.run()
        defer { if follower.isRunning { follower.terminate() } }

        /// The log once `done` says it holds what is awaited; the deadline only ends a failure.
        func logOnce(_ done: (String) -> Bool) -> String {
            let deadline = Date().addingTimeInterval(30)
            var text = ""
            repeat {
                text = String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self)
                if done(text) { break }
                usleep(50_000)
            } while Date() < deadline
            return text
        }
        func rounds(_ text: String) -> [Substring] { text.split(separator: "\n").filter { $0.contains(" AA: ") } }

        let quiet = "dữ liệu như lần kiểm tra trước, không kiểm tra lại"
        let two = rounds(logOnce { rounds($0).count >= 2 })
        XCTAssertGreaterThanOrEqual(two.count, 2, "two rounds")
        XCTAssertTrue(two[0].contains("đã commit: dữ liệu ban đầu") && !two[0].contains(quiet), "the first round checks: \(two[0])")
        XCTAssertTrue(two[1].contains("máy này không có gì mới") && two[1].contains(quiet), "the quiet round does not: \(two[1])")

        // A change typed by hand between rounds: committed and checked, and its errors stop the sync.
        let awards = a.appendingPathComponent("awards.rec")
        let typed = try String(contentsOf: awards, encoding: .utf8)
            + "\nId: KT0001\nDate: 2022-10-06\nRecipient: Lê Văn Một\nKind: student\nCategory: Học sinh giỏi\nBranch: KP09\nAmount: 100000\n"
        try Data(typed.utf8).write(to: awards, options: .atomic)
        let stopped = logOnce { $0.contains("dừng lại") }
        follower.waitUntilExit()
        try handle.close()
        XCTAssertEqual(follower.terminationStatus, 1, stopped)
        XCTAssertTrue(stopped.contains("Dữ liệu có lỗi sau khi commit nên chưa gửi đi")
                      && stopped.contains("awards.rec:") && stopped.contains("KP09"), stopped)
        XCTAssertEqual(try git(["log", "-1", "--format=%s"], in: a, root).output, "AA: thêm 1 khen thưởng\n", "the change was committed first")
    }
}
