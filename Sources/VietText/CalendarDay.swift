/// What the formats need to know of a calendar day and of a time of day, so that they do not depend on the store.

/// A day of the proleptic Gregorian calendar.
public protocol CalendarDay {
    /// The year, e.g. 2022.
    var year: Int { get }
    /// The month, 1 = January … 12 = December.
    var month: Int { get }
    /// The day of the month, 1 … 31.
    var day: Int { get }
    /// The day of the week, 1 = Monday … 7 = Sunday (ISO 8601).
    var weekday: Int { get }
}

/// A time of day on a 24-hour clock.
public protocol TimeOfDay {
    /// The hour, 0 … 23.
    var hour: Int { get }
    /// The minute, 0 … 59.
    var minute: Int { get }
}
