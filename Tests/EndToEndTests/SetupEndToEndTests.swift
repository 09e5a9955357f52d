// A year set up from an empty store with the dashboard's forms only: campaign, target, agenda item, branch and a class
// with a weekly schedule, in a real terminal; the overview then shows the year and `hoctap check` finds nothing wrong.

import Foundation
import XCTest

final class SetupEndToEndTests: XCTestCase {
    func testAYearIsSetUpFromAnEmptyStoreWithTheFormsOnly() throws {
        // An empty folder made by the program itself, then the dashboard on it.
        let store = try makeTemporaryFolder(prefix: "hoctap-setup-e2e") + "/store"
        let binary = TmuxSession.hoctapBinary
        let tmux = try TmuxSession(command: "'\(binary)' init '\(store)' >/dev/null && env -u HOCTAP_STORE TERM=tmux-256color "
            + "'\(binary)' --store '\(store)'; echo \"hoctap-exit=$?\"; sleep 600", width: 120, height: 40)

        try expect(tmux, "the empty overview does not say how to start", timeout: 20) { $0.contains("Chưa có chiến dịch năm học — nhấn a để thiết lập") }

        // The campaign: its title and week follow the school year typed.
        try tmux.send("a")
        try expect(tmux, "a did not open the campaign form") { $0.contains("Thiết lập năm học") && $0.contains("Phường/xã *") }
        try fill(tmux, "Phường Hòa Bình", "[Tab]", "Trung tâm học tập cộng đồng phường Hòa Bình", "[Tab]", "[C-u]", "2023-2024",
                 "[Tab]", "[Tab]", "[Tab]", "05/10/2023", "[Tab]", "7h30", "[Tab]", "Hội trường UBND phường", "[Tab]", "Chuyển đổi số",
                 "[Tab]", "Đọc và học suốt đời")
        try expect(tmux, "the year typed did not carry the week") { $0.contains("01/10/2023") && $0.contains("Chủ đề 3") }
        try tmux.send("Enter")
        try expect(tmux, "the campaign is not on the overview") { s in
            !s.contains("Thiết lập năm học") && s.contains("Tuần lễ hưởng ứng học tập suốt đời năm 2023")
                && s.contains("01/10/2023") && s.contains("07/10/2023") && s.contains("Lễ phát động 07:30")
        }

        // A target: the kind chooser has the keyboard; its first kind is a target.
        try tmux.send("a")
        try expect(tmux, "a did not open the set-up form at a target") { $0.contains("Chỉ tiêu") && $0.contains("Mức phấn đấu *") }
        try fill(tmux, "[Tab]", "Lượt người học trong năm", "[Tab]", "[Tab]", "2.700", "[Tab]", "lượt", "[Enter]")
        try expect(tmux, "the target tile does not show the goal") { !$0.contains("Mức phấn đấu") && $0.contains("mục tiêu 2.700") }

        // An agenda item: → chooses it.
        try tmux.send("a", "Right")
        try expect(tmux, "→ did not choose an agenda item") { $0.contains("Phần chương trình buổi lễ") && $0.contains("Nội dung *") }
        try fill(tmux, "[Tab]", "07:30", "[Tab]", "Khai mạc, giới thiệu đại biểu", "[Enter]")
        try expect(tmux, "the agenda item is not on the overview") { !$0.contains("Nội dung *") && $0.contains("Khai mạc, giới thiệu") }

        // A branch, two kinds further on.
        try tmux.send("a", "Right", "Right")
        try expect(tmux, "→ → did not choose a branch") { $0.contains("Tên chi hội *") }
        try fill(tmux, "[Tab]", "Chi hội khu phố 1", "[Enter]")
        try expect(tmux, "the branch form did not close") { !$0.contains("Tên chi hội *") }

        // A class with a weekly schedule, from the classes pane.
        try tmux.send("2")
        try expect(tmux, "the empty classes pane does not say how to add a class") { $0.contains("Nhấn c để thêm lớp") }
        try tmux.send("c")
        try expect(tmux, "c did not open the class form") { $0.contains("Tên lớp *") && $0.contains("Lịch học") }
        try fill(tmux, "Tin học cơ bản", "[Tab]", "Chuyển đổi số", "[Tab]", "[Tab]", "[Tab]", "Lê Thị Mai", "[Tab]", "03/10/2023",
                 "[Tab]", "31/10/2023", "[Tab]", "T3, T5")
        try expect(tmux, "the schedule was not counted") { $0.contains("= 9 buổi: 03/10/2023 … 31/10/2023") }
        try tmux.send("Enter")
        try expect(tmux, "the class is not listed") { s in !s.contains("Tên lớp *") && s.contains("Tin học cơ bản") && s.contains("0/9 buổi") }

        // The overview of the year, complete.
        try tmux.send("1")
        try expect(tmux, "the overview is not complete") { s in
            s.contains("Tuần lễ hưởng ứng học tập suốt đời năm 2023") && s.contains("Năm học 2023-2024")
                && s.contains("Tuần lễ Chủ nhật, 01/10/2023 – Thứ Bảy, 07/10/2023") && s.contains("mục tiêu 2.700 lượt")
                && s.contains("Khai mạc, giới thiệu đại biểu") && s.contains("Chuyển đổi số") && s.contains("Đọc và học suốt đời")
        }
        try tmux.send("q")
        try expect(tmux, "hoctap did not quit cleanly") { $0.contains("hoctap-exit=0") }

        let check = try ProgramRun.hoctap(["check", "--store", store])
        XCTAssertEqual(check.status, 0, check.output)
        XCTAssertTrue(check.output.contains("không có vấn đề nào"), check.output)
        let campaign = try String(contentsOfFile: store + "/campaign.rec", encoding: .utf8)
        XCTAssertTrue(campaign.contains("Id: TLHTSD-2023\n") && campaign.contains("CeremonyTime: 07:30\n")
                      && campaign.contains("Theme: Chuyển đổi số\nTheme: Đọc và học suốt đời\n"), campaign)
        XCTAssertTrue(campaign.contains("Id: T1\nLabel: Lượt người học trong năm\nMetric: learner_turns\nGoal: 2700\n"), campaign)
        XCTAssertTrue(campaign.contains("Seq: 1\nTime: 07:30\nItem: Khai mạc, giới thiệu đại biểu\n"), campaign)
        let classes = try String(contentsOfFile: store + "/classes.rec", encoding: .utf8)
        XCTAssertEqual(classes.components(separatedBy: "\nSession: ").count - 1, 9, classes)
        XCTAssertTrue(classes.contains("Session: 2023-10-03\nSession: 2023-10-05\n"), classes)
        let branches = try String(contentsOfFile: store + "/branches.rec", encoding: .utf8)
        XCTAssertTrue(branches.contains("Name: Chi hội khu phố 1\nKind: neighborhood\n"), branches)

        // recfix, the independent oracle, on every file the forms wrote.
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/recfix") else { throw XCTSkip("recfix is not installed") }
        for file in ["campaign.rec", "classes.rec", "branches.rec"] {
            let recfix = try ProgramRun.run("/usr/bin/recfix", ["--check", store + "/" + file])
            XCTAssertEqual(recfix.status, 0, "recfix --check \(file): \(recfix.output)")
        }
    }
}
