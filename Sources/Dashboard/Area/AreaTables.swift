/// The area view's tables: a row per member and the total, for the overview and the awards.

import Canvas
import Reports
import Store
import VietText

/// The tables the area panes draw, as plain `Table` values (the same widget as the store's panes).
enum AreaTables {
    static func blocks(_ report: AreaReport, pane: AreaPane, width: Int) -> [AreaBlock] {
        switch pane {
        case .overview: [overview(report, width: width), titles(report)]
        case .awards: [awards(report), fund(report)]
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
            m.figures.map { row(m.name, $0) } ?? [m.name, "", "", "không đọc được"]
        }
        let titles = ["Đơn vị", wide ? "Lượt người học" : "Lượt học", "Khen thưởng", "Số tiền thưởng"]
            + (wide ? ["Ủng hộ quỹ", "Dòng họ hiếu học", "Vấn đề"] : ["Dòng họ HH"])
        return AreaBlock(table: Table(columns: AreaBlock.columns(titles, rows: rows, total: total), rows: rows), total: total)
    }

    /// Awards by member then branch; the total under them.
    static func awards(_ report: AreaReport) -> AreaBlock {
        var rows: [[String]] = []
        for m in report.members {
            guard let f = m.figures else {
                rows.append([m.name, "không đọc được", ""])
                continue
            }
            rows.append([m.name, VietFormat.integer(f.awards.count), VietFormat.money(f.awards.amount)])
            for (id, n) in f.awards.byBranch.sorted(by: { $0.key < $1.key }) where n > 0 {
                rows.append(["  " + f.branchName(id), VietFormat.integer(n), ""])
            }
        }
        let total = ["Tổng cộng", VietFormat.integer(report.total.awards.count), VietFormat.money(report.total.awards.amount)]
        let columns = AreaBlock.columns(["Đơn vị / chi hội", "Khen thưởng", "Số tiền"], rows: rows, total: total)
        return AreaBlock(table: Table(columns: columns, rows: rows), total: total, scrolls: true)
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

    /// The fund per member: gifts, awards paid, what is left.
    static func fund(_ report: AreaReport) -> AreaBlock {
        func row(_ name: String, _ f: WardFigures) -> [String] {
            [name, VietFormat.money(f.fund.donations), VietFormat.money(f.fund.awarded), VietFormat.money(f.fund.balance)]
        }
        let rows = report.readMembers.map { row($0.name, $0.figures!) }
        let total = row("Tổng cộng", report.total)
        let columns = AreaBlock.columns(["Quỹ khuyến học", "Ủng hộ", "Chi khen thưởng", "Còn lại"], rows: rows, total: total)
        return AreaBlock(table: Table(columns: columns, rows: rows), total: total)
    }
}
