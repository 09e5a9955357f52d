/// A class's timetable as the clerk says it, "T3, T5 from 04/10 to 24/11", turned into its session dates.

import Recfile
import VietText

/// The session dates of a weekly pattern between two days: what `hoctap add class --Weekly` and the
/// class form write as `Session` lines. Pure: the same pattern and days give the same dates.
public enum WeeklySchedule {
    /// The most sessions one pattern may make (three years of daily classes): a slip in a year
    /// ("2032" for "2023") is refused rather than written as thousands of lines.
    public static let maximumSessions = 1_100

    /// Why a pattern gives no dates; the message names what to type instead.
    public enum Problem: Error, Hashable, Sendable, CustomStringConvertible {
        /// The text names no weekday, or something else besides weekdays.
        case unreadable(String)
        /// The last day is before the first.
        case backwards(first: CalendarDate, last: CalendarDate)
        /// No day between the two falls on the named weekdays.
        case noMatchingDay(first: CalendarDate, last: CalendarDate, weekdays: [Int])
        /// More dates than `maximumSessions`.
        case tooMany(Int)

        public var description: String { text(.en) }

        public func text(_ language: Language) -> String {
            switch self {
            case .unreadable(let text):
                return language.pick("\"\(text)\" không nêu thứ nào: viết T2 … T7 và CN, hoặc Thứ Hai … Thứ Bảy và Chủ nhật, "
                                     + "cách nhau bằng dấu phẩy, như \"T3, T5\"",
                                     "\"\(text)\" names no weekdays: write them as T2 … T7 and CN, or Thứ Hai … Thứ Bảy "
                                     + "and Chủ nhật, separated by commas, such as \"T3, T5\"")
            case .backwards(let first, let last):
                return language.pick("ngày kết thúc (\(last)) trước ngày bắt đầu (\(first))",
                                     "the End (\(last)) is before the Start (\(first))")
            case .noMatchingDay(let first, let last, let weekdays):
                let names = weekdays.map { VietFormat.weekdayName($0) }.joined(separator: ", ")
                return language.pick("không có \(names) nào từ \(first) đến \(last): không có buổi học nào",
                                     "no \(names) falls between \(first) and \(last): no session dates")
            case .tooMany(let count):
                return language.pick("\(count) buổi giữa hai ngày, quá \(maximumSessions): xem lại năm",
                                     "\(count) sessions between the two dates, more than \(maximumSessions): check the years")
            }
        }
    }

    /// Every day from `first` to `last`, both included, that falls on one of `weekdays` (ISO
    /// numbers, 1 = Monday … 7 = Sunday), in order.
    public static func dates(from first: CalendarDate, to last: CalendarDate, on weekdays: [Int]) -> [CalendarDate] {
        guard first <= last else { return [] }
        let wanted = Set(weekdays)
        return (first.daysSinceEpoch...last.daysSinceEpoch).map(CalendarDate.init(daysSinceEpoch:))
            .filter { wanted.contains($0.weekday) }
    }

    /// The session dates of `pattern` ("T3, T5", "Thứ Ba, Thứ Năm", accents optional) from
    /// `first` to `last`.
    /// - Throws: `Problem` when the pattern names no weekday, the range runs backwards, no day in it
    ///   matches, or it makes more than `maximumSessions` dates.
    public static func expand(_ pattern: String, from first: CalendarDate, to last: CalendarDate) throws(Problem) -> [CalendarDate] {
        guard let weekdays = VietText.weekdays(pattern) else { throw .unreadable(pattern) }
        guard first <= last else { throw .backwards(first: first, last: last) }
        // Count before making them: a range of a thousand years costs nothing to refuse.
        let days = last.daysSinceEpoch - first.daysSinceEpoch + 1
        if days / 7 * weekdays.count > maximumSessions { throw .tooMany(days / 7 * weekdays.count) }
        let out = dates(from: first, to: last, on: weekdays)
        guard !out.isEmpty else { throw .noMatchingDay(first: first, last: last, weekdays: weekdays) }
        guard out.count <= maximumSessions else { throw .tooMany(out.count) }
        return out
    }
}
