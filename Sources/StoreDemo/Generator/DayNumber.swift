/// Calendar days as plain integers, for date arithmetic in generated data.

import Recfile
import Store

/// Days since 1970-01-01, convertible to and from `CalendarDate`.
struct DayNumber: Hashable, Comparable, Sendable {
    let value: Int

    init(_ value: Int) {
        self.value = value
    }

    init(_ date: CalendarDate) {
        value = date.daysSinceEpoch
    }

    /// A date written `YYYY-MM-DD`; the text must be a real day (generator data is fixed and checked by tests).
    init(iso: String) {
        guard let date = CalendarDate(iso: iso) else { preconditionFailure("not an ISO date: \(iso)") }
        self.init(date)
    }

    /// The same day and month `years` years later (earlier when negative); generator dates never
    /// fall on 29 February.
    init(iso: String, yearsLater years: Int) {
        guard years != 0, let year = Int(iso.prefix(4)) else { self.init(iso: iso); return }
        self.init(iso: String(year + years) + iso.dropFirst(4))
    }

    /// The calendar day.
    var date: CalendarDate { CalendarDate(daysSinceEpoch: value) }

    /// `YYYY-MM-DD`.
    var iso: String { date.description }

    /// 1 = Monday … 7 = Sunday.
    var weekday: Int { date.weekday }

    func adding(_ days: Int) -> DayNumber { DayNumber(value + days) }

    static func < (a: DayNumber, b: DayNumber) -> Bool { a.value < b.value }
}
