/// Every table of an area, built once from its report: the total summed once, a table per subject, the awards by branch.

import Store
import VietText

/// What the area's screen, text report and paper draw, built once per change of the members'
/// figures (a member read again) rather than per key or frame: a pure value.
public struct AreaFigureTables: Hashable, Sendable {
    public let report: AreaReport
    public let language: Language
    /// The sum of the members read, summed once for every table.
    public let total: WardFigures
    /// One per subject, in `AreaSubject.allCases`' order.
    public let tables: [AreaFigureTable]
    /// The awards by member, then branch.
    public let awardsByBranch: AreaFigureTable

    public init(_ report: AreaReport, language: Language = .vi) {
        let total = report.total
        self.report = report
        self.language = language
        self.total = total
        tables = AreaSubject.allCases.map { $0.table(report, total: total, language: language) }
        awardsByBranch = .awardsByBranch(report, total: total, language: language)
    }

    /// The table of `subject`.
    public subscript(_ subject: AreaSubject) -> AreaFigureTable {
        tables[AreaSubject.allCases.firstIndex(of: subject) ?? 0]
    }
}
