/// An assessment said in Vietnamese: the total against the pass line, the items under it, and the result.

import Store
import VietText

/// The lines `hoctap add assessment` prints after the record, and a form or a paper can reuse.
public enum AssessmentSummary {
    /// "Tổng điểm: 78/100 (cần từ 80, không chỉ tiêu nào dưới 5)", the items under the line, "Kết quả: Không đạt".
    public static func lines(_ a: Assessment, set: CriteriaSet) -> [String] {
        let result = set.result(of: a)
        let total = set.total(a.scores)
        var lines: [String] = []
        let scored = a.scores.compactMap { $0 }.count
        var head = "Tổng điểm: \(VietFormat.integer(total))/\(VietFormat.integer(set.maximum))"
        if scored < set.items.count { head += " (đã chấm \(scored)/\(set.items.count) chỉ tiêu)" }
        if set.rule == .points, let pass = set.passTotal {
            head += "; công nhận khi đạt từ \(pass) điểm" + (set.passItem.map { " và không chỉ tiêu nào dưới \($0) điểm" } ?? "")
        }
        lines.append(head)
        let failing = set.failingItems(a.scores)
        if !failing.isEmpty {
            lines.append("Chỉ tiêu chưa đạt: " + failing.map { item in
                let score = zip(set.items, a.scores).first { $0.0.code == item.code }?.1.flatMap { $0 }
                return "\(item.code) (\(score.map(String.init) ?? "-") điểm)"
            }.joined(separator: ", "))
        }
        lines.append("Kết quả (\(set.id), năm \(a.year)): \(result.vietnamese)")
        return lines
    }
}
