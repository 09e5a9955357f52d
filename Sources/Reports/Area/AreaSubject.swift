/// The figures an area shows per member: an overview, then learner-turns, awards, titles, fund, problems.

import Store
import VietText

/// One subject of the area's panes, text report and papers, with its heading.
public enum AreaSubject: String, CaseIterable, Hashable, Sendable {
    case overview, classes, awards, titles, fund, problems

    /// The subjects the area's paper has a section (and a sheet) for: every one but the overview,
    /// whose figures the paper's sections hold.
    public static let sections: [AreaSubject] = [.classes, .awards, .titles, .fund, .problems]

    /// The heading of its table (a pane's box, a text report's or a paper's section, a sheet's name).
    public func heading(_ language: Language = .vi) -> String {
        switch self {
        case .overview: language.pick("Tổng quan", "Overview")
        case .classes: language.pick("Lớp học và lượt người học", "Classes and learner-turns")
        case .awards: language.pick("Khen thưởng", "Awards")
        case .titles: language.pick("Danh hiệu học tập", "Learning titles")
        case .fund: language.pick("Quỹ khuyến học", "Study-promotion fund")
        case .problems: language.pick("Lỗi dữ liệu", "Data problems")
        }
    }

    /// The table of this subject over `report`, whose sum of the members read is `total`.
    public func table(_ report: AreaReport, total: WardFigures, language: Language = .vi) -> AreaFigureTable {
        let (columns, cells) = layout(language)
        let rows = report.members.map { m in
            AreaRow(name: m.name, cells: m.figures.map(cells) ?? [], failure: m.figures == nil ? (m.problem?.text(language) ?? "") : nil)
        }
        return AreaFigureTable(subject: self, heading: heading(language), columns: [AreaWording.member(language)] + columns,
                               rows: rows, total: AreaRow(name: AreaWording.total(language), cells: cells(total)))
    }

    /// The table of this subject over `report`, its total summed here.
    public func table(_ report: AreaReport, language: Language = .vi) -> AreaFigureTable {
        table(report, total: report.total, language: language)
    }

    /// The titles of the columns after the member's, and a member's cells under them.
    private func layout(_ language: Language) -> ([String], (WardFigures) -> [AreaCell]) {
        let l = language
        switch self {
        case .overview:
            return ([l.pick("Lượt người học", "Learner-turns"), l.pick("Khen thưởng", "Awards"), l.pick("Số tiền thưởng", "Amount"),
                     l.pick("Ủng hộ quỹ", "Donated"), l.pick("Dòng họ hiếu học", "Studious clans"), l.pick("Vấn đề", "Problems")],
                    { f in [.count(f.learnerTurns), .count(f.awards.count), .money(f.awards.amount), .money(f.fund.donations),
                            .share(f.clans.recognized, of: f.clans.total), .text(AreaWording.badge(f, l))] })
        case .classes:
            return ([l.pick("Lượt người học", "Learner-turns"), l.pick("Lớp học", "Classes"), l.pick("Người học", "Learners"),
                     l.pick("Lượt điểm danh", "Attendance")],
                    { [.count($0.learnerTurns), .count($0.counts["Class"] ?? 0), .count($0.counts["Learner"] ?? 0),
                       .count($0.attendance)] })
        case .awards:
            return ([l.pick("Khen thưởng", "Awards"), l.pick("Số tiền thưởng", "Amount")]
                        + RecipientKind.allCases.map { KindNames.recipient($0, l) },
                    { f in [.count(f.awards.count), .money(f.awards.amount)]
                        + RecipientKind.allCases.map { .count(f.awards.byKind[$0.rawValue] ?? 0) } })
        case .titles:
            return (AssessedTitle.allCases.map { l.pick($0.vietnamese, $0.english) },
                    { f in AssessedTitle.allCases.map { t in
                        let c = f.titles[t.rawValue] ?? TitleTally()
                        return .share(c.recognized, of: c.total)
                    } })
        case .fund:
            return ([l.pick("Tồn đầu kỳ", "Opening balance"), l.pick("Ủng hộ", "Donated"), l.pick("Lượt ủng hộ", "Donations"),
                     l.pick("Đã trao thưởng", "Awarded"), l.pick("Chi khác", "Other spending"), l.pick("Còn lại", "Balance")],
                    { f in [.money(f.fund.opening), .money(f.fund.donations), .count(f.counts["Donation"] ?? 0),
                            .money(f.fund.awarded), .money(f.fund.expenses), .money(f.fund.closing)] })
        case .problems:
            return ([l.pick("Lỗi", "Errors"), l.pick("Cảnh báo", "Warnings")], { [.count($0.errors), .count($0.warnings)] })
        }
    }
}
