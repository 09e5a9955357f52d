/// The decoder of attendance.rec (enrollments and attendance); classes.rec and learners.rec use `OneSetFileDecoder`.

import Recfile

final class AttendanceFileDecoder: StoreFileDecoder {
    private var enrollment, attendance: ClassLearnerDecoder
    private var classes: KeyTable?, learners: KeyTable?
    /// What each class's dates allow, made from the snapshot's classes (read before this file).
    private var calendar = ClassCalendar()

    override init(name: String) {
        enrollment = ClassLearnerDecoder(StoreSchema.enrollment, file: name)
        attendance = ClassLearnerDecoder(StoreSchema.attendance, file: name)
        super.init(name: name)
    }

    /// Read in file order, never in pieces side by side: an attendance is checked against the
    /// enrollments above it, which a reader of a later piece has not seen.
    override func makeShadow() -> StoreFileDecoder? { nil }
    override func forEachDecoder(_ body: (inout RawRecordDecoder) -> Void) {
        body(&enrollment.r)
        body(&attendance.r)
    }

    override func prepare(_ keys: (String) -> KeyTable?) { (classes, learners) = (keys("Class"), keys("Learner")) }

    override func take(_ record: RawRecord, set: String, into s: inout StoreSnapshot) {
        calendar.update(from: s.classes)
        switch set {
        case "Enrollment":
            if let e = enrollment.decode(record, classes: classes, learners: learners, calendar: calendar) {
                s.enrollments.append(Enrollment(classId: e.classId, learnerId: e.learnerId, date: e.date, source: enrollment.r.source))
            }
        case "Attendance":
            if let a = attendance.decode(record, classes: classes, learners: learners, calendar: calendar,
                                         enrolled: enrollment.r.keys), let date = a.date {
                s.attendance.append(Attendance(classId: a.classId, learnerId: a.learnerId, date: date, source: attendance.r.source))
            }
        default: break
        }
    }

    override var movesSources: Bool { true }
    /// The arrays are in file order, so the records after the insertion are a suffix of each.
    override func shiftSources(_ s: LineShift, _ snapshot: inout StoreSnapshot) {
        for i in firstAfter(s.afterLine, snapshot.enrollments.count, { snapshot.enrollments[$0].source.line })..<snapshot.enrollments.count {
            snapshot.enrollments[i].source.line += s.lines
        }
        for i in firstAfter(s.afterLine, snapshot.attendance.count, { snapshot.attendance[$0].source.line })..<snapshot.attendance.count {
            snapshot.attendance[i].source.line += s.lines
        }
    }

    /// A mark: it has no key, names nothing another record needs, and the enrollments above it
    /// are not touched, so the decoder's state is as if it had never been read.
    override func dropMark(at line: Int, _ snapshot: inout StoreSnapshot) -> Attendance? {
        let i = firstAfter(line - 1, snapshot.attendance.count) { snapshot.attendance[$0].source.line }
        guard i < snapshot.attendance.count, snapshot.attendance[i].source.line == line else { return nil }
        records -= 1
        return snapshot.attendance.remove(at: i)
    }

    override func dangling(to set: String) -> [String] { enrollment.r.dangling + attendance.r.dangling }
    override var arrays: [SnapshotArray] { [SnapshotArray(\.enrollments), SnapshotArray(\.attendance)] }
}
