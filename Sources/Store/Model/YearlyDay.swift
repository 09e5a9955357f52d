/// A day that comes back every year, written DD/MM: the day a year's title results go up.

/// A day and month without a year, such as 15/12 (results go up before 15 December).
public struct YearlyDay: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var day: Int
    public var month: Int

    /// What the sources give for the learning titles: results go up before 15/12.
    public static let titleResults = YearlyDay(day: 15, month: 12)!

    public init?(day: Int, month: Int) {
        let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...12).contains(month), (1...lengths[month - 1]).contains(day) else { return nil }
        self.day = day
        self.month = month
    }

    /// "15/12" or "5/1".
    public init?(text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let d = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(day: d, month: m)
    }

    /// "15/12".
    public var description: String { (day < 10 ? "0" : "") + String(day) + "/" + (month < 10 ? "0" : "") + String(month) }

    public static func < (a: YearlyDay, b: YearlyDay) -> Bool { (a.month, a.day) < (b.month, b.day) }
}
