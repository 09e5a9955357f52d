// Correcting records in their panes, in a real terminal on a copy of the demo: the campaign's ceremony time from the
// overview's list, a class's schedule from the classes pane; the store stays check-clean, the files show the changes,
// and u takes the last one back.

import Foundation
import XCTest

final class PaneEditEndToEndTests: XCTestCase {
    private func text(_ store: URL, _ file: String) throws -> String {
        try String(contentsOf: store.appendingPathComponent(file), encoding: .utf8)
    }

    func testTheCeremonyTimeAndAClassScheduleAreEditedInTheirPanesAndUUndoesTheLast() throws {
        let store = try demoStoreCopy(prefix: "hoctap-paneedit-e2e")
        let binary = TmuxSession.hoctapBinary
        let tmux = try TmuxSession(command: "env -u HOCTAP_STORE TERM=tmux-256color '\(binary)' --store '\(store.path)'; sleep 600",
                                   width: 120, height: 40)
        try expect(tmux, "the overview did not open", timeout: 20) { $0.contains("Lễ phát động 07:30") }
        let lh01 = "Id: LH01\nName: Tập huấn chuyển đổi số cho đoàn viên, hội viên các đoàn thể\n"
        XCTAssertFalse(try text(store, "classes.rec").contains("Venue: Hội trường UBND phường Quảng Châu\nSession: "), "LH01 lists no sessions yet")

        // The campaign, from the overview's list: its ceremony time.
        try tmux.send("e")
        try expect(tmux, "e did not list the campaign") { $0.contains("Sửa hoặc xoá") && $0.contains("Chiến dịch TLHTSD-2022") }
        try tmux.send("Enter")
        try expect(tmux, "Enter did not open the campaign prefilled") { $0.contains("Sửa chiến dịch năm học TLHTSD-2022") && $0.contains("07:30") }
        try fill(tmux, "[Tab]", "[Tab]", "[Tab]", "[Tab]", "[Tab]", "[Tab]", "[Tab]", "[C-u]", "8h", "[Enter]")
        try expect(tmux, "the edit was not written") { !$0.contains("Sửa chiến dịch năm học") && $0.contains("Đã sửa Tuần lễ học tập TLHTSD-2022") }
        try tmux.send("Escape")
        try expect(tmux, "the overview does not show the new time") { !$0.contains("Sửa hoặc xoá") && $0.contains("Lễ phát động 08:00") }
        XCTAssertTrue(try text(store, "campaign.rec").contains("CeremonyTime: 08:00\n"))

        // LH01's schedule: its two days, as a weekday between its Start and End.
        try tmux.send("2")
        try expect(tmux, "the classes pane did not open") { $0.contains("Tập huấn chuyển") }
        try tmux.send("e")
        try expect(tmux, "e did not open the class") { $0.contains("Sửa lớp học LH01") && $0.contains("Lịch học") }
        try fill(tmux, "[Tab]", "[Tab]", "[Tab]", "[Tab]", "[Tab]", "[Tab]", "[Tab]", "[C-u]", "T5")
        try expect(tmux, "the schedule was not counted") { $0.contains("= 2 buổi: 06/10/2022 … 13/10/2022") }
        try tmux.send("Enter")
        try expect(tmux, "the class edit was not written") { !$0.contains("Sửa lớp học LH01") && $0.contains("Đã sửa lớp LH01") }
        let classes = try text(store, "classes.rec")
        XCTAssertTrue(classes.contains(lh01) && classes.contains("Venue: Hội trường UBND phường Quảng Châu\nSession: 2022-10-06\nSession: 2022-10-13\n"),
                      classes)
        let check = try ProgramRun.hoctap(["check", "--store", store.path])
        XCTAssertEqual(check.status, 0, check.output)
        XCTAssertTrue(check.output.contains("không có vấn đề nào"), check.output)

        // u takes the schedule back; the ceremony time stays.
        try tmux.send("u")
        try expect(tmux, "u did not say what it undid") { $0.contains("Đã hoàn tác: sửa lớp LH01") }
        XCTAssertFalse(try text(store, "classes.rec").contains("Venue: Hội trường UBND phường Quảng Châu\nSession: "))
        XCTAssertTrue(try text(store, "campaign.rec").contains("CeremonyTime: 08:00\n"))
        XCTAssertEqual(try ProgramRun.hoctap(["check", "--store", store.path]).status, 0)
    }
}
