/// The Lifelong Learning Week campaign of a school year: its dates, ceremony and themes.

import Recfile

/// The one `Campaign` record of `campaign.rec`.
public struct Campaign: Sendable, Hashable {
    public var id: String
    public var title: String
    public var ward: String
    public var center: String
    /// As written, such as `2022-2023`.
    public var schoolYear: String
    public var weekStart: CalendarDate
    public var weekEnd: CalendarDate
    public var ceremonyDate: CalendarDate?
    public var ceremonyTime: ClockTime?
    public var venue: String?
    /// In file order; the `Theme` field repeats.
    public var themes: [String]
    public var source: SourcePlace

    public init(
        id: String, title: String, ward: String, center: String, schoolYear: String,
        weekStart: CalendarDate, weekEnd: CalendarDate,
        ceremonyDate: CalendarDate? = nil, ceremonyTime: ClockTime? = nil,
        venue: String? = nil, themes: [String] = [], source: SourcePlace = .unknown
    ) {
        self.id = id
        self.title = title
        self.ward = ward
        self.center = center
        self.schoolYear = schoolYear
        self.weekStart = weekStart
        self.weekEnd = weekEnd
        self.ceremonyDate = ceremonyDate
        self.ceremonyTime = ceremonyTime
        self.venue = venue
        self.themes = themes
        self.source = source
    }
}
