/// The Vietnamese of the rules of criteria sets, subjects and assessments (criteria.rec, subjects.rec, assessments.rec).

/// The sentences of the titles' decoders, in Vietnamese; nil for a sentence of another rule.
enum AssessmentWording {
    static func vietnamese(_ m: String) -> String? {
        if m.hasPrefix("an item without Max must be marked Status: missing") {
            return "mục không có điểm tối đa (Max) phải ghi Status: missing (chỗ trống cần bổ sung theo văn bản hiện hành)"
        }
        if m.hasPrefix("learner "), let cell = ProblemWording.between(m, "party member of cell ", " (line"),
           let learner = ProblemWording.word(after: "learner ", in: m), let line = ProblemWording.number(after: "(line ", in: m) {
            return "học viên \(learner) đã là đảng viên của chi bộ \(cell) (dòng \(line)); mỗi học viên chỉ thuộc một chi bộ"
        }
        if m.hasPrefix("learner "), m.hasSuffix(" is listed twice as a member"),
           let learner = ProblemWording.word(after: "learner ", in: m) {
            return "học viên \(learner) được ghi hai lần trong danh sách thành viên"
        }
        if let subject = ProblemWording.between(m, "", " is a "), let other = ProblemWording.between(m, " is a ", " record, but the "),
           let title = ProblemWording.between(m, "record, but the ", " title is for a "),
           let wanted = ProblemWording.between(m + "\u{0}", " title is for a ", " record\u{0}") {
            let name = AssessedTitle(rawValue: title)?.vietnamese ?? title
            return "\(subject) là bản ghi \(other), nhưng danh hiệu \(name) chỉ xét cho bản ghi \(or(wanted))"
        }
        if m.hasPrefix("gives "), let n = ProblemWording.number(after: "gives ", in: m),
           let set = ProblemWording.word(after: "but the set ", in: m), let items = ProblemWording.number(after: " has ", in: m) {
            return "có \(n) điểm, nhưng bộ tiêu chí \(set) có \(items) chỉ tiêu; cần đúng một điểm cho mỗi chỉ tiêu, theo thứ tự của bộ"
        }
        if m.hasPrefix("item "), let code = ProblemWording.word(after: "item ", in: m),
           let set = ProblemWording.word(after: "of the set ", in: m) {
            if m.contains("is an empty place") {
                return "chỉ tiêu \(code) của bộ \(set) là chỗ trống chưa có điểm tối đa (cần bổ sung theo văn bản hiện hành); "
                    + "hãy ghi - cho chỉ tiêu này"
            }
            if let max = ProblemWording.number(after: "gives at most ", in: m), let got = ProblemWording.number(after: "points, got ", in: m) {
                return "chỉ tiêu \(code) của bộ \(set) tối đa \(max) điểm, nhưng ghi \(got) điểm"
            }
        }
        return nil
    }

    /// A second assessment of a subject by a set in a year, or a second registration for a title.
    static func duplicate(_ m: String, line: String) -> String? {
        guard let subject = ProblemWording.word(after: "with Subject ", in: m),
              let year = ProblemWording.number(after: " and Year ", in: m) else { return nil }
        if m.hasPrefix("a second Assessment"), let set = ProblemWording.word(after: " and Set ", in: m) {
            return "\(subject) đã được đánh giá theo bộ tiêu chí \(set) năm \(year) (bản ghi ở dòng \(line)); "
                + "mỗi đối tượng chỉ có một kết quả cho mỗi bộ tiêu chí và năm: hãy sửa bản ghi đó"
        }
        if m.hasPrefix("a second Registration"), let title = ProblemWording.word(after: " and Title ", in: m) {
            let name = AssessedTitle(rawValue: title)?.vietnamese ?? title
            return "\(subject) đã đăng ký danh hiệu \(name) năm \(year) (bản ghi ở dòng \(line)); chỉ cần một lần đăng ký"
        }
        return nil
    }

    /// "Unit or PartyCell" as "Unit hoặc PartyCell".
    static func or(_ sets: String) -> String {
        sets.split(separator: " or ").joined(separator: " hoặc ")
    }
}
