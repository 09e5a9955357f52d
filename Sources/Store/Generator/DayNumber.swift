/// Calendar days as plain integers, for date arithmetic in generated data.

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

    /// The calendar day (Howard Hinnant's civil_from_days).
    var date: CalendarDate {
        let z = value + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            preconditionFailure("day \(value) is outside the calendar")
        }
        return date
    }

    /// `YYYY-MM-DD`.
    var iso: String { date.description }

    /// 1 = Monday … 7 = Sunday.
    var weekday: Int { date.weekday }

    func adding(_ days: Int) -> DayNumber { DayNumber(value + days) }

    static func < (a: DayNumber, b: DayNumber) -> Bool { a.value < b.value }
}
