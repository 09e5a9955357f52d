/// The store snapshot with what the panes derive from it, computed once per reload.

import Reports
import Store

/// Everything the panes read. Built from a snapshot when it is loaded (not at each frame), so
/// indexes over a million records cost once per change of the store, never per key press; after a
/// reload that only appended records, updated with those records alone (`update(to:append:)`).
///
/// The overview's figures are built at once; the parts only other panes read (`DataParts`: the
/// awards pane's lists, the classes index, the double-entry guard) may wait until a pane first
/// needs them (`init(_:building:)`, then `prepare(_:)` before that pane is drawn or handed a key).
/// A part not built yet reads as built from the snapshot on the spot, so every pane is right
/// whatever was prepared; preparing only makes it cheap.
public struct DashboardData: Sendable {
    public internal(set) var snapshot: StoreSnapshot
    /// The campaign's school year; without a campaign, the year of the latest award.
    public let schoolYear: SchoolYear?
    /// The one tally of the snapshot: every year's awards, fund and titles, the records per year.
    /// Without `DataParts.awardLists` built, the figures alone (`StoreReport.Detail.figures`).
    public internal(set) var report: StoreReport
    /// The tallies of `schoolYear` (of the whole store when there is no year), read off `report`.
    public internal(set) var tallies: Tallies
    /// The tallies of the school year before, for "against last year".
    public internal(set) var previousTallies: Tallies?
    /// The classes index, once built (`DataParts.classes`).
    var builtClasses: ClassesIndex?
    /// The double-entry guard, once built (`DataParts.doubleEntryGuard`).
    var builtGuard: DoubleEntryGuard?
    /// The newest awards and enrollments, for the overview's ticker.
    var latest: [TickerEntry]
    /// The ceremony's agenda and the item under way.
    var agenda: AgendaProgress

    /// The data with every part built.
    public init(_ snapshot: StoreSnapshot) {
        self.init(snapshot, building: .all)
    }

    /// The overview's figures, and of the other parts those of `parts` (the rest waits for `prepare(_:)`).
    public init(_ snapshot: StoreSnapshot, building parts: DataParts) {
        self.snapshot = snapshot
        let year = snapshot.campaign.flatMap { SchoolYear(text: $0.schoolYear) }
            ?? snapshot.awards.map(\.date).max().map { SchoolYear(containing: $0) }
        schoolYear = year
        let report = StoreReport(snapshot, schoolYear: year, detail: parts.contains(.awardLists) ? .full : .figures)
        self.report = report
        tallies = report.tallies(year)
        previousTallies = year.map { report.tallies(SchoolYear(startYear: $0.startYear - 1)) }
        latest = TickerEntry.latest(snapshot)
        agenda = AgendaProgress(snapshot)
        prepare(parts)
    }

    /// The parts built so far.
    public var built: DataParts {
        var parts: DataParts = []
        if report.hasLists { parts.insert(.awardLists) }
        if builtClasses != nil { parts.insert(.classes) }
        if builtGuard != nil { parts.insert(.doubleEntryGuard) }
        return parts
    }

    /// Builds those of `parts` not built yet, from the snapshot; the data then reads as
    /// `DashboardData(snapshot)` does for them. Cheap when they are built already.
    public mutating func prepare(_ parts: DataParts) {
        if parts.contains(.awardLists), !report.hasLists { report.addLists(from: snapshot) }
        if parts.contains(.classes), builtClasses == nil { builtClasses = ClassesIndex(snapshot, schoolYear: schoolYear) }
        if parts.contains(.doubleEntryGuard), builtGuard == nil { builtGuard = DoubleEntryGuard(snapshot.awards) }
    }

    /// The awards pane's years: `report.awards`.
    public var awards: AwardsIndex {
        if report.hasLists { return report.awards }
        var listed = report
        listed.addLists(from: snapshot)
        return listed.awards
    }

    /// The classes pane's index of classes, learners and rolls.
    public var classes: ClassesIndex { builtClasses ?? ClassesIndex(snapshot, schoolYear: schoolYear) }

    /// The double-entry guard's keys.
    var guardKeys: DoubleEntryGuard { builtGuard ?? DoubleEntryGuard(snapshot.awards) }

    /// The ward's fund over `year` (opening balance, gifts, awards, other spending, what is left)
    /// for the years the data has tallied: the one shown and the one before it; nil for others.
    func fund(_ year: SchoolYear) -> FundTally? {
        if year == schoolYear { return tallies.fund }
        if let previousTallies, previousTallies.schoolYear == year { return previousTallies.fund }
        return nil
    }
}
