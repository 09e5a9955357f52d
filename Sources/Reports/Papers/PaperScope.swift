/// What a paper covers: a school year or a span of dates, for the whole ward or one branch.

import Store
import VietText

/// The span of a paper.
public enum PaperPeriod: Hashable, Sendable {
    /// 1 September to 31 August, as the report counts its years.
    case schoolYear(SchoolYear)
    /// From the first day to the last, both included.
    case dates(CalendarDate, CalendarDate)

    public func contains(_ day: CalendarDate) -> Bool {
        switch self {
        case .schoolYear(let y): SchoolYear(containing: day) == y
        case .dates(let a, let b): a <= day && day <= b
        }
    }

    /// The period's first day.
    public var firstDay: CalendarDate? {
        switch self {
        case .schoolYear(let y): y.firstDay
        case .dates(let a, _): a
        }
    }

    public var lastDay: CalendarDate? {
        switch self {
        case .schoolYear(let y): y.lastDay
        case .dates(_, let b): b
        }
    }

    /// `Năm học 2022-2023` or `Từ ngày 01/10/2022 đến ngày 07/10/2022`.
    public var label: String {
        switch self {
        case .schoolYear(let y): "Năm học \(y)"
        case .dates(let a, let b): "Từ ngày \(VietFormat.date(a)) đến ngày \(VietFormat.date(b))"
        }
    }
}

/// A paper's period and, when it covers one branch, which.
public struct PaperScope: Hashable, Sendable {
    public var period: PaperPeriod
    /// The `Id` of a branch: its awards, donations and titles alone; nil for the whole ward.
    public var branch: String?

    public init(_ period: PaperPeriod, branch: String? = nil) {
        self.period = period
        self.branch = branch
    }

    /// The snapshot a paper of this scope is tallied from. A school year keeps every record (the
    /// tallies pick the year, as `hoctap report --year` does); a span of dates keeps the dated
    /// records whose date falls in it (an enrollment without a date by its class's start, a
    /// class by its start, else its end), so the same `StoreReport` counts them. A branch keeps
    /// its own awards, donations and titles; classes and learners are the center's and stay.
    public func snapshot(_ s: StoreSnapshot) -> StoreSnapshot {
        var out = s
        if case .dates = period {
            var starts: [String: CalendarDate] = [:]
            for c in s.classes { if let start = c.start { starts[c.id] = start } }
            out.awards = s.awards.filter { period.contains($0.date) }
            out.donations = s.donations.filter { period.contains($0.date) }
            out.expenses = s.expenses.filter { period.contains($0.date) }
            out.attendance = s.attendance.filter { period.contains($0.date) }
            out.classes = s.classes.filter { c in (c.start ?? c.end).map(period.contains) ?? true }
            out.enrollments = s.enrollments.filter { e in (e.date ?? starts[e.classId]).map(period.contains) ?? true }
            out.papers = s.papers.filter { period.contains($0.date) }
            out.agendaLog = s.agendaLog.filter { period.contains($0.at.date) }
        }
        if let branch {
            out.awards = out.awards.filter { $0.branch == branch }
            out.donations = out.donations.filter { $0.branch == branch }
            out.titles = out.titles.filter { $0.branch == branch }
        }
        return out
    }

    /// The school year the tallies of `snapshot(_:)` are read for: the period's, or nil (all
    /// that the span kept) for a span of dates.
    public var tallyYear: SchoolYear? {
        if case .schoolYear(let y) = period { return y }
        return nil
    }

    /// The tallies of the scope, from the same engine as `hoctap report`.
    public func tallies(_ s: StoreSnapshot) -> Tallies {
        StoreReport(snapshot(s), schoolYear: tallyYear, detail: .figures).tallies(tallyYear)
    }
}
