// The panes' data updated in place after an append: after random appends, good and bad, it equals the data built whole.

import Canvas
import Foundation
import XCTest
@testable import Dashboard
@testable import Reports
import Store
import StoreFixtures

final class IncrementalDataTests: XCTestCase {
    private static let names = ["Nguyễn Thị Hòa", "Trần Văn An", "Lê Minh Đức", "Phạm Thu Hà", "Hoàng Văn Nam", "Vũ Thị Lan",
                                "Đặng Quốc Bảo", "Bùi Thị Mai", "Đỗ Văn Hùng", "Ngô Thị Yến", "Nguyễn Văn An", "Lê Thị Hòa"]

    /// The fixture with twelve learners in three neighbourhoods and three classes of the campaign's
    /// year and one of the next; `enrollmentsLast` puts the Enrollment part at the end of
    /// attendance.rec (so enrollments are appended, attendance not), else the Attendance part.
    private func folder(enrollmentsLast: Bool) throws -> String {
        var records = StoreFixture.records
        records["learners.rec"] = Self.names.enumerated().map { i, name in
            "Learner|Id: HV\(i + 1)\nName: \(name)\n" + (i % 4 == 3 ? "" : "Neighborhood: Khu phố \(1 + i % 3 * 5)\n")
        }.joined()
        records["classes.rec"] = (1...4).map { c in
            "Class|Id: L\(c)\nName: Lớp \(c)\nTopic: Chủ đề \(c % 2)\nKind: club\nStart: \(c == 4 ? "2023-09-10" : "2022-09-05")\n"
        }.joined()
        records["attendance.rec"] = "Enrollment|Class: L1\nLearner: HV1\nEnrollment|Class: L2\nLearner: HV2\n"
            + (enrollmentsLast ? "" : "Enrollment|Class: L1\nLearner: HV3\nAttendance|Class: L1\nLearner: HV1\nDate: 2022-10-13\n")
        var texts = StoreFixture.texts(records)
        if enrollmentsLast, let attendance = StoreSchema.set(named: "Attendance"), let enrollment = StoreSchema.set(named: "Enrollment") {
            texts["attendance.rec"] = "# attendance.rec\n\n" + StoreSchema.descriptorText(for: attendance) + "\n"
                + StoreSchema.descriptorText(for: enrollment)
                + "\nClass: L1\nLearner: HV1\n\nClass: L2\nLearner: HV2\n"
        }
        let folder = try makeTemporaryFolder(self)
        for (name, text) in texts { try Data(text.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name)) }
        return folder
    }

    /// What the random records must not repeat, so that every one is valid: the store keeps showing
    /// its last good data while it has more errors, and an append of valid records is what is shown.
    private struct Written {
        var enrolled: Set<String>
        var marked: Set<String> = []
        var serial = 0
    }

    /// One valid record to append: awards of the shown year, the year before and years not tallied
    /// (so built whole), to learners' names and others, of branches known and unknown to the store's
    /// list; donations; enrollments (new pairs) or attendance marks of enrolled learners; agenda moves.
    private func randomRecord(_ rng: inout some RandomNumberGenerator, _ written: inout Written, enrollmentsLast: Bool) -> (file: String, text: String) {
        func pick<T>(_ a: [T]) -> T { a[Int.random(in: 0..<a.count, using: &rng)] }
        written.serial += 1
        let serial = written.serial
        let day = String(format: "%02d", Int.random(in: 1...28, using: &rng))
        let kind = Int.random(in: 0..<10, using: &rng)
        if kind >= 6, kind < 9 {
            let course = Int.random(in: 1...(enrollmentsLast ? 4 : 3), using: &rng), learner = Int.random(in: 1...Self.names.count, using: &rng)
            let who = "Class: L\(course)\nLearner: HV\(learner)\n"
            if enrollmentsLast, !written.enrolled.contains(who) {
                written.enrolled.insert(who)
                return ("attendance.rec", who + (course == 4 ? "" : pick(["", "Date: 2022-10-\(day)\n"])))
            }
            let date = pick(["2022-10-13", "2022-10-20", "2022-11-\(day)"])
            if !enrollmentsLast, written.enrolled.contains(who), !written.marked.contains(who + date) {
                written.marked.insert(who + date)
                return ("attendance.rec", who + "Date: \(date)\n")
            }
        }
        switch kind {
        case 4, 5:
            return ("funds.rec", "Id: QG\(serial)\nDate: \(pick(["2022-11-\(day)", "2023-02-\(day)", "2022-12-\(day)", "2020-01-\(day)"]))\n"
                    + "Donor: \(pick(["Công ty An Phát", "Ông Ba", "Bà Tư"]))\nAmount: \(pick([100000, 1000000]))\n"
                    + pick(["", "Purpose: Khen thưởng\n", "Purpose: Học bổng\n"]))
        case 9:
            return ("ceremony.rec", "Seq: \(Int.random(in: 1...2, using: &rng))\nAt: 2022-10-06 \(String(format: "%02d:%02d", 8 + serial / 60, serial % 60))\n")
        default:
            let date = pick(["2022-10-\(day)", "2023-03-\(day)", "2023-08-\(day)", "2022-10-\(day)", "2022-08-\(day)", "2021-05-\(day)"])
            let sponsor = pick(["", "Sponsor: Công ty An Phát\n", "Sponsor: Ông Ba\n"])
            return ("awards.rec", "Id: KT\(serial)\nDate: \(date)\nRecipient: \(pick(Self.names + ["Trần Thị Cúc", "Lê Văn Tám"]))\n"
                    + "Kind: \(pick(["student", "family", "citizen"]))\nCategory: \(pick(["Học sinh giỏi", "Vượt khó", "Gia đình hiếu học"]))\n"
                    + "Branch: \(pick(["KP01", "TR01", "KP01"]))\nAmount: \(pick([0, 200000, 500000]))\n" + sponsor)
        }
    }

    private func append(_ text: String, to file: String, in folder: String) throws {
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: folder + "/" + file))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    /// Random appends to data built with `parts` (every part unless said): after each, the data
    /// equals the data built whole. Parts not built at first are built halfway through, so that
    /// the later rounds count appends into parts built late.
    private func runRounds(enrollmentsLast: Bool, seed: UInt64, rounds: Int, starting parts: DataParts = .all) throws {
        let folder = try folder(enrollmentsLast: enrollmentsLast)
        var store = try LiveStore(directory: folder)
        _ = store.reload()
        XCTAssertEqual(store.shown.errors.map(\.message), [], "the test's store is valid")
        var data = DashboardData(store.shown, building: parts)
        var rng = SeededGenerator(seed: seed)
        var written = Written(enrolled: Set(store.shown.enrollments.map { "Class: \($0.classId)\nLearner: \($0.learnerId)\n" }))
        var inPlace = 0
        for round in 0..<rounds {
            var chunk = ""
            var file = ""
            for n in 0..<(Int.random(in: 0..<4, using: &rng) == 0 ? 3 : 1) {
                var w = written
                let (f, text) = randomRecord(&rng, &w, enrollmentsLast: enrollmentsLast)
                if n == 0 { file = f }
                if f == file {
                    chunk += "\n" + text
                    written = w
                }
            }
            try append(chunk, to: file, in: folder)
            data.releaseSnapshot()
            _ = store.reload()
            XCTAssertEqual(store.shown.errors.map(\.message), [], "seed \(seed), round \(round): \(file) +\(chunk)")
            if data.update(to: store.shown, append: store.lastAppend) { inPlace += 1 }
            XCTAssertEqual(data.built, round > rounds / 2 ? .all : parts, "seed \(seed), round \(round): the parts built stay built, no others")
            if round == rounds / 2 { data.prepare(.all) }
            let whole = DashboardData(store.shown)
            assertSame(data, whole, "seed \(seed), round \(round): \(file) +\(chunk)")
            if round % 15 == 14 {
                for pane in [Pane.overview, .classes, .awards] {
                    let size = Size(width: 120, height: 40)
                    var shown = data
                    shown.prepare(DataParts.needed(by: AppState(pane: pane)))
                    XCTAssertEqual(Screen.render(state: AppState(pane: pane), data: shown, theme: .builtinDefault, size: size).text,
                                   Screen.render(state: AppState(pane: pane), data: whole, theme: .builtinDefault, size: size).text,
                                   "seed \(seed), round \(round): the \(pane) pane")
                }
            }
        }
        XCTAssertGreaterThan(inPlace, rounds / 2, "most appends should be counted in place")
        XCTAssertLessThan(inPlace, rounds, "some appends fall in a school year not tallied yet and are counted whole")
        // A bad record: the last good data stays shown, and an append after it changes nothing on screen.
        for bad in ["\nId: KT0\nDate: 2022-10-02\nRecipient: B\nKind: unit\nCategory: C\nBranch: ZZ9\n",
                    "\nId: KT00\nDate: 2022-10-02\nRecipient: C\nKind: unit\nCategory: C\nBranch: KP01\n"] {
            try append(bad, to: "awards.rec", in: folder)
            let before = data.snapshot.awards.count
            data.releaseSnapshot()
            _ = store.reload()
            XCTAssertTrue(data.update(to: store.shown, append: store.lastAppend), "seed \(seed): held back, nothing to count")
            XCTAssertEqual(data.snapshot.awards.count, before)
            XCTAssertEqual(store.shown.errors.count, 1)
            assertSame(data, DashboardData(store.shown), "seed \(seed): \(bad)")
        }
    }

    func testRandomAppendsOfAwardsDonationsAttendanceAndTheAgendaGiveTheDataBuiltWhole() throws {
        for seed: UInt64 in [1, 2] { try runRounds(enrollmentsLast: false, seed: seed, rounds: 45) }
    }

    func testRandomAppendsOfEnrollmentsGiveTheDataBuiltWhole() throws {
        for seed: UInt64 in [3, 4] { try runRounds(enrollmentsLast: true, seed: seed, rounds: 45) }
    }

    /// Data built for the overview alone (the figures, no lists, no classes index, no guard) is
    /// counted in place after an append as the whole data is, and equals it once its parts are built.
    func testRandomAppendsToDataBuiltForTheOverviewGiveTheDataBuiltWhole() throws {
        try runRounds(enrollmentsLast: false, seed: 5, rounds: 24, starting: [])
        try runRounds(enrollmentsLast: true, seed: 6, rounds: 20, starting: [.awardLists])
    }

    /// The roster's marks and unmarks, written against the snapshot as the session writes them:
    /// an unmark of a mark inside the file is dropped by the reload and counted out of the data in
    /// place, and after every write the data equals the data built whole.
    func testMarksAndUnmarksFromTheRosterGiveTheDataBuiltWhole() throws {
        let folder = try folder(enrollmentsLast: false)
        var store = try LiveStore(directory: folder)
        _ = store.reload()
        var data = DashboardData(store.shown)
        var cache = SnapshotWriteCache()
        var rng = SeededGenerator(seed: 9)
        let enrolled = store.shown.enrollments.map { [$0.classId, $0.learnerId] }
        var dropped = 0
        for round in 0..<40 {
            let pair = enrolled[Int.random(in: 0..<enrolled.count, using: &rng)]
            let date = String(format: "2022-10-%02d", Int.random(in: 10...14, using: &rng))
            let fields = [NewRecord.Field("Class", pair[0]), .init("Learner", pair[1]), .init("Date", date)]
            let marked = store.shown.attendance.contains { [$0.classId, $0.learnerId] == pair && $0.date.description == date }
            let write: StoreWrite = marked ? .remove(set: "Attendance", matching: fields) : .add([NewRecord(set: "Attendance", fields: fields)])
            let stamps = try XCTUnwrap(store.stamps)
            _ = try write.performed(in: folder, now: "2022-10-20 09:00", snapshot: store.shown, stamps: stamps, cache: &cache)
            data.releaseSnapshot()
            _ = store.reload(after: cache.lastWrite)
            let inPlace = data.update(to: store.shown, append: store.lastAppend, droppedMark: store.lastDroppedMark)
            if store.lastDroppedMark != nil {
                XCTAssertTrue(inPlace, "round \(round): a dropped mark is counted out in place")
                dropped += 1
            }
            assertSame(data, DashboardData(store.shown), "round \(round): \(write)")
            let fresh = try StoreLoader.load(directory: folder)
            XCTAssertEqual(store.shown.attendance, fresh.attendance, "round \(round): the marks and their lines")
            XCTAssertEqual(store.shown.problems, fresh.problems, "round \(round)")
            XCTAssertEqual(store.shown.fileRecords, fresh.fileRecords, "round \(round)")
            // Now and then another program's mark, read as an append from where the unmarks left the file.
            if round % 7 == 3 {
                let other = enrolled[Int.random(in: 0..<enrolled.count, using: &rng)]
                try append("\nClass: \(other[0])\nLearner: \(other[1])\nDate: 2022-10-\(15 + round % 5)\n", to: "attendance.rec", in: folder)
                data.releaseSnapshot()
                _ = store.reload()
                XCTAssertNotNil(store.lastAppend, "round \(round): another program's mark is an append")
                XCTAssertTrue(data.update(to: store.shown, append: store.lastAppend))
                XCTAssertEqual(store.shown.attendance, try StoreLoader.load(directory: folder).attendance, "round \(round): after an append")
                assertSame(data, DashboardData(store.shown), "round \(round): after an append")
            }
        }
        XCTAssertGreaterThan(dropped, 3, "unmarks inside the file were dropped in place")
    }

    func testAnEditOrANewYearIsBuiltWhole() throws {
        let folder = try folder(enrollmentsLast: false)
        var store = try LiveStore(directory: folder)
        _ = store.reload()
        var data = DashboardData(store.shown)
        let awards = folder + "/awards.rec"
        try append("\nId: KT1\nDate: 2019-05-02\nRecipient: B\nKind: unit\nCategory: C\nBranch: KP01\n", to: "awards.rec", in: folder)
        data.releaseSnapshot()
        _ = store.reload()
        XCTAssertNotNil(store.lastAppend, "an award appended is read alone")
        XCTAssertFalse(data.update(to: store.shown, append: store.lastAppend), "a school year not tallied yet is counted whole")
        assertSame(data, DashboardData(store.shown), "new year")
        let text = try String(contentsOfFile: awards, encoding: .utf8).replacingOccurrences(of: "Amount: 500000", with: "Amount: 600000")
        try text.write(toFile: awards, atomically: false, encoding: .utf8)
        data.releaseSnapshot()
        _ = store.reload()
        XCTAssertNil(store.lastAppend, "an edit is no append")
        XCTAssertFalse(data.update(to: store.shown, append: store.lastAppend))
        assertSame(data, DashboardData(store.shown), "edit")
    }

    // MARK: - Comparing

    /// `a` equals `b`, built whole, in every part `a` has built (a part not built yet is read
    /// from the snapshot on the spot, so it has nothing of its own to compare).
    private func assertSame(_ a: DashboardData, _ b: DashboardData, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let lists = a.built.contains(.awardLists)
        XCTAssertEqual(a.schoolYear, b.schoolYear, what, file: file, line: line)
        XCTAssertEqual(a.tallies, b.tallies, what, file: file, line: line)
        XCTAssertEqual(a.previousTallies, b.previousTallies, what, file: file, line: line)
        XCTAssertEqual(a.latest, b.latest, what, file: file, line: line)
        XCTAssertEqual(a.agenda.current?.seq, b.agenda.current?.seq, what, file: file, line: line)
        let x = a.report.awards, y = b.report.awards
        XCTAssertEqual(x.years, y.years, what, file: file, line: line)
        XCTAssertEqual(x.categories, y.categories, what, file: file, line: line)
        if lists {
            XCTAssertEqual(x.sponsors, y.sponsors, what, file: file, line: line)
            XCTAssertEqual(x.purposes, y.purposes, what, file: file, line: line)
        }
        for year in y.years + [nil] as [SchoolYear?] {
            XCTAssertEqual(a.report.tallies(year), b.report.tallies(year), "\(what), \(String(describing: year))", file: file, line: line)
            guard let year else { continue }
            let p = x.tally(year), q = y.tally(year)
            let inYear = "\(what), \(year)"
            XCTAssertEqual([p.count, p.amount, p.donations, p.donationCount], [q.count, q.amount, q.donations, q.donationCount], inYear, file: file, line: line)
            XCTAssertEqual(p.branches, q.branches, inYear, file: file, line: line)
            XCTAssertEqual(p.categories, q.categories, inYear, file: file, line: line)
            XCTAssertEqual(p.kinds.map { "\($0.kind) \($0.count) \($0.amount)" }, q.kinds.map { "\($0.kind) \($0.count) \($0.amount)" }, inYear, file: file, line: line)
            XCTAssertEqual(p.monthlyIncome + p.monthlySpending, q.monthlyIncome + q.monthlySpending, inYear, file: file, line: line)
            guard lists else { continue }
            XCTAssertEqual(p.awardsByBranch, q.awardsByBranch, inYear, file: file, line: line)
            XCTAssertEqual(p.latest, q.latest, inYear, file: file, line: line)
            XCTAssertEqual(p.latestByDate, q.latestByDate, inYear, file: file, line: line)
            XCTAssertEqual(p.donors, q.donors, inYear, file: file, line: line)
        }
        if a.built.contains(.classes) { assertSameClasses(a.classes, b.classes, what, file: file, line: line) }
        guard a.built.contains(.doubleEntryGuard) else { return }
        for award in b.snapshot.awards {
            XCTAssertEqual(a.guardKeys.existing(recipient: award.recipient, category: award.category, branch: award.branch,
                                                year: award.rewardedYear, in: a.snapshot.awards),
                           b.guardKeys.existing(recipient: award.recipient, category: award.category, branch: award.branch,
                                                year: award.rewardedYear, in: b.snapshot.awards), what, file: file, line: line)
        }
    }

    private func assertSameClasses(_ c: ClassesIndex, _ d: ClassesIndex, _ what: String, file: StaticString, line: UInt) {
        XCTAssertEqual(c.courses.map(\.id), d.courses.map(\.id), what, file: file, line: line)
        for (r, s) in zip(c.rolls, d.rolls) {
            XCTAssertEqual([r.byName, r.byNeighborhood, r.byAttendance], [s.byName, s.byNeighborhood, s.byAttendance], what, file: file, line: line)
            XCTAssertEqual([r.learnerTurns, r.attendanceMarks], [s.learnerTurns, s.attendanceMarks], what, file: file, line: line)
            XCTAssertEqual(r.sessions, s.sessions, what, file: file, line: line)
            XCTAssertEqual(r.present, s.present, what, file: file, line: line)
            XCTAssertEqual(r.attended, s.attended, what, file: file, line: line)
        }
        for l in d.learners.indices.map(Int32.init) {
            XCTAssertEqual(c.classes(of: l), d.classes(of: l), what, file: file, line: line)
            XCTAssertEqual(c.awards(of: l), d.awards(of: l), what, file: file, line: line)
        }
    }
}
