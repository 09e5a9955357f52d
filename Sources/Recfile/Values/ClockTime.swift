/// A time of day to the minute, read strictly from `HH:MM` (00:00–23:59).

/// A wall-clock time with no date and no zone, such as a ceremony's start.
public struct ClockTime: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int

    /// Nil unless 0 ≤ hour ≤ 23 and 0 ≤ minute ≤ 59.
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Exactly `HH:MM` with two ASCII digits each (`07:30`, not `7:30` or `07h30`).
    public init?(text: some StringProtocol) {
        let parts = text.utf8.withContiguousStorageIfAvailable(Self.fields) ?? Array(text.utf8).withUnsafeBufferPointer(Self.fields)
        guard let parts else { return nil }
        self.init(hour: parts.0, minute: parts.1)
    }

    /// Hour and minute of `HH:MM`, read from the bytes without copying them.
    private static func fields(_ u: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        guard u.count == 5, u[2] == UInt8(ascii: ":"),
              let h = CalendarDate.digits(u, 0, 2), let m = CalendarDate.digits(u, 3, 2) else { return nil }
        return (h, m)
    }

    /// Minutes since midnight, 0–1439.
    public var minutesSinceMidnight: Int { hour * 60 + minute }

    /// `HH:MM`.
    public var description: String { CalendarDate.pad(hour, 2) + ":" + CalendarDate.pad(minute, 2) }

    public static func < (a: ClockTime, b: ClockTime) -> Bool {
        a.minutesSinceMidnight < b.minutesSinceMidnight
    }
}
