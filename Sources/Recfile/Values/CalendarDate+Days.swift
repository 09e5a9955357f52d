/// Day arithmetic on calendar dates: the day a count of days names, and days added to a date.

extension CalendarDate {
    /// The day `days` after 1970-01-01 (before it when negative); the inverse of `daysSinceEpoch`.
    /// Clamped to the years 1–9999 that a `CalendarDate` holds.
    public init(daysSinceEpoch days: Int) {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        if year < 1 {
            self = CalendarDate(year: 1, month: 1, day: 1)!
        } else if year > 9999 {
            self = CalendarDate(year: 9999, month: 12, day: 31)!
        } else {
            self = CalendarDate(year: year, month: month, day: day)!
        }
    }

    /// The date `days` later (earlier when negative).
    public func adding(days: Int) -> CalendarDate { CalendarDate(daysSinceEpoch: daysSinceEpoch + days) }
}
