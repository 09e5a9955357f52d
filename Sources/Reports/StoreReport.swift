/// Every tally of one snapshot, counted once: the awards and fund per school year, the titles, the records per set.

import Store

/// The one tally of a snapshot. The awards, donations and titles are bucketed by school year
/// (`AwardsIndex`) and the other dated records counted per year (`RecordCounts`) in one pass each,
/// so the tallies of any year (`tallies(_:)`), of the year before, or of the whole store are sums of
/// those buckets, never another pass over the store. The overview, the awards pane, `hoctap report`
/// and `hoctap check`'s figures all read these values.
public struct StoreReport: Sendable {
    /// Per school year: awards by branch, category and kind, the fund, donors, month by month; the titles.
    public internal(set) var awards: AwardsIndex
    var records: RecordCounts
    /// Studious clans of all the store's clans (clans carry no year).
    public let clans: TitleCount
    /// The store's targets, in its order.
    let targets: [Target]
    /// The ward's education indicators, in the store's order.
    public let indicators: [Indicator]
    /// The fund's recorded opening balances and its spending other than awards.
    public let fund: FundLedger
    /// The school year the targets are measured over: the campaign's (nil without a campaign,
    /// when they follow the year asked for).
    public let targetYear: SchoolYear?
    /// The learning titles per calendar year: assessments, counts, targets, the party's block.
    public let titles: TitleProgress

    /// How much a report holds beyond the figures.
    public enum Detail: Sendable {
        /// Everything the panes show: each branch's awards, the latest awards, the values in use.
        case full
        /// The figures alone (counts, sums, per branch, category, kind and month): what a printed
        /// report or `hoctap report` needs, at a fraction of the cost on a large store.
        case figures
    }

    /// Tallies `snapshot`; `schoolYear` is the year the awards pane shows when none is chosen.
    public init(_ snapshot: StoreSnapshot, schoolYear: SchoolYear? = nil, detail: Detail = .full) {
        awards = AwardsIndex(snapshot, schoolYear: schoolYear, detail: detail)
        records = RecordCounts(snapshot)
        clans = awards.titles.clans
        targets = snapshot.targets
        indicators = snapshot.indicators
        fund = FundLedger(snapshot)
        targetYear = snapshot.campaign.flatMap { SchoolYear(text: $0.schoolYear) }
        titles = TitleProgress(snapshot)
    }

    /// The tallies of `year`, or of the whole store when `year` is nil.
    public func tallies(_ year: SchoolYear?) -> Tallies { Tallies(self, schoolYear: year) }
}
