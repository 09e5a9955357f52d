/// A class list: the learners enrolled in one class, in the order Vietnamese class lists use, read off the class index.

import Store

/// The roster of one class, as the teacher's sheet and the dashboard list it: each learner once,
/// sorted by given name, then middle names, then family name (`VietText.nameSortKey`), ties by
/// the learner's id; with the sessions each attended out of the sessions held (the distinct
/// dates of the class's attendance records).
public struct Roster: Sendable {
    public struct Entry: Sendable, Equatable {
        public let learner: Learner
        /// Sessions of the class the learner attended.
        public let attended: Int
    }

    public let course: Course
    public let entries: [Entry]
    /// The distinct dates of the class's attendance records, oldest first.
    public let sessionsHeld: [CalendarDate]

    /// The roster of the class `classId` among the index's classes; nil when there is no such class.
    public init?(classId: String, in index: ClassesIndex) {
        guard let c = index.course(id: classId) else { return nil }
        let roll = index.rolls[c]
        course = index.courses[c]
        entries = roll.byName.map { Entry(learner: index.learners[Int($0)], attended: roll.attendedCount($0)) }
        sessionsHeld = roll.sessions
    }

    /// The roster of the class `classId` in `snapshot`, reading only that class's records: the
    /// index of the class alone gives the same roster as the index of the whole store, at a
    /// fraction of the cost for a command that prints one class.
    public init?(classId: String, in snapshot: StoreSnapshot) {
        var one = snapshot
        one.classes = snapshot.classes.filter { $0.id == classId }
        guard !one.classes.isEmpty else { return nil }
        one.enrollments = snapshot.enrollments.filter { $0.classId == classId }
        one.attendance = snapshot.attendance.filter { $0.classId == classId }
        let enrolled = Set(one.enrollments.map(\.learnerId))
        one.learners = snapshot.learners.filter { enrolled.contains($0.id) }
        self.init(classId: classId, in: ClassesIndex(one, schoolYear: nil))
    }
}
