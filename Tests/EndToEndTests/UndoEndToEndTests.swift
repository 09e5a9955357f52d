/// hoctap edit, remove and undo on a copy of the demo: statuses, Vietnamese messages, and a crash between the journal and the write.

import Foundation
import XCTest

final class UndoEndToEndTests: XCTestCase {
    private func awards(_ store: URL) throws -> Data { try Data(contentsOf: store.appendingPathComponent("awards.rec")) }

    private let award = ["--Recipient", "Nguyễn Văn An", "--Kind", "student", "--Category", "Học sinh giỏi", "--Branch", "KP01"]

    func testEditRemoveAndUndoFromTheCommandLine() throws {
        let store = try demoStoreCopy(prefix: "hoctap-undo")
        let before = try awards(store)
        let refused = try ProgramRun.hoctap(["edit", "award", "KT0001", "--store", store.path, "--Amount", "một triệu"])
        XCTAssertEqual(refused.status, 1, refused.output)
        XCTAssertTrue(refused.output.contains("chưa ghi gì"), refused.output)
        XCTAssertEqual(try awards(store), before)
        let edited = try ProgramRun.hoctap(["edit", "award", "KT0001", "--store", store.path, "--Amount", "250000"])
        XCTAssertEqual(edited.status, 0, edited.output)
        XCTAssertTrue(edited.output.contains("Amount: 250000"), edited.output)
        let help = try ProgramRun.hoctap(["edit", "award", "--help"])
        XCTAssertTrue(help.output.contains("hoctap edit award ID") && help.output.contains("không đổi được"), help.output)

        let branch = try ProgramRun.hoctap(["remove", "branch", "KP01", "--store", store.path, "--yes"])
        XCTAssertEqual(branch.status, 1, branch.output)
        XCTAssertTrue(branch.output.contains("Award (awards.rec)"), branch.output)
        let unasked = try ProgramRun.hoctap(["remove", "award", "KT0002", "--store", store.path])
        XCTAssertEqual(unasked.status, 1, unasked.output)
        XCTAssertTrue(unasked.output.contains("--yes"), unasked.output)
        let removed = try ProgramRun.hoctap(["remove", "award", "KT0002", "--store", store.path, "--yes"])
        XCTAssertEqual(removed.status, 0, removed.output)
        XCTAssertFalse(String(decoding: try awards(store), as: UTF8.self).contains("Id: KT0002\n"))

        let first = try ProgramRun.hoctap(["undo", "--store", store.path])
        XCTAssertEqual(first.status, 0, first.output)
        XCTAssertTrue(first.output.contains("Đã hoàn tác: xoá khen thưởng KT0002"), first.output)
        let second = try ProgramRun.hoctap(["undo", "--store", store.path])
        XCTAssertTrue(second.output.contains("Đã hoàn tác: sửa khen thưởng KT0001"), second.output)
        XCTAssertEqual(try awards(store), before)
        let none = try ProgramRun.hoctap(["undo", "--store", store.path])
        XCTAssertEqual(none.status, 1, none.output)
        XCTAssertEqual(try ProgramRun.hoctap(["check", "--store", store.path]).status, 0)
    }

    /// Killed between the journal and the write: nothing was written, and undo skips the entry
    /// and takes back the write before it. Killed between the journal and an undo: the next undo
    /// does it once.
    func testACrashBetweenTheJournalAndTheWrite() throws {
        let store = try demoStoreCopy(prefix: "hoctap-undo-crash")
        let before = try awards(store)
        XCTAssertEqual(try ProgramRun.hoctap(["add", "award", "--store", store.path] + award).status, 0)
        let once = try awards(store)
        var crash = ProcessInfo.processInfo.environment
        crash["HOCTAP_CRASH_AT"] = "undo-journal"
        let killed = try ProgramRun.hoctap(["add", "award", "--store", store.path] + award + ["--Amount", "1", "--force"], environment: crash)
        XCTAssertEqual(killed.status, SIGKILL, "killed at the crash point: \(killed.output)")
        XCTAssertEqual(try awards(store), once, "the write never happened")
        let journal = try String(contentsOf: store.appendingPathComponent(".hoctap-undo"), encoding: .utf8)
        XCTAssertTrue(journal.contains("\"state\":\"pending\""), "the entry was made durable first")

        let undoKilled = try ProgramRun.hoctap(["undo", "--store", store.path], environment: crash)
        XCTAssertEqual(undoKilled.status, SIGKILL)
        XCTAssertEqual(try awards(store), once, "killed before the undo changed a file")
        let undone = try ProgramRun.hoctap(["undo", "--store", store.path])
        XCTAssertEqual(undone.status, 0, undone.output)
        XCTAssertTrue(undone.output.contains("thêm khen thưởng KT3587"), undone.output)
        XCTAssertEqual(try awards(store), before, "nothing lost, nothing undone twice")
        XCTAssertEqual(try ProgramRun.hoctap(["undo", "--store", store.path]).status, 1, "the entry never written is not undone")
        XCTAssertEqual(try awards(store), before)
    }
}
