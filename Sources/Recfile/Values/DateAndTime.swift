/// A day and a time of day to the minute, read from `YYYY-MM-DD HH:MM`, with no time zone involved.

/// A wall-clock moment, such as when an agenda item began. recutils' `date` type accepts the same text.
public struct DateAndTime: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var date: CalendarDate
    public var time: ClockTime

    public init(date: CalendarDate, time: ClockTime) {
        self.date = date
        self.time = time
    }

    /// `YYYY-MM-DD HH:MM`; a `T` may stand for the space, and `:SS` seconds may follow (and are dropped),
    /// so `2022-10-06T07:31:00` reads too. Nil for anything else or a day or time that does not exist.
    public init?(text: some StringProtocol) {
        let u = Array(text.utf8)
        guard u.count == 16 || (u.count == 19 && u[16] == UInt8(ascii: ":")),
              u[10] == UInt8(ascii: " ") || u[10] == UInt8(ascii: "T"),
              let date = CalendarDate(iso: String(decoding: u[0..<10], as: UTF8.self)),
              let time = ClockTime(text: String(decoding: u[11..<16], as: UTF8.self))
        else { return nil }
        if u.count == 19 {
            guard let seconds = CalendarDate.digits(u, 17, 2), seconds < 60 else { return nil }
        }
        self.init(date: date, time: time)
    }

    /// `YYYY-MM-DD HH:MM`, the form the program writes.
    public var description: String { "\(date) \(time)" }

    public static func < (a: DateAndTime, b: DateAndTime) -> Bool {
        (a.date, a.time) < (b.date, b.time)
    }
}
