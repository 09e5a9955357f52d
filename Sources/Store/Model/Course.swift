/// A class of the center (the `Class` set of `classes.rec`): a training, thematic course, literacy class or club.

import Recfile

/// One `Class` record. Called `Course` in code, since `Class` reads as a keyword.
public struct Course: Hashable, Sendable {
    public var id: String
    public var name: String
    public var topic: String
    public var kind: CourseKind?
    public var partner: String?
    public var teacher: String?
    public var start: CalendarDate?
    public var end: CalendarDate?
    public var sessions: Int?
    public var capacity: Int?
    public var venue: String?
    /// The school year it belongs to when given (`SchoolYear`); see `ClassDates` for the year it counts in.
    public var schoolYear: SchoolYear?
    /// The dates it meets (`Session` fields), in file order; empty when none are listed.
    public var sessionDates: [CalendarDate]
    public var source: SourcePlace

    public init(id: String, name: String, topic: String, kind: CourseKind? = nil, partner: String? = nil,
                teacher: String? = nil, start: CalendarDate? = nil, end: CalendarDate? = nil,
                sessions: Int? = nil, capacity: Int? = nil, venue: String? = nil, schoolYear: SchoolYear? = nil,
                sessionDates: [CalendarDate] = [], source: SourcePlace = .unknown) {
        self.id = id
        self.name = name
        self.topic = topic
        self.kind = kind
        self.partner = partner
        self.teacher = teacher
        self.start = start
        self.end = end
        self.sessions = sessions
        self.capacity = capacity
        self.venue = venue
        self.schoolYear = schoolYear
        self.sessionDates = sessionDates
        self.source = source
    }
}
