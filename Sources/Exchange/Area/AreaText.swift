/// An area's report for people: every table the screen and the paper have, a row per member and the total last, aligned in display columns.

import Reports
import Store
import VietText

/// `hoctap report --area F` (or several `--store`s) as text: the overview, classes and
/// learner-turns, awards (by recipient, then by member and branch), learning titles, the fund and
/// the problems, each from the area's one table per figure (`AreaFigureTables`), so the text says
/// what the screen and the paper say. Columns are measured in display columns (`TextWidth`), as the
/// single store's text papers are.
public enum AreaText {
    public static func text(_ tables: AreaFigureTables) -> String {
        let l = tables.language, report = tables.report
        var out: [String] = []
        out.append(l.pick("BÁO CÁO TỔNG HỢP — ", "COMBINED REPORT — ") + AreaWording.title(report, l).uppercased())
        out.append(report.schoolYear.map { l.pick("Năm học ", "School year ") + $0.description }
                   ?? l.pick("Toàn bộ dữ liệu", "All the data"))
        let count = AreaWording.members(report.members.count, l)
        out.append(l.pick("Chỉ xem: số liệu của \(count), mỗi đơn vị một dòng, dòng cuối là tổng cộng",
                          "Read-only: the figures of \(count), a line each, the total last"))
        for m in report.members { if let problem = m.problem { out.append("⚠ " + problem.text(l)) } }
        for subject in AreaSubject.allCases {
            out.append("")
            out += section(tables[subject], l)
            if subject == .awards {
                out.append("")
                out += section(tables.awardsByBranch, l)
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The table's heading (with "(công nhận/tổng số)" when every figure is a share), then its header, a row
    /// per member and the total, indented by two spaces.
    static func section(_ table: AreaFigureTable, _ language: Language) -> [String] {
        let shares = table.total.cells.allSatisfy { if case .share = $0 { true } else { false } }
        let heading = table.heading + (shares ? language.pick(" (công nhận/tổng số)", " (recognised/total)") : "")
        let rows = table.rows.map { [$0.name] + $0.cells.map { $0.text(language) } }
        let total = [table.total.name] + table.total.cells.map { $0.text(language) }
        let failed = Set(table.rows.indices.filter { table.rows[$0].failure != nil })
        let lines = columns([table.columns] + rows + [total], notes: Dictionary(uniqueKeysWithValues: failed.map {
            ($0 + 1, AreaWording.unreadable(language))
        }))
        return [heading] + lines.map { "  " + $0 }
    }

    /// Rows in columns two spaces apart, the first left-aligned, the others right-aligned, each as
    /// wide as its widest cell in display columns. A row with a note (by index) has only its name,
    /// and the note after it, counted in no column's width.
    static func columns(_ rows: [[String]], notes: [Int: String] = [:]) -> [String] {
        let n = rows.map(\.count).max() ?? 0
        let widths = (0..<n).map { i in
            rows.indices.filter { i == 0 || notes[$0] == nil }.map { i < rows[$0].count ? TextWidth.of(rows[$0][i]) : 0 }.max() ?? 0
        }
        return rows.enumerated().map { r, row in
            var line = ""
            for (i, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: max(0, widths[i] - TextWidth.of(cell)))
                line += i == 0 ? cell + pad : "  " + pad + cell
            }
            if let note = notes[r] { line += "  " + note }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}
