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
    public var source: SourcePlace

    public init(id: String, name: String, topic: String, kind: CourseKind? = nil, partner: String? = nil,
                teacher: String? = nil, start: CalendarDate? = nil, end: CalendarDate? = nil,
                sessions: Int? = nil, capacity: Int? = nil, venue: String? = nil, source: SourcePlace = .unknown) {
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
        self.source = source
    }
}
