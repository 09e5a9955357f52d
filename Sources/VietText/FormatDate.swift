/// Dates, weekdays and times: "06/10/2022", "Thứ Năm", "T5", "ngày 06 tháng 10 năm 2022", "07:30".

extension VietFormat {
    /// dd/mm/yyyy with two-digit day and month: "06/10/2022". English uses the same
    /// day-first order (as British English does), so a date never reads two ways.
    public static func date(_ day: some CalendarDay, _ language: Language = .vi) -> String {
        "\(twoDigits(day.day))/\(twoDigits(day.month))/\(year(day.year))"
    }

    /// "Thứ Năm, 06/10/2022"; "Thursday, 06/10/2022".
    public static func dateWithWeekday(_ day: some CalendarDay, _ language: Language = .vi) -> String {
        weekday(day, language) + ", " + date(day, language)
    }

    /// The long form of documents: "ngày 06 tháng 10 năm 2022". As Vietnamese administrative
    /// documents write it, a day below 10 and the months 1 and 2 take a leading zero, other
    /// months do not: "ngày 15 tháng 01 năm 2022", "ngày 05 tháng 3 năm 2023".
    /// English: "6 October 2022".
    public static func longDate(_ day: some CalendarDay, _ language: Language = .vi) -> String {
        switch language {
        case .vi:
            let month = day.month <= 2 ? twoDigits(day.month) : "\(day.month)"
            return "ngày \(twoDigits(day.day)) tháng \(month) năm \(day.year)"
        case .en:
            return "\(day.day) \(monthName(day.month, language)) \(day.year)"
        }
    }

    /// "Thứ Hai" … "Thứ Bảy", "Chủ nhật"; "Monday" … "Sunday".
    public static func weekday(_ day: some CalendarDay, _ language: Language = .vi) -> String {
        weekdayName(day.weekday, language)
    }

    /// "T2" … "T7", "CN"; "Mon" … "Sun".
    public static func weekdayShort(_ day: some CalendarDay, _ language: Language = .vi) -> String {
        weekdayName(day.weekday, short: true, language)
    }

    /// The name of weekday `number` (1 = Monday … 7 = Sunday; other numbers wrap around the week).
    public static func weekdayName(_ number: Int, short: Bool = false, _ language: Language = .vi) -> String {
        let index = (number % 7 + 6) % 7
        switch (language, short) {
        case (.vi, false): return ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"][index]
        case (.vi, true): return ["T2", "T3", "T4", "T5", "T6", "T7", "CN"][index]
        case (.en, false): return ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][index]
        case (.en, true): return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][index]
        }
    }

    /// "tháng 10" (Vietnamese months have numbers, not names); "October".
    /// Numbers outside 1 … 12 wrap around the year.
    public static func monthName(_ month: Int, _ language: Language = .vi) -> String {
        let index = (month % 12 + 11) % 12
        switch language {
        case .vi:
            return "tháng \(index + 1)"
        case .en:
            return ["January", "February", "March", "April", "May", "June", "July",
                    "August", "September", "October", "November", "December"][index]
        }
    }

    /// HH:MM on a 24-hour clock, in both languages: "07:30".
    public static func time(_ time: some TimeOfDay, _ language: Language = .vi) -> String {
        "\(twoDigits(time.hour)):\(twoDigits(time.minute))"
    }

    /// "06/10/2022 07:30".
    public static func dateTime(_ day: some CalendarDay, _ time: some TimeOfDay, _ language: Language = .vi) -> String {
        date(day, language) + " " + self.time(time, language)
    }

    /// At least two digits: 6 → "06"; a negative number keeps its sign ("-06").
    static func twoDigits(_ value: Int) -> String { padded(value, 2) }

    /// A year with at least four digits: 999 → "0999".
    static func year(_ value: Int) -> String { padded(value, 4) }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let body = String(value.magnitude)
        let zeros = String(repeating: "0", count: max(0, width - body.count))
        return (value < 0 ? "-" : "") + zeros + body
    }
}
