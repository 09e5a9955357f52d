/// Dates and times as the interface writes them: 06/10/2022, Thứ Năm, 07:30.

import Store

enum DateText {
    /// dd/mm/yyyy with two-digit day and month.
    static func short(_ d: CalendarDate) -> String {
        "\(twoDigits(d.day))/\(twoDigits(d.month))/\(d.year)"
    }

    /// The weekday's name: Thứ Hai … Thứ Bảy, Chủ nhật (Monday … Sunday in English).
    static func weekday(_ d: CalendarDate, _ language: Language) -> String {
        let vi = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
        let en = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let i = min(max(d.weekday, 1), 7) - 1
        return language.pick(vi[i], en[i])
    }

    /// "Thứ Năm 06/10/2022".
    static func withWeekday(_ d: CalendarDate, _ language: Language) -> String {
        "\(weekday(d, language)) \(short(d))"
    }

    /// HH:MM.
    static func time(_ t: ClockTime) -> String { "\(twoDigits(t.hour)):\(twoDigits(t.minute))" }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
