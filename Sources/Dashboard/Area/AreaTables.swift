/// The area view's tables: a row per member and the total, for each pane.

import Canvas
import Reports
import Store
import VietText

/// The tables the area panes draw, as plain `Table` values (the same widget as the store's panes).
enum AreaTables {
    static func blocks(_ report: AreaReport, pane: AreaPane, width: Int) -> [AreaBlock] {
        switch pane {
        case .overview: [overview(report, width: width), titles(report)]
        case .classes: [figures(AreaSubject.classes.table(report), keep: [0, 1, 2, 3, 4])]
        case .awards: [awards(report), figures(AreaSubject.awards.table(report), keep: [0, 3, 4, 5, 6, 7], first: "Theo đối tượng")]
        case .titles: [figures(AreaSubject.titles.table(report), keep: [0, 1, 2, 3, 4, 5], short: width < 110)]
        case .fund: [figures(AreaSubject.fund.table(report), keep: width >= 110 ? [0, 1, 2, 3, 4, 5, 6] : width >= 90 ? [0, 1, 2, 4, 6] : [0, 2, 4, 6])]
        case .problems: [figures(AreaSubject.problems.table(report), keep: [0, 1, 2])]
        }
    }

    /// An area figure table as the screen shows it: the columns `keep` (the member's first), a
    /// row per member (one that could not be read says so in its last column), the total. `short`
    /// drops "học tập" from the titles' headings; `first` names the first column.
    static func figures(_ table: AreaFigureTable, keep: [Int], short: Bool = false, first: String? = nil) -> AreaBlock {
        let kept = keep.dropFirst().map { $0 - 1 }
        func row(_ r: AreaRow) -> [String] {
            guard r.failure == nil else { return [r.name] }
            return [r.name] + kept.map { text(r.cells[$0]) }
        }
        let rows = table.rows.map(row)
        let total = row(table.total)
        var titles = keep.map { table.columns[$0] }
        if let first { titles[0] = first }
        if short { titles = titles.map { $0.replacingOccurrences(of: " học tập", with: "") } }
        return AreaBlock(table: Table(columns: AreaBlock.columns(titles, rows: rows, total: total), rows: rows), total: total,
                         notes: unreadable(table.rows.map { $0.failure != nil }))
    }

    /// "không đọc được" over the rows of members that could not be read.
    static func unreadable(_ flags: [Bool]) -> [Int: String] {
        var notes: [Int: String] = [:]
        for (i, failed) in flags.enumerated() where failed { notes[i] = "không đọc được" }
        return notes
    }

    /// A cell as the store's panes write it: `1.900`, `1.200.000 đ`, `2/3`.
    static func text(_ cell: AreaCell) -> String {
        switch cell {
        case .count(let n): VietFormat.integer(n)
        case .money(let n): VietFormat.money(n)
        case .share(let n, let total): "\(VietFormat.integer(n))/\(VietFormat.integer(total))"
        case .text(let s): s
        }
    }

    /// Learner-turns, awards, their amount, studious clans per member; on a wide screen also the
    /// gifts and the problems (which the status line badges at any width).
    static func overview(_ report: AreaReport, width: Int) -> AreaBlock {
        let wide = width >= 100
        func row(_ name: String, _ f: WardFigures) -> [String] {
            [name, VietFormat.integer(f.learnerTurns), VietFormat.integer(f.awards.count), VietFormat.money(f.awards.amount)]
                + (wide ? [VietFormat.money(f.fund.donations)] : [])
                + ["\(VietFormat.integer(f.clans.recognized))/\(VietFormat.integer(f.clans.total))"]
                + (wide ? [AreaText.badge(f)] : [])
        }
        let total = row("Tổng cộng", report.total)
        let rows = report.members.map { m in
            m.figures.map { row(m.name, $0) } ?? [m.name]
        }
        let titles = ["Đơn vị", wide ? "Lượt người học" : "Lượt học", "Khen thưởng", "Số tiền thưởng"]
            + (wide ? ["Ủng hộ quỹ", "Dòng họ hiếu học", "Vấn đề"] : ["Dòng họ HH"])
        return AreaBlock(table: Table(columns: AreaBlock.columns(titles, rows: rows, total: total), rows: rows), total: total,
                         notes: unreadable(report.members.map { $0.figures == nil }))
    }

    /// Awards by member then branch; the total under them.
    static func awards(_ report: AreaReport) -> AreaBlock {
        var rows: [[String]] = []
        var notes: [Int: String] = [:]
        for m in report.members {
            guard let f = m.figures else {
                notes[rows.count] = "không đọc được"
                rows.append([m.name])
                continue
            }
            rows.append([m.name, VietFormat.integer(f.awards.count), VietFormat.money(f.awards.amount)])
            for (id, n) in f.awards.byBranch.sorted(by: { $0.key < $1.key }) where n > 0 {
                rows.append(["  " + f.branchName(id), VietFormat.integer(n), ""])
            }
        }
        let total = ["Tổng cộng", VietFormat.integer(report.total.awards.count), VietFormat.money(report.total.awards.amount)]
        let columns = AreaBlock.columns(["Đơn vị / chi hội", "Khen thưởng", "Số tiền"], rows: rows, total: total)
        return AreaBlock(table: Table(columns: columns, rows: rows), total: total, scrolls: true, notes: notes)
    }

    /// The learning titles recognised of the total, per member.
    static func titles(_ report: AreaReport) -> AreaBlock {
        let shown: [(AssessedTitle, String)] = [(.family, "Gia đình"), (.clan, "Dòng họ"), (.community, "Cộng đồng"), (.unit, "Đơn vị")]
        func row(_ name: String, _ f: WardFigures) -> [String] {
            [name] + shown.map { t, _ in
                let c = f.titles[t.rawValue] ?? TitleTally()
                return "\(VietFormat.integer(c.recognized))/\(VietFormat.integer(c.total))"
            }
        }
        let rows = report.readMembers.map { row($0.name, $0.figures!) }
        let total = row("Tổng cộng", report.total)
        let columns = AreaBlock.columns(["Danh hiệu học tập"] + shown.map(\.1), rows: rows, total: total)
        return AreaBlock(table: Table(columns: columns, rows: rows), total: total)
    }
}
