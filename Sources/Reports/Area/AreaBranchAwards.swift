/// The awards of an area by member, then branch: the list the awards pane scrolls and the text report prints.

import Store
import VietText

extension AreaFigureTable {
    /// A row per member (its awards and their amount), under it a row per branch with awards
    /// ("  " and the branch's name, its count), then the total. Two members' `KP01` are two rows,
    /// each under its own member.
    public static func awardsByBranch(_ report: AreaReport, total: WardFigures, language: Language = .vi) -> AreaFigureTable {
        var rows: [AreaRow] = []
        for m in report.members {
            guard let f = m.figures else {
                rows.append(AreaRow(name: m.name, cells: [], failure: m.problem?.text(language) ?? ""))
                continue
            }
            rows.append(AreaRow(name: m.name, cells: [.count(f.awards.count), .money(f.awards.amount)]))
            for (id, n) in f.awards.byBranch.sorted(by: { $0.key < $1.key }) where n > 0 {
                rows.append(AreaRow(name: "  " + f.branchName(id), cells: [.count(n), .text("")]))
            }
        }
        let l = language
        return AreaFigureTable(subject: .awards, heading: l.pick("Khen thưởng theo đơn vị, chi hội", "Awards by ward and branch"),
                               columns: [l.pick("Đơn vị / chi hội", "Ward / branch"), l.pick("Khen thưởng", "Awards"),
                                         l.pick("Số tiền", "Amount")],
                               rows: rows, total: AreaRow(name: AreaWording.total(l),
                                                          cells: [.count(total.awards.count), .money(total.awards.amount)]))
    }
}
