/// The report for people: the tallies with Vietnamese labels and number formats, in aligned columns.

import Store
import VietText

/// The human-readable report, in Vietnamese. Columns are aligned by grapheme clusters (one column each).
public enum ReportText {
    static let setLabels: [String: String] = [
        "Campaign": "Chiến dịch", "Target": "Chỉ tiêu", "Indicator": "Chỉ số giáo dục",
        "Agenda": "Chương trình buổi lễ", "AgendaLog": "Diễn biến buổi lễ", "Class": "Lớp học",
        "Learner": "Người học", "Enrollment": "Ghi danh", "Attendance": "Điểm danh",
        "Branch": "Chi hội khuyến học", "Clan": "Dòng họ", "Award": "Khen thưởng", "Donation": "Ủng hộ quỹ",
        "Title": "Danh hiệu học tập", "Body": "Cơ quan ban hành", "Signer": "Người ký", "Paper": "Văn bản đã cấp số",
        "FundYear": "Năm quỹ", "Expense": "Khoản chi quỹ",
    ]

    /// The whole report, ending with a line break.
    public static func text(_ t: Tallies, snapshot: StoreSnapshot) -> String {
        var out: [String] = []
        let place = snapshot.campaign.map { " — \($0.ward)" } ?? ""
        out.append("BÁO CÁO SỐ LIỆU HỌC TẬP\(place)")
        if let year = t.schoolYear {
            let span = year.firstDay.flatMap { a in year.lastDay.map { b in " (\(day(a)) – \(day(b)))" } } ?? ""
            out.append("Năm học \(year)\(span)")
        } else {
            out.append("Toàn bộ dữ liệu")
        }
        out.append("")
        out.append("Số bản ghi")
        out += table(StoreSchema.setNames.map { (setLabels[$0] ?? $0, VietFormat.integer(t.counts[$0] ?? 0)) })
        out.append("")
        out += table([
            ("Lượt người học", VietFormat.integer(t.learnerTurns)),
            ("Lượt điểm danh", VietFormat.integer(t.attendance)),
            ("Dòng họ hiếu học", "\(VietFormat.integer(t.clans.recognized))/\(VietFormat.integer(t.clans.total))"),
        ] + TitleKind.allCases.compactMap { kind in
            guard let c = t.titles[kind.rawValue], c.total > 0 else { return nil }
            let share = c.fraction.map { " (\(VietFormat.percent($0, trimWhole: false)))" } ?? ""
            return (KindNames.title(kind, .vi), "\(VietFormat.integer(c.recognized))/\(VietFormat.integer(c.total))\(share)")
        }, indent: "")
        out.append("")
        out.append("Khen thưởng: \(VietFormat.integer(t.awards.count)) lượt, tổng \(VietFormat.money(t.awards.amount))")
        let names = Dictionary(snapshot.branches.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        out += section("Theo chi hội", t.awards.byBranch.sorted { $0.key < $1.key }.map {
            ("\($0.key) \(names[$0.key] ?? "")", VietFormat.integer($0.value))
        })
        out += section("Theo đối tượng", RecipientKind.allCases.map {
            (KindNames.recipient($0, .vi), VietFormat.integer(t.awards.byKind[$0.rawValue] ?? 0))
        })
        out += section("Theo loại", t.awards.byCategory.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { ($0.key, VietFormat.integer($0.value)) })
        out.append("")
        out.append("Quỹ khuyến học")
        out += table([
            ("Tiền ủng hộ", VietFormat.money(t.fund.donations)),
            ("Đã trao thưởng", VietFormat.money(t.fund.awarded)),
            ("Còn lại", VietFormat.money(t.fund.balance)),
        ])
        if !t.targets.isEmpty {
            out.append("")
            // The targets are measured over the campaign's year: said when the report covers another.
            if let year = t.targets.first?.schoolYear, year != t.schoolYear {
                out.append("Chỉ tiêu (năm học \(year))")
            } else {
                out.append("Chỉ tiêu")
            }
            out += table(t.targets.map { target in
                let unit = target.unit.map { " \($0)" } ?? ""
                let share = target.fraction.map { " (\(VietFormat.percent($0, trimWhole: false)))" } ?? ""
                let value = "\(VietFormat.integer(target.actual)) / \(VietFormat.integer(target.goal))\(unit)\(share)"
                return (target.label, value)
            })
        }
        out.append("")
        out.append(problemLine(snapshot.problems))
        return out.joined(separator: "\n") + "\n"
    }

    /// `Vấn đề: 2 lỗi, 1 cảnh báo (chạy hoctap check để xem chi tiết)`, or that there are none.
    static func problemLine(_ problems: [StoreProblem]) -> String {
        let errors = problems.lazy.filter { $0.severity == .error }.count
        let warnings = problems.count - errors
        guard !problems.isEmpty else { return "Dữ liệu không có lỗi." }
        return "Vấn đề: \(VietFormat.integer(errors)) lỗi, \(VietFormat.integer(warnings)) cảnh báo "
            + "(chạy hoctap check để xem chi tiết)"
    }

    /// A heading and an indented table, or nothing when there are no rows.
    private static func section(_ title: String, _ rows: [(String, String)]) -> [String] {
        rows.isEmpty ? [] : ["  \(title)"] + table(rows, indent: "    ")
    }

    /// Labels padded to one width, values right-aligned.
    private static func table(_ rows: [(String, String)], indent: String = "  ") -> [String] {
        let labelWidth = rows.map(\.0.count).max() ?? 0
        let valueWidth = rows.map(\.1.count).max() ?? 0
        return rows.map { label, value in
            indent + label + String(repeating: " ", count: labelWidth - label.count + 2)
                + String(repeating: " ", count: valueWidth - value.count) + value
        }
    }

    /// `01/09/2022`.
    private static func day(_ d: CalendarDate) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(d.day))/\(two(d.month))/\(d.year)"
    }
}
