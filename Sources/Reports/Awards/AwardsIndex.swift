/// The awards, the fund and the titles, tallied once per snapshot: every school year present.

import Store
import VietText

/// Per-year tallies for every school year the store's awards, donations and titles fall in, so
/// changing the year on screen, or the year of a report, is a lookup even with a million awards;
/// and the values in use, most used first, that the forms offer.
public struct AwardsIndex: Sendable {
    /// The year shown when the clerk has not chosen one (the campaign's).
    public let defaultYear: SchoolYear?
    /// Every year with awards, donations or titles, and the default year; oldest first.
    public let years: [SchoolYear]
    public internal(set) var byYear: [SchoolYear: AwardsYear]
    /// The categories of all years, most used first: the award form's suggestions.
    public internal(set) var categories: [String]
    /// Sponsors and purposes in use, most used first.
    public internal(set) var sponsors: [String]
    public internal(set) var purposes: [String]
    /// The branches in the store's order, for the forms' pick lists.
    public let branches: [Branch]
    /// The learning titles by year.
    public let titles: TitlesIndex
    /// Whether each branch's awards, the latest awards, the donors and the values in use are kept (`.full`).
    let lists: Bool
    /// The uses of each category, sponsor and purpose, for `categories`, `sponsors` and `purposes`
    /// after an append (see `adding(_:of:)`).
    var categoryUse: [String: Int]
    var sponsorUse: [String: Int]
    var purposeUse: [String: Int]

    /// Tallies the snapshot. `detail` `.figures` leaves out what only the awards pane lists (each
    /// branch's awards, the latest awards, the donors, the sponsors and purposes in use): a report
    /// needs the sums alone.
    public init(_ snapshot: StoreSnapshot, schoolYear: SchoolYear?, detail: StoreReport.Detail = .full) {
        defaultYear = schoolYear
        branches = snapshot.branches
        var builder = AwardsIndexBuilder(branches: snapshot.branches)
        builder.addAwards(snapshot.awards, lists: detail == .full)
        builder.addDonations(snapshot.donations, lists: detail == .full)
        titles = TitlesIndex(snapshot)
        var present = builder.present.union(titles.years)
        if let schoolYear { present.insert(schoolYear) }
        years = present.sorted()
        byYear = builder.finish(years: years)
        lists = detail == .full
        categoryUse = builder.categoryUse
        sponsorUse = builder.sponsorUse
        purposeUse = builder.purposeUse
        categories = Self.mostUsed(categoryUse)
        sponsors = Self.mostUsed(sponsorUse)
        purposes = Self.mostUsed(purposeUse)
    }

    /// The values of `uses`, most used first, then in String order.
    static func mostUsed(_ uses: [String: Int]) -> [String] {
        uses.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }

    /// The tallies of `year` (empty tallies for a year the store has nothing of).
    public func tally(_ year: SchoolYear) -> AwardsYear { byYear[year] ?? AwardsYear(year: year) }

    /// The year the pane shows for a choice of the clerk's (nil: the default, else the latest).
    public func shownYear(_ chosen: SchoolYear?) -> SchoolYear? { chosen ?? defaultYear ?? years.last }

    /// The year after (`step` 1) or before (-1) `year` among the years present; nil at either end.
    public func year(after year: SchoolYear, step: Int) -> SchoolYear? {
        guard let i = years.firstIndex(of: year) else { return years.last }
        let j = i + step
        return years.indices.contains(j) ? years[j] : nil
    }
}
