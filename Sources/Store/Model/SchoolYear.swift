/// A school year, 1 September to 31 August, such as 2022-2023: the year a dated record belongs to.

import Recfile

/// The school year that starts on 1 September of `startYear` and ends on 31 August of the next year.
public struct SchoolYear: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The calendar year of its 1 September.
    public let startYear: Int

    public init(startYear: Int) {
        self.startYear = startYear
    }

    /// The school year `date` falls in: September to December belong to the year that starts then,
    /// January to August to the one that started the September before.
    public init(containing date: CalendarDate) {
        startYear = date.month >= 9 ? date.year : date.year - 1
    }

    /// `YYYY-YYYY` with the second year the first plus one (`2022-2023`); an en dash is accepted too.
    /// Nil for anything else.
    public init?(text: some StringProtocol) {
        let u = Array(text.utf8)
        let dash: [UInt8] = u.count == 9 ? [u[4]] : u.count == 11 ? Array(u[4..<7]) : []
        guard dash == [UInt8(ascii: "-")] || dash == Array("–".utf8),
              let first = CalendarDate.digits(u, 0, 4), let second = CalendarDate.digits(u, u.count - 4, 4),
              first >= 1, second == first + 1 else { return nil }
        startYear = first
    }

    /// 1 September of the start year (nil outside the years 1–9999).
    public var firstDay: CalendarDate? { CalendarDate(year: startYear, month: 9, day: 1) }

    /// 31 August of the following year (nil outside the years 1–9999).
    public var lastDay: CalendarDate? { CalendarDate(year: startYear + 1, month: 8, day: 31) }

    /// True when `date` falls between 1 September and 31 August, both included.
    public func contains(_ date: CalendarDate) -> Bool {
        SchoolYear(containing: date) == self
    }

    /// `2022-2023`.
    public var description: String { "\(CalendarDate.pad(startYear, 4))-\(CalendarDate.pad(startYear + 1, 4))" }

    public static func < (a: SchoolYear, b: SchoolYear) -> Bool { a.startYear < b.startYear }
}
