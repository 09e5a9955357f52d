/// An area's report for people: a table of the members beside the total, then awards by ward and branch, titles and fund per ward.

import Store
import VietText

/// The combined report in Vietnamese, columns aligned in display columns (one per grapheme).
public enum AreaText {
    public static func text(_ report: AreaReport) -> String {
        var out: [String] = []
        out.append("BÁO CÁO TỔNG HỢP — \(report.title.uppercased())")
        out.append(report.schoolYear.map { "Năm học \($0)" } ?? "Toàn bộ dữ liệu")
        out.append("Chỉ xem: số liệu của \(VietFormat.integer(report.members.count)) đơn vị, mỗi đơn vị một dòng, dòng cuối là tổng cộng")
        out.append("")
        let read = report.readMembers
        func row(_ name: String, _ f: WardFigures) -> [String] {
            [name, VietFormat.integer(f.learnerTurns), VietFormat.integer(f.awards.count), VietFormat.money(f.awards.amount),
             VietFormat.money(f.fund.donations), VietFormat.money(f.fund.balance),
             "\(VietFormat.integer(f.clans.recognized))/\(VietFormat.integer(f.clans.total))", badge(f)]
        }
        let header = ["Đơn vị", "Lượt người học", "Khen thưởng", "Số tiền thưởng", "Ủng hộ quỹ", "Còn lại", "Dòng họ hiếu học", "Vấn đề"]
        out += columns([header] + read.map { row($0.name, $0.figures!) } + [row("Tổng cộng", report.total)])
        for m in report.members where m.failure != nil { out.append("⚠ \(m.failure!)") }
        out.append("")
        out.append("Khen thưởng theo đơn vị, chi hội")
        var awardRows: [[String]] = []
        for m in read {
            let f = m.figures!
            awardRows.append([m.name, VietFormat.integer(f.awards.count), VietFormat.money(f.awards.amount)])
            for (id, n) in f.awards.byBranch.sorted(by: { $0.key < $1.key }) where n > 0 {
                let name = f.branchName(id)
                awardRows.append(["  " + (name == id ? id : "\(id) \(name)"), VietFormat.integer(n), ""])
            }
        }
        awardRows.append(["Tổng cộng", VietFormat.integer(report.total.awards.count), VietFormat.money(report.total.awards.amount)])
        out += columns(awardRows, indent: "  ")
        out.append("")
        out.append("Danh hiệu học tập theo đơn vị (công nhận/tổng)")
        let titleHeader = ["Đơn vị"] + AssessedTitle.allCases.map(\.vietnamese)
        func titleRow(_ name: String, _ f: WardFigures) -> [String] {
            [name] + AssessedTitle.allCases.map { t in
                let c = f.titles[t.rawValue] ?? TitleTally()
                return "\(VietFormat.integer(c.recognized))/\(VietFormat.integer(c.total))"
            }
        }
        out += columns([titleHeader] + read.map { titleRow($0.name, $0.figures!) } + [titleRow("Tổng cộng", report.total)], indent: "  ")
        out.append("")
        out.append("Quỹ khuyến học theo đơn vị")
        let fundHeader = ["Đơn vị", "Đầu kỳ", "Ủng hộ", "Chi khen thưởng", "Chi khác", "Cuối kỳ"]
        func fundRow(_ name: String, _ f: WardFigures) -> [String] {
            [name, VietFormat.money(f.fund.opening), VietFormat.money(f.fund.donations), VietFormat.money(f.fund.awarded),
             VietFormat.money(f.fund.expenses), VietFormat.money(f.fund.closing)]
        }
        out += columns([fundHeader] + read.map { fundRow($0.name, $0.figures!) } + [fundRow("Tổng cộng", report.total)], indent: "  ")
        return out.joined(separator: "\n") + "\n"
    }

    /// `2 lỗi, 1 cảnh báo`, or `—`.
    public static func badge(_ f: WardFigures) -> String {
        if f.errors == 0 && f.warnings == 0 { return "—" }
        var parts: [String] = []
        if f.errors > 0 { parts.append("\(VietFormat.integer(f.errors)) lỗi") }
        if f.warnings > 0 { parts.append("\(VietFormat.integer(f.warnings)) cảnh báo") }
        return parts.joined(separator: ", ")
    }

    /// Rows in columns: the first left-aligned, the others right-aligned, two spaces apart.
    private static func columns(_ rows: [[String]], indent: String = "") -> [String] {
        let n = rows.map(\.count).max() ?? 0
        let widths = (0..<n).map { i in rows.map { i < $0.count ? $0[i].count : 0 }.max() ?? 0 }
        return rows.map { row in
            var line = indent
            for (i, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                line += i == 0 ? cell + pad : "  " + pad + cell
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}
