/// A day of the Gregorian calendar, read strictly from ISO `YYYY-MM-DD`, with no time zone involved.

/// A calendar day (proleptic Gregorian, years 1–9999). Pure arithmetic: never depends on the machine's zone.
/// Stored in four bytes, since a store holds a date in each of a million awards.
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    private let storedYear: Int16
    private let storedMonth: UInt8
    private let storedDay: UInt8

    public var year: Int { Int(storedYear) }
    public var month: Int { Int(storedMonth) }
    public var day: Int { Int(storedDay) }

    /// A real day of the calendar, or nil (2022-02-30 and 2022-13-01 are nil).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Self.daysInMonth(year: year, month: month) else { return nil }
        storedYear = Int16(year)
        storedMonth = UInt8(month)
        storedDay = UInt8(day)
    }

    /// Exactly `YYYY-MM-DD` with ASCII digits; anything else, or a day that does not exist, is nil.
    public init?(iso text: some StringProtocol) {
        let parts = text.utf8.withContiguousStorageIfAvailable(Self.fields) ?? Array(text.utf8).withUnsafeBufferPointer(Self.fields)
        guard let parts else { return nil }
        self.init(year: parts.0, month: parts.1, day: parts.2)
    }

    /// Year, month and day of `YYYY-MM-DD`, read from the bytes without copying them.
    private static func fields(_ u: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? {
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"),
              let y = digits(u, 0, 4), let m = digits(u, 5, 2), let d = digits(u, 8, 2)
        else { return nil }
        return (y, m, d)
    }

    /// 1 = Monday … 7 = Sunday (ISO 8601).
    public var weekday: Int {
        // 1970-01-01 was a Thursday (4).
        let r = daysSinceEpoch % 7
        return (r + 7 + 3) % 7 + 1
    }

    /// Days from 1970-01-01 (negative before it). Differences of two dates count days between them.
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil: years begin in March so that leap days fall last.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = (month + 9) % 12
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2)
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// 28–31 for months 1–12; 0 for any other month.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeapYear(year) ? 29 : 28
        default: return 0
        }
    }

    /// The number written by `count` ASCII digits from `start`, or nil if any is not a digit.
    package static func digits(_ u: [UInt8], _ start: Int, _ count: Int) -> Int? {
        u.withUnsafeBufferPointer { digits($0, start, count) }
    }

    /// The number written by `count` ASCII digits from `start`, or nil if any is not a digit.
    package static func digits(_ u: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        guard start >= 0, count > 0, start + count <= u.count else { return nil }
        var n = 0
        for b in u[start..<(start + count)] {
            guard b >= 0x30, b <= 0x39 else { return nil }
            n = n * 10 + Int(b - 0x30)
        }
        return n
    }

    package static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
