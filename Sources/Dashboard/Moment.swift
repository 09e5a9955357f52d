/// The wall clock as the dashboard sees it: a local day and the seconds since its midnight.

import Store

/// A local moment to the second. The run loop sets `AppState.now` from the machine's clock;
/// tests set it by hand, so rendering stays a pure function of the state.
public struct Moment: Hashable, Sendable, Comparable {
    public var date: CalendarDate
    /// 0 ..< 86 400.
    public var secondsSinceMidnight: Int

    public init(date: CalendarDate, secondsSinceMidnight: Int = 0) {
        self.date = date
        self.secondsSinceMidnight = max(0, min(86_399, secondsSinceMidnight))
    }

    public init(date: CalendarDate, hour: Int, minute: Int, second: Int = 0) {
        self.init(date: date, secondsSinceMidnight: hour * 3600 + minute * 60 + second)
    }

    /// A fixed moment for tests and renders that are not live: the demo's ceremony morning.
    public static let reference = Moment(date: CalendarDate(year: 2022, month: 10, day: 6)!, hour: 8, minute: 0)

    public var hour: Int { secondsSinceMidnight / 3600 }
    public var minute: Int { secondsSinceMidnight / 60 % 60 }
    public var second: Int { secondsSinceMidnight % 60 }

    /// Seconds from 1970-01-01 00:00 local time; differences of two moments are durations.
    public var absoluteSeconds: Int { date.daysSinceEpoch * 86_400 + secondsSinceMidnight }

    /// The moment `seconds` after this one (before, when negative).
    public func adding(seconds: Int) -> Moment {
        let total = absoluteSeconds + seconds
        let days = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
        return Moment(date: CalendarDate(daysSinceEpoch: days), secondsSinceMidnight: total - days * 86_400)
    }

    /// `HH:MM:SS`.
    public var clockText: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(hour)):\(two(minute)):\(two(second))"
    }

    public static func < (a: Moment, b: Moment) -> Bool { a.absoluteSeconds < b.absoluteSeconds }
}
