/// The dates a class or an award allows, said in Vietnamese: sessions, a class's dates, the year an award rewards.

/// The `outsideDates` sentences of `ClassDates`, the class decoder and the award decoder.
enum DateRuleWording {
    static func vietnamese(_ m: String, found: String) -> String? {
        typealias W = ProblemWording
        if m.hasPrefix("a session on ") {
            let day = found
            if let start = W.between(m, "Start: ", ")") { return "buổi học ngày \(day) trước ngày lớp bắt đầu (Start: \(start))" }
            if let end = W.between(m, "End: ", ")") { return "buổi học ngày \(day) sau ngày lớp kết thúc (End: \(end))" }
            if let year = W.word(after: "the school year ", in: m) { return "buổi học ngày \(day) nằm ngoài năm học \(year)" }
            return nil
        }
        guard let rule = W.between(m, "expected ", ", got ") ?? W.between(m, "expected ", " got ") else { return nil }
        if let count = W.between(rule, "one of the class's ", " session dates"), let range = W.between(rule, "(", ")") {
            return "cần là một trong \(count) ngày học của lớp (\(range)), nhưng là \(found)"
        }
        if let day = W.between(rule + "\u{0}", "the class's one session date, ", "\u{0}") {
            return "cần là ngày học duy nhất của lớp, \(day), nhưng là \(found)"
        }
        if let from = W.word(after: "a date from ", in: rule), let to = W.word(after: " to ", in: rule) {
            let why = rule.contains("school year") ? "trong năm học và thời gian của lớp" : "thời gian của lớp"
            return "cần là một ngày từ \(from) đến \(to) (\(why)), nhưng là \(found)"
        }
        if let years = W.between(rule, "a Date in ", ", when"), let rewarded = W.word(after: "the results of ", in: rule) {
            let pair = years.replacingOccurrences(of: " or ", with: " hoặc ")
            return "khen thưởng kết quả năm học \(rewarded) được trao trong năm học \(pair), nhưng ngày trao là \(found)"
        }
        return nil
    }
}
