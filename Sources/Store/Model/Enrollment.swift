/// A learner in a class: an enrollment (one learner-turn) and an attended session, both in `attendance.rec`.

import Recfile

/// One `Enrollment` record: a learner-turn.
public struct Enrollment: Hashable, Sendable {
    /// The `Id` of a `Class`.
    public var classId: String
    /// The `Id` of a `Learner`.
    public var learnerId: String
    public var date: CalendarDate?
    public var source: SourcePlace

    public init(classId: String, learnerId: String, date: CalendarDate? = nil, source: SourcePlace = .unknown) {
        self.classId = classId
        self.learnerId = learnerId
        self.date = date
        self.source = source
    }
}

/// One `Attendance` record: a session of a class that a learner attended.
public struct Attendance: Hashable, Sendable {
    /// The `Id` of a `Class`.
    public var classId: String
    /// The `Id` of a `Learner`.
    public var learnerId: String
    public var date: CalendarDate
    public var source: SourcePlace

    public init(classId: String, learnerId: String, date: CalendarDate, source: SourcePlace = .unknown) {
        self.classId = classId
        self.learnerId = learnerId
        self.date = date
        self.source = source
    }
}
