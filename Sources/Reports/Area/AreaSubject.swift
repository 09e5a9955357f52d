/// The figures an area shows per member: learner-turns, awards, titles, fund, problems.

import Store
import VietText

/// One subject of the area's panes and papers, with its heading in Vietnamese.
public enum AreaSubject: String, CaseIterable, Hashable, Sendable {
    case classes, awards, titles, fund, problems

    /// The heading of its table (a pane's box, a paper's section, a sheet's name).
    public var heading: String {
        switch self {
        case .classes: "Lớp học và lượt người học"
        case .awards: "Khen thưởng"
        case .titles: "Danh hiệu học tập"
        case .fund: "Quỹ khuyến học"
        case .problems: "Lỗi dữ liệu"
        }
    }

    /// The table of this subject over `report`.
    public func table(_ report: AreaReport) -> AreaFigureTable {
        let columns: [String]
        let cells: (WardFigures) -> [AreaCell]
        switch self {
        case .classes:
            columns = ["Lượt người học", "Lớp học", "Người học", "Lượt điểm danh"]
            cells = { [.count($0.learnerTurns), .count($0.counts["Class"] ?? 0), .count($0.counts["Learner"] ?? 0),
                       .count($0.attendance)] }
        case .awards:
            columns = ["Khen thưởng", "Số tiền thưởng"] + RecipientKind.allCases.map { KindNames.recipient($0, .vi) }
            cells = { f in [.count(f.awards.count), .money(f.awards.amount)]
                + RecipientKind.allCases.map { .count(f.awards.byKind[$0.rawValue] ?? 0) } }
        case .titles:
            columns = AssessedTitle.allCases.map(\.vietnamese)
            cells = { f in AssessedTitle.allCases.map { t in
                let c = f.titles[t.rawValue] ?? TitleTally()
                return .share(c.recognized, of: c.total)
            } }
        case .fund:
            columns = ["Tồn đầu kỳ", "Ủng hộ", "Lượt ủng hộ", "Đã trao thưởng", "Chi khác", "Còn lại"]
            cells = { f in [.money(f.fund.opening), .money(f.fund.donations), .count(f.counts["Donation"] ?? 0),
                            .money(f.fund.awarded), .money(f.fund.expenses), .money(f.fund.closing)] }
        case .problems:
            columns = ["Lỗi", "Cảnh báo"]
            cells = { [.count($0.errors), .count($0.warnings)] }
        }
        let rows = report.members.map { m in
            AreaRow(name: m.name, cells: m.figures.map(cells) ?? [], failure: m.figures == nil ? (m.failure ?? "") : nil)
        }
        return AreaFigureTable(subject: self, columns: ["Đơn vị"] + columns, rows: rows,
                               total: AreaRow(name: "Tổng cộng", cells: cells(report.total)))
    }
}
