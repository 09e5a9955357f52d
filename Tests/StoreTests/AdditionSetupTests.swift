/// Setting a year up with `add`: every set-up kind written into an empty store, checked clean by `check` and recfix;
/// one campaign per store; a weekly timetable written as session dates; repeated values kept in order.

import Foundation
import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures

final class AdditionSetupTests: XCTestCase {
    private let now = "2023-09-15 09:00"

    private func add(_ kind: String, _ words: [String], in folder: String) throws -> RecordAddition {
        let set = try RecordAddition.set(forKind: kind)
        return try RecordAddition.add(set: set, given: try RecordAddition.fields(from: words, for: set), in: folder, now: now)
    }

    private func assertClean(_ folder: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let snapshot = try StoreLoader.load(directory: folder)
        XCTAssertEqual(snapshot.problems.filter { $0.severity == .error }.map(\.description), [], file: file, line: line)
        let recutils = try Recutils.require()
        for name in StoreSchema.files {
            try recutils.assertChecks(folder + "/" + name, file: file, line: line)
        }
    }

    private static let campaign = ["--Ward", "Phường Hòa Bình", "--Center", "Trung tâm học tập cộng đồng phường Hòa Bình",
                                   "--SchoolYear", "2023-2024", "--CeremonyDate", "2023-10-05", "--CeremonyTime", "07:30",
                                   "--Venue", "Hội trường UBND phường", "--Theme", "Chuyển đổi số", "--Theme", "Đọc và học suốt đời"]

    func testEverySetUpKindOnAnEmptyStore() throws {
        let folder = try makeEmptyStore(self)
        let campaign = try add("campaign", Self.campaign, in: folder)
        XCTAssertEqual(campaign.record.text, """
            Id: TLHTSD-2023
            Title: Tuần lễ hưởng ứng học tập suốt đời năm 2023
            Ward: Phường Hòa Bình
            Center: Trung tâm học tập cộng đồng phường Hòa Bình
            SchoolYear: 2023-2024
            WeekStart: 2023-10-01
            WeekEnd: 2023-10-07
            CeremonyDate: 2023-10-05
            CeremonyTime: 07:30
            Venue: Hội trường UBND phường
            Theme: Chuyển đổi số
            Theme: Đọc và học suốt đời

            """)
        XCTAssertEqual(try add("target", ["--Label", "Lượt người học", "--Metric", "learner_turns", "--Goal", "2700"], in: folder)
            .record.fields.first?.value, "T1")
        XCTAssertEqual(try add("indicator", ["--Label", "Dòng họ hiếu học", "--Value", "24", "--Of", "35"], in: folder)
            .record.fields.first?.value, "I01")
        let first = try add("agenda-item", ["--Item", "Khai mạc", "--Time", "07:30"], in: folder)
        let second = try add("agenda-item", ["--Item", "Phát động Tuần lễ", "--By", "Chủ tịch UBND phường"], in: folder)
        XCTAssertEqual([first, second].map { $0.record.fields.first?.value }, ["1", "2"])
        XCTAssertEqual(try add("branch", ["--Id", "KP01", "--Name", "Chi hội khu phố 1", "--Kind", "neighborhood"], in: folder)
            .record.fields.first?.value, "KP01")
        XCTAssertEqual(try add("clan", ["--Name", "Họ Nguyễn Văn", "--Studious", "yes"], in: folder).record.fields.first?.value, "DH01")
        _ = try add("class", ["--Name", "Tin học cơ bản", "--Topic", "Chuyển đổi số", "--Kind", "thematic",
                              "--Start", "2023-10-03", "--End", "2023-10-12", "--Weekly", "T3,T5", "--Capacity", "30"], in: folder)
        try assertClean(folder)
        let snapshot = try StoreLoader.load(directory: folder)
        XCTAssertEqual(snapshot.campaign?.themes, ["Chuyển đổi số", "Đọc và học suốt đời"])
        XCTAssertEqual(snapshot.targets.count, 1)
        XCTAssertEqual(snapshot.indicators.count, 1)
        XCTAssertEqual(snapshot.agenda.map(\.item), ["Khai mạc", "Phát động Tuần lễ"])
        XCTAssertEqual(snapshot.branches.count, 1)
        XCTAssertEqual(snapshot.clans.count, 1)
        XCTAssertEqual(snapshot.classes.first?.sessionDates.map(\.description), ["2023-10-03", "2023-10-05", "2023-10-10", "2023-10-12"])
        XCTAssertEqual(snapshot.classes.first?.sessions, 4)
    }

    func testASecondCampaignIsRefusedNamingTheFirst() throws {
        let folder = try makeEmptyStore(self)
        _ = try add("campaign", Self.campaign, in: folder)
        let before = try String(contentsOfFile: folder + "/campaign.rec", encoding: .utf8)
        XCTAssertThrowsError(try add("campaign", ["--Ward", "X", "--Center", "Y", "--SchoolYear", "2024-2025"], in: folder)) { error in
            guard case .invalid(_, let refusal)? = error as? RecordAdditionError else { return XCTFail("\(error)") }
            let problems = refusal.map(\.en)
            XCTAssertTrue(problems.joined().contains("TLHTSD-2023 (2023-2024)"), "\(problems)")
            XCTAssertTrue(problems.joined().contains("hoctap init NEWDIR --from"), "\(problems)")
        }
        XCTAssertEqual(try String(contentsOfFile: folder + "/campaign.rec", encoding: .utf8), before)
    }

    func testWeeklyAndListedSessionsTogetherAreWrittenOnceInOrder() throws {
        let folder = try makeEmptyStore(self)
        let added = try add("class", ["--Name", "Câu lạc bộ đọc sách", "--Topic", "Đọc sách", "--Session", "2023-10-14",
                                      "--Start", "2023-10-01", "--End", "2023-10-20", "--weekly", "Thứ Bảy", "--Session", "2023-10-02",
                                      "--Sessions", "5"], in: folder)
        let sessions = added.record.fields.filter { $0.name == "Session" }.map(\.value)
        XCTAssertEqual(sessions, ["2023-10-02", "2023-10-07", "2023-10-14"])
        XCTAssertEqual(added.record.fields.first { $0.name == "Sessions" }?.value, "5", "a Sessions given is kept")
        try assertClean(folder)
    }

    func testAWeeklyPatternIsRefusedWithoutDatesOrMatchingDays() throws {
        let folder = try makeEmptyStore(self)
        for (words, wanted) in [
            (["--Start", "2023-10-03"], "needs the class's Start and End"),
            (["--Start", "2023-10-03", "--End", "2023-10-04", "--Weekly", "CN"], "no Chủ nhật falls between 2023-10-03 and 2023-10-04"),
            (["--Start", "2023-10-03", "--End", "2023-10-31", "--Weekly", "mỗi tuần"], "names no weekdays"),
        ] {
            var all = ["--Name", "Lớp", "--Topic", "Chủ đề"] + words
            if !all.contains("--Weekly") { all += ["--Weekly", "T3"] }
            XCTAssertThrowsError(try add("class", all, in: folder)) { error in
                guard case .invalid(_, let refusal)? = error as? RecordAdditionError else { return XCTFail("\(error)") }
                let problems = refusal.map(\.en)
                XCTAssertTrue(problems.first?.hasPrefix("Weekly: ") == true && problems.joined().contains(wanted), "\(problems)")
            }
        }
        XCTAssertEqual(try StoreLoader.load(directory: folder).classes.count, 0)
        XCTAssertThrowsError(try RecordAddition.fields(from: ["--Weekly", "T3", "--Weekly", "T5"], for: StoreSchema.course)) {
            XCTAssertEqual($0 as? RecordAdditionError, .repeatedField("Weekly"))
        }
        XCTAssertThrowsError(try RecordAddition.fields(from: ["--Weekly", "T3"], for: StoreSchema.branch)) {
            guard case .unknownField("Weekly", _, _)? = $0 as? RecordAdditionError else { return XCTFail("\($0)") }
        }
    }

    func testTheClassHelpListsTheWeeklyPattern() throws {
        let help = RecordAddition.fieldsHelp(for: StoreSchema.course, kind: "class")
        XCTAssertTrue(help.contains("--Weekly") && help.contains("\"T3, T5\""), help)
        XCTAssertTrue(RecordAddition.kindsHelp().contains("agenda-item"))
        XCTAssertEqual(try RecordAddition.set(forKind: "agenda-item").name, "Agenda")
        XCTAssertEqual(try RecordAddition.set(forKind: "agenda").name, "AgendaLog")
    }
}
