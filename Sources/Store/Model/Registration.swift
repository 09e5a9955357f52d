/// A subject's registration (đăng ký) for a learning title in a calendar year.

import Recfile

/// One `Registration` record: a subject registered (đăng ký) for a title in a calendar year.
public struct Registration: Hashable, Sendable {
    public var subject: String
    public var title: AssessedTitle
    public var year: Int
    public var date: CalendarDate?
    public var source: SourcePlace

    public init(subject: String, title: AssessedTitle, year: Int, date: CalendarDate? = nil, source: SourcePlace = .unknown) {
        self.subject = subject
        self.title = title
        self.year = year
        self.date = date
        self.source = source
    }
}
