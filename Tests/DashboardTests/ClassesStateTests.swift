// Key sequences fed to the classes pane: search, sort, attendance, the card and the enroll form.

import Canvas
@testable import Dashboard
import Store
import VietText
import XCTest
@testable import Recfile

final class ClassesStateTests: XCTestCase {
    // MARK: fixtures

    static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    /// Two classes, five learners; LH01 has met on 03/10 and 05/10 (the reference day is 06/10).
    static func snapshot() -> StoreSnapshot {
        StoreSnapshot(
            directory: "",
            campaign: nil,
            classes: [
                Course(id: "LH01", name: "Tin học văn phòng", topic: "Tin học", kind: .vocational, partner: "Đoàn Thanh niên",
                       start: day("2022-10-01"), end: day("2022-12-01"), sessions: 8, capacity: 4),
                Course(id: "LH02", name: "Câu lạc bộ dưỡng sinh", topic: "Sức khỏe", kind: .club,
                       start: day("2022-09-15"), end: day("2023-05-30"), capacity: 30),
            ],
            learners: [
                Learner(id: "HV01", name: "Nguyễn Thị Hiền", gender: .female, birthYear: 1990, neighborhood: "Khu phố 11", phone: "0912345678"),
                Learner(id: "HV02", name: "Trần Văn Hòa", gender: .male, birthYear: 1985, neighborhood: "Khu phố 2"),
                Learner(id: "HV03", name: "Lê Thị Hoà Bình", neighborhood: "Khu phố 2"),
                Learner(id: "HV04", name: "Phạm Văn Đồng", birthYear: 1950, neighborhood: "Khu phố 1"),
                Learner(id: "HV05", name: "Võ Minh An", birthYear: 2001),
            ],
            enrollments: [
                Enrollment(classId: "LH01", learnerId: "HV01"), Enrollment(classId: "LH01", learnerId: "HV02"),
                Enrollment(classId: "LH01", learnerId: "HV03"), Enrollment(classId: "LH02", learnerId: "HV04"),
                Enrollment(classId: "LH02", learnerId: "HV01"),
            ],
            attendance: [
                Attendance(classId: "LH01", learnerId: "HV01", date: day("2022-10-03")),
                Attendance(classId: "LH01", learnerId: "HV02", date: day("2022-10-03")),
                Attendance(classId: "LH01", learnerId: "HV01", date: day("2022-10-05")),
            ]
        )
    }

    static let data = DashboardData(snapshot())

    private func run(_ keys: [Key], from state: ClassesState = ClassesState(), mayEdit: Bool = true) -> (ClassesState, [KeyOutcome]) {
        var s = state
        let env = KeyContext(now: .reference, mayEdit: mayEdit, language: .vi)
        let outcomes = keys.map { ClassesPane.handle($0, &s, Self.data, env) }
        return (s, outcomes)
    }

    private func selection(_ s: ClassesState) -> ClassesSelection { ClassesSelection(s, Self.data.classes, today: Moment.reference.date) }

    private func rosterNames(_ s: ClassesState) -> [String] {
        selection(s).roster.map { Self.data.classes.learners[Int($0)].name }
    }

    // MARK: index and order

    func testRosterIsInVietnameseClassListOrder() {
        // Given names: Bình, Hiền, Hòa.
        XCTAssertEqual(rosterNames(ClassesState()), ["Lê Thị Hoà Bình", "Nguyễn Thị Hiền", "Trần Văn Hòa"])
    }

    func testIndexCountsSessionsAndAttendance() {
        let roll = Self.data.classes.rolls[0]
        XCTAssertEqual(roll.sessions, [Self.day("2022-10-03"), Self.day("2022-10-05")])
        XCTAssertEqual(roll.presentCount(on: Self.day("2022-10-03")), 2)
        XCTAssertEqual(roll.attendedCount(Self.data.classes.learner(id: "HV01")!), 2)
        XCTAssertEqual(roll.attendanceRate!, 3.0 / 6.0, accuracy: 1e-9)
    }

    // MARK: search

    func testSearchWithoutAccentsNarrowsTheClassesByALearnersName() {
        let (s, outcomes) = run([.character("/")] + typed("dong"))
        XCTAssertTrue(outcomes.allSatisfy { $0 == .handled })
        XCTAssertEqual(selection(s).classes.map { Self.data.classes.courses[$0].id }, ["LH02"])
    }

    func testSearchIgnoresTonePlacementAndCase() {
        for query in ["hoa", "HOÀ", "hòa", "Hoà"] {
            let (s, _) = run([.enter, .character("/")] + typed(query))
            XCTAssertEqual(rosterNames(s), ["Lê Thị Hoà Bình", "Trần Văn Hòa"], query)
        }
    }

    func testTypingQInASearchDoesNotQuit() {
        let (s, outcomes) = run([.character("/"), .character("q"), .left, .right, .character("1")])
        XCTAssertEqual(outcomes, [.handled, .handled, .handled, .handled, .handled])
        XCTAssertEqual(s.classSearch.text, "q1")
    }

    func testEnterKeepsTheSearchAndNSteps() {
        var (s, _) = run([.enter, .character("/")] + typed("hoa") + [.enter])
        XCTAssertFalse(s.rosterSearch.isEditing)
        XCTAssertEqual(selection(s).learner.map { Self.data.classes.learners[Int($0)].id }, "HV03")
        (s, _) = run([.character("n")], from: s)
        XCTAssertEqual(selection(s).learner.map { Self.data.classes.learners[Int($0)].id }, "HV02")
        (s, _) = run([.character("n")], from: s)
        XCTAssertEqual(selection(s).learner.map { Self.data.classes.learners[Int($0)].id }, "HV03", "n wraps")
        (s, _) = run([.character("N")], from: s)
        XCTAssertEqual(selection(s).learner.map { Self.data.classes.learners[Int($0)].id }, "HV02")
    }

    func testEscClearsTheSearchThenGoesBack() {
        var (s, _) = run([.enter, .character("/")] + typed("hoa") + [.enter])
        (s, _) = run([.escape], from: s)
        XCTAssertFalse(s.rosterSearch.isActive)
        XCTAssertEqual(rosterNames(s).count, 3)
        XCTAssertEqual(s.focus, .roster)
        (s, _) = run([.escape], from: s)
        XCTAssertEqual(s.focus, .classes)
        let (_, outcomes) = run([.escape], from: s)
        XCTAssertEqual(outcomes, [.ignored], "a last Esc is the global one")
    }

    func testEnteringAClassFoundByANameNarrowsItsRoster() {
        let (s, _) = run([.character("/")] + typed("hien") + [.enter, .enter])
        XCTAssertEqual(s.focus, .roster)
        XCTAssertEqual(rosterNames(s), ["Nguyễn Thị Hiền"])
    }

    // MARK: filters and sort

    func testKindAndTopicFilters() {
        var (s, _) = run([.character("k")])
        XCTAssertEqual(s.kind, .vocational)
        XCTAssertEqual(selection(s).classes, [0])
        (s, _) = run(Array(repeating: .character("k"), count: 5), from: ClassesState())
        XCTAssertNil(s.kind, "k cycles back to every kind")
        (s, _) = run([.character("t")])
        XCTAssertEqual(s.topic, "Sức khỏe")
        XCTAssertEqual(selection(s).classes, [1])
    }

    func testSortCyclesNameNeighbourhoodAttendance() {
        var (s, _) = run([.character("s")])
        XCTAssertEqual(s.sort, .neighborhood)
        // Khu phố 2 (Bình, Hòa) before Khu phố 11 (Hiền).
        XCTAssertEqual(rosterNames(s), ["Lê Thị Hoà Bình", "Trần Văn Hòa", "Nguyễn Thị Hiền"])
        (s, _) = run([.character("s")], from: s)
        XCTAssertEqual(s.sort, .attendance)
        XCTAssertEqual(rosterNames(s), ["Nguyễn Thị Hiền", "Trần Văn Hòa", "Lê Thị Hoà Bình"])
        (s, _) = run([.character("s")], from: s)
        XCTAssertEqual(s.sort, .name)
    }

    // MARK: attendance

    func testSessionDatesAreTheSessionsHeldAndToday() {
        var (s, _) = run([.enter])
        XCTAssertEqual(selection(s).sessionDate, Self.day("2022-10-06"), "a running class opens on today")
        (s, _) = run([.left], from: s)
        XCTAssertEqual(selection(s).sessionDate, Self.day("2022-10-05"))
        (s, _) = run([.left, .left, .left], from: s)
        XCTAssertEqual(selection(s).sessionDate, Self.day("2022-10-03"), "← stops at the first session")
        (s, _) = run([.right, .right, .right], from: s)
        XCTAssertEqual(selection(s).sessionDate, Self.day("2022-10-06"))
    }

    /// A class that lists its sessions offers those days only; one that ended offers no day after it.
    func testSessionDatesAreTheClassScheduleAndNeverADayItRefuses() {
        var snapshot = Self.snapshot()
        snapshot.classes[0].sessionDates = [Self.day("2022-10-03"), Self.day("2022-10-05"), Self.day("2022-10-10")]
        let scheduled = DashboardData(snapshot)
        var s = ClassesState()
        let env = KeyContext(now: .reference, mayEdit: true, language: .vi)
        _ = ClassesPane.handle(.enter, &s, scheduled, env)
        let listed = ClassesSelection(s, scheduled.classes, today: Moment.reference.date)
        XCTAssertEqual(listed.sessionDates.map(\.description), ["2022-10-03", "2022-10-05", "2022-10-10"], "today (06/10) is no session")
        XCTAssertEqual(listed.sessionDate?.description, "2022-10-05", "the latest session up to today")

        let later = Moment(date: Self.day("2026-12-03"), hour: 9, minute: 0)
        let ended = ClassesSelection(ClassesState(), Self.data.classes, today: later.date)
        XCTAssertFalse(ended.sessionDates.contains(later.date), "no session on 03/12/2026 for a class that ended on 01/12/2022")
        XCTAssertEqual(ended.sessionDate?.description, "2022-10-05")
        var t = ClassesState()
        let lateEnv = KeyContext(now: later, mayEdit: true, language: .vi)
        _ = ClassesPane.handle(.enter, &t, Self.data, lateEnv)
        t.sessionDate = later.date
        let outcome = ClassesPane.handle(.character(" "), &t, Self.data, lateEnv)
        guard case .effect(.write(let write, _)) = outcome else { return XCTFail("\(outcome)") }
        XCTAssertFalse("\(write)".contains("2026-12-03"), "a day the class refuses is never written: \(write)")
    }

    func testSpaceMarksPresentWithAnAppend() {
        let (s, outcomes) = run([.enter, .character(" ")])
        let expected = StoreWrite.add([NewRecord(set: "Attendance", fields: [.init("Class", "LH01"), .init("Learner", "HV03"), .init("Date", "2022-10-06")])])
        XCTAssertEqual(outcomes.last, .effect(.write(expected, origin: .classes)))
        XCTAssertEqual(s.rosterCursor.index, 1, "on to the next learner")
    }

    func testSpaceOnAPresentLearnerRemovesTheRecord() {
        let (_, outcomes) = run([.enter, .left, .down, .character(" ")])
        let expected = StoreWrite.remove(set: "Attendance", matching: [.init("Class", "LH01"), .init("Learner", "HV01"), .init("Date", "2022-10-05")])
        XCTAssertEqual(outcomes.last, .effect(.write(expected, origin: .classes)))
    }

    func testTheStatusLineNamesWhoWasMarkedAndTheSession() {
        var app = AppState(pane: .classes, canWrite: true)
        for key in [Key.enter, .character(" ")] { app.handle(key, data: Self.data) }
        let record = try! RecordText(["Class": "LH01", "Learner": "HV03", "Date": "2022-10-06"])
        app.update(.writeFinished(.written([record]), origin: .classes), data: Self.data)
        XCTAssertEqual(app.notice?.text, "Đã ghi có mặt: Lê Thị Hoà Bình, buổi 06/10/2022")
        XCTAssertNil(app.classes.markAsked)

        // Un-marking Hiền (the next row) at the session of 05/10.
        for key in [Key.left, .character(" ")] { app.handle(key, data: Self.data) }
        let removed = ChangeSummary(.remove, [RecordLabel(set: "Attendance", id: "LH01/HV01/2022-10-05")])
        app.update(.writeFinished(.changed(removed, undo: false), origin: .classes), data: Self.data)
        XCTAssertEqual(app.notice?.text, "Đã bỏ có mặt: Nguyễn Thị Hiền, buổi 05/10/2022")

        // A refusal is said as it was, and a write that was not a mark keeps the plain report.
        for key in [Key.character(" ")] { app.handle(key, data: Self.data) }
        app.update(.writeFinished(.refused(problems: ["no record matches"]), origin: .classes), data: Self.data)
        XCTAssertEqual(app.notice?.text, "Không ghi: no record matches")
        app.update(.writeFinished(.written([record]), origin: .classes), data: Self.data)
        XCTAssertEqual(app.notice?.text, "Đã ghi 1 bản ghi")
    }

    func testReadOnlyStoreSaysSoInsteadOfWriting() {
        let (s, outcomes) = run([.enter, .character(" ")], mayEdit: false)
        XCTAssertEqual(outcomes.last, .handled)
        XCTAssertNotNil(s.message)
        XCTAssertTrue(ClassesPane.hints(s, KeyContext(mayEdit: false)).allSatisfy { $0.keyLabel != "Space" })
        let (f, _) = run([.character("a")], mayEdit: false)
        XCTAssertNil(f.form)
        XCTAssertNotNil(f.message)
    }

    func testARefusedWriteIsShownInline() {
        var (s, _) = run([.enter, .character(" ")])
        ClassesPane.receive(.refused(problems: ["no record matches"]), &s)
        XCTAssertEqual(s.message?.text, "no record matches")
    }

    // MARK: card

    func testEnterOpensTheCardAndEnterOnAClassGoesThere() {
        var (s, _) = run([.enter, .down, .enter])
        XCTAssertEqual(s.card?.learnerId, "HV01")
        (s, _) = run([.down, .enter], from: s)
        XCTAssertNil(s.card)
        XCTAssertEqual(selection(s).course, 1)
        XCTAssertEqual(selection(s).learner.map { Self.data.classes.learners[Int($0)].id }, "HV01")
        XCTAssertEqual(s.focus, .roster)
    }
}

/// The roster gives a full name its columns before the organisation and the neighbourhood.
final class RosterColumnTests: XCTestCase {
    func testTheNameKeepsItsWidthAtTheProjectorsUsualSize() {
        for width in [58, 62, 70, 100, 180] {
            let columns = RosterView.columns(width: width, count: 300, attendanceView: true)
            XCTAssertGreaterThanOrEqual(columns[1].width, RosterView.nameWidth, "width \(width): \(columns.map(\.width))")
            XCTAssertLessThanOrEqual(columns.reduce(0) { $0 + ($1.width > 0 ? $1.width + 1 : 0) } - 1, width)
        }
        XCTAssertGreaterThan(RosterView.columns(width: 100, count: 300, attendanceView: true)[3].width, 0,
                             "with room, the organisation is shown too")
    }
}
