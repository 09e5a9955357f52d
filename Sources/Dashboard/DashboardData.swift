/// The store snapshot with what the panes derive from it, computed once per reload.

import Reports
import Store

/// Everything the panes read. Built from a snapshot when it is loaded (not at each frame), so
/// indexes over a million records cost once per change of the store, never per key press; after a
/// reload that only appended records, updated with those records alone (`update(to:append:)`).
public struct DashboardData: Sendable {
    public internal(set) var snapshot: StoreSnapshot
    /// The campaign's school year; without a campaign, the year of the latest award.
    public let schoolYear: SchoolYear?
    /// The one tally of the snapshot: every year's awards, fund and titles, the records per year.
    public internal(set) var report: StoreReport
    /// The tallies of `schoolYear` (of the whole store when there is no year), read off `report`.
    public internal(set) var tallies: Tallies
    /// The tallies of the school year before, for "against last year".
    public internal(set) var previousTallies: Tallies?
    public internal(set) var classes: ClassesIndex
    /// The awards pane's years: `report.awards`.
    public var awards: AwardsIndex { report.awards }
    /// The double-entry guard's keys.
    var guardKeys: DoubleEntryGuard
    /// The newest awards and enrollments, for the overview's ticker.
    var latest: [TickerEntry]
    /// The ceremony's agenda and the item under way.
    var agenda: AgendaProgress

    public init(_ snapshot: StoreSnapshot) {
        self.snapshot = snapshot
        let year = snapshot.campaign.flatMap { SchoolYear(text: $0.schoolYear) }
            ?? snapshot.awards.map(\.date).max().map { SchoolYear(containing: $0) }
        schoolYear = year
        let report = StoreReport(snapshot, schoolYear: year)
        self.report = report
        tallies = report.tallies(year)
        previousTallies = year.map { report.tallies(SchoolYear(startYear: $0.startYear - 1)) }
        classes = ClassesIndex(snapshot, schoolYear: year)
        guardKeys = DoubleEntryGuard(snapshot.awards)
        latest = TickerEntry.latest(snapshot)
        agenda = AgendaProgress(snapshot)
    }

    /// The ward's fund over `year` (opening balance, gifts, awards, other spending, what is left)
    /// for the years the data has tallied: the one shown and the one before it; nil for others.
    func fund(_ year: SchoolYear) -> FundTally? {
        if year == schoolYear { return tallies.fund }
        if let previousTallies, previousTallies.schoolYear == year { return previousTallies.fund }
        return nil
    }
}
