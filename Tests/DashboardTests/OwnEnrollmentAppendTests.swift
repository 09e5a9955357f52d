// The dashboard's own enrollment, written before the Attendance part of attendance.rec (a rewrite), is read alone and counted in place like an append, and gives the data built whole.

import Canvas
import Foundation
import XCTest
@testable import Dashboard
@testable import Reports
@testable import Store
import StoreFixtures

final class OwnEnrollmentAppendTests: XCTestCase {
    private let now = "2022-10-20 09:00"

    /// Six learners, three classes, two enrollments and a mark: the Attendance part after the Enrollment part.
    private func folder() throws -> String {
        var records = StoreFixture.records
        records["learners.rec"] = ["Nguyễn Thị Hòa", "Trần Văn An", "Lê Minh Đức", "Phạm Thu Hà", "Hoàng Văn Nam", "Vũ Thị Lan"]
            .enumerated().map { i, name in "Learner|Id: HV\(i + 1)\nName: \(name)\nNeighborhood: Khu phố \(1 + i % 3)\n" }.joined()
        records["classes.rec"] = (1...3).map { c in
            "Class|Id: L\(c)\nName: Lớp \(c)\nTopic: Chủ đề \(c)\nKind: club\nStart: 2022-09-05\n"
        }.joined()
        records["attendance.rec"] = "Enrollment|Class: L1\nLearner: HV1\nEnrollment|Class: L2\nLearner: HV2\n"
            + "Attendance|Class: L1\nLearner: HV1\nDate: 2022-10-13\n"
        return try StoreFixture.folder(self, records: records)
    }

    private func enroll(_ course: String, _ learner: String) -> StoreWrite {
        .add([NewRecord(set: "Enrollment", fields: [.init("Class", course), .init("Learner", learner)])])
    }

    private func assertSame(_ a: DashboardData, _ b: DashboardData, _ what: String) {
        XCTAssertEqual(a.snapshot.enrollments.count, b.snapshot.enrollments.count, what)
        for (r, s) in zip(a.classes.rolls, b.classes.rolls) {
            XCTAssertEqual([r.byName, r.byNeighborhood, r.byAttendance], [s.byName, s.byNeighborhood, s.byAttendance], what)
            XCTAssertEqual([r.learnerTurns, r.attendanceMarks], [s.learnerTurns, s.attendanceMarks], what)
            XCTAssertEqual(r.present, s.present, what)
        }
        for l in b.classes.learners.indices.map(Int32.init) { XCTAssertEqual(a.classes.classes(of: l), b.classes.classes(of: l), what) }
        XCTAssertEqual(a.report.tallies(a.schoolYear), b.report.tallies(b.schoolYear), what)
        for pane in [Pane.overview, .classes] {
            let size = Size(width: 120, height: 40)
            XCTAssertEqual(Screen.render(state: AppState(pane: pane), data: a, theme: .builtinDefault, size: size).text,
                           Screen.render(state: AppState(pane: pane), data: b, theme: .builtinDefault, size: size).text, "\(what): \(pane)")
        }
    }

    func testTheDashboardsEnrollmentIsCountedInPlace() throws {
        let folder = try folder()
        var store = try LiveStore(directory: folder)
        XCTAssertEqual(store.shown.errors.map(\.message), [], "the test's store is valid")
        _ = store.reload() // the first reload of a session reads the store whole, as for appends
        var data = DashboardData(store.shown)
        var cache = SnapshotWriteCache()
        for (course, learner) in [("L1", "HV4"), ("L3", "HV5"), ("L2", "HV1")] {
            let stamps = try XCTUnwrap(store.stamps)
            _ = try enroll(course, learner).performed(in: folder, now: now, snapshot: store.shown, stamps: stamps, cache: &cache)
            let text = try String(contentsOfFile: folder + "/attendance.rec", encoding: .utf8)
            XCTAssertLessThan(try XCTUnwrap(text.range(of: "Learner: \(learner)\n")).lowerBound,
                              try XCTUnwrap(text.range(of: "%rec: Attendance")).lowerBound, "written before the Attendance part")
            data.releaseSnapshot()
            _ = store.reload(after: cache.lastWrite)
            XCTAssertTrue(store.lastWasIncremental, "the inserted record read alone")
            XCTAssertEqual(store.lastAppend?.enrollments.count, 1, "\(course) \(learner)")
            XCTAssertEqual(store.lastAppend.map { $0.awards.count + $0.attendance.count + $0.donations.count }, 0)
            XCTAssertTrue(data.update(to: store.shown, append: store.lastAppend), "counted in place")
            assertSame(data, DashboardData(store.shown), "\(course) \(learner)")
        }
    }

    /// Another program's write after the dashboard's leaves the reload to build whole.
    func testAnotherWriteInBetweenIsBuiltWhole() throws {
        let folder = try folder()
        var store = try LiveStore(directory: folder)
        var cache = SnapshotWriteCache()
        _ = try enroll("L1", "HV6").performed(in: folder, now: now, snapshot: store.shown, stamps: try XCTUnwrap(store.stamps), cache: &cache)
        _ = try enroll("L2", "HV3").performed(in: folder, now: now)
        _ = store.reload(after: cache.lastWrite)
        XCTAssertNil(store.lastAppend)
        XCTAssertEqual(store.shown.enrollments.count, 4)
        // A write that did not start from the snapshot shown is not counted in place either.
        let stale = try XCTUnwrap(store.stamps)
        _ = try enroll("L3", "HV2").performed(in: folder, now: now)
        _ = try enroll("L3", "HV1").performed(in: folder, now: now, snapshot: store.shown, stamps: stale, cache: &cache)
        XCTAssertEqual(cache.lastWrite?.fromShown, false)
        _ = store.reload(after: cache.lastWrite)
        XCTAssertNil(store.lastAppend)
    }
}
