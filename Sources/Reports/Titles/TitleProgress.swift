/// The learning titles per calendar year and branch, from assessments where they decide and from the count records elsewhere, with the party's three titles.

import Store

/// Per calendar year, each title's recognised / assessed / total, ward-wide and per branch, against
/// its target; the party's block; who registered but is not assessed yet. A year's figure for a
/// title in one branch's area comes from the assessments when at least one of them was decided by
/// its set's rule; else from the `Title` count record of the school year that starts in that
/// calendar year (clans: the `Clan` records' `Studious`, for the campaign's year); else the
/// subjects alone (nothing recognised). So a ward that only keeps counts sees them, and one that
/// assesses sees its assessments, branch by branch.
public struct TitleProgress: Sendable {
    /// One title in one year.
    public struct Line: Hashable, Sendable {
        public var title: AssessedTitle
        public var year: Int
        /// The whole ward: the sum of `byBranch`.
        public var tally: TitleTally
        /// Per branch id (nil: ward-wide, no branch), in the store's branch order, ward-wide last.
        public var byBranch: [BranchTally]
        public var target: TitleTarget
    }

    /// A title's figure in one branch's area (nil: records with no branch).
    public struct BranchTally: Hashable, Sendable {
        public var branch: String?
        public var tally: TitleTally
    }

    /// The party's call: every party member a learning citizen, every party member's family a
    /// learning family, every party cell a learning unit. `recognized` of `total`.
    public struct Party: Hashable, Sendable {
        public var citizens = TitleTally()
        public var families = TitleTally()
        public var cells = TitleTally()
    }

    /// An assessment with its set and the result the set's rule gives.
    public struct Scored: Hashable, Sendable {
        public var assessment: Assessment
        public var set: CriteriaSet
        public var result: AssessmentResult
    }

    /// The calendar years with assessments, registrations or count records, oldest first.
    public let years: [Int]
    /// The criteria sets by id.
    public let sets: [String: CriteriaSet]
    /// The calendar year of the campaign's school year (its September), when the store has a campaign.
    public let campaignYear: Int?
    let lines: [Int: [AssessedTitle: Line]]
    /// Each title's line in a year with nothing recorded: the subjects alone.
    let unrecorded: [AssessedTitle: Line]
    /// The party's block in a year with nothing recorded: the totals alone.
    let unrecordedParty: Party
    let parties: [Int: Party]
    let scored: [Int: [Scored]]
    let waiting: [Int: [Registration]]

    /// The line of `title` in `year`: every title has one; in a year with nothing recorded, the
    /// subjects alone (nothing recognised or assessed) against the national target of that year.
    public func line(_ title: AssessedTitle, year: Int) -> Line {
        if let line = lines[year]?[title] { return line }
        var line = unrecorded[title] ?? Line(title: title, year: year, tally: TitleTally(), byBranch: [], target: TitleTarget())
        line.year = year
        line.target = TitleTarget.national(title, year: year)
        return line
    }

    /// The party's block in `year`.
    public func party(_ year: Int) -> Party { parties[year] ?? unrecordedParty }

    /// The year's assessments with their results, in file order.
    public func assessments(_ year: Int) -> [Scored] { scored[year] ?? [] }

    /// Who registered for a title in `year` and has no assessment for it that year, in file order.
    public func awaiting(_ year: Int) -> [Registration] { waiting[year] ?? [] }

    /// The latest year with anything recorded, or nil.
    public var latestYear: Int? { years.last }

    /// The calendar year a school year's titles go up in: the December of its first year (2022-2023 → 2022).
    public static func year(of schoolYear: SchoolYear) -> Int { schoolYear.startYear }

    public init(_ snapshot: StoreSnapshot) {
        self = TitleProgressBuilder(snapshot).build()
    }

    init(years: [Int], sets: [String: CriteriaSet], campaignYear: Int?, lines: [Int: [AssessedTitle: Line]],
         unrecorded: [AssessedTitle: Line], unrecordedParty: Party, parties: [Int: Party], scored: [Int: [Scored]], waiting: [Int: [Registration]]) {
        self.years = years
        self.sets = sets
        self.campaignYear = campaignYear
        self.lines = lines
        self.unrecorded = unrecorded
        self.unrecordedParty = unrecordedParty
        self.parties = parties
        self.scored = scored
        self.waiting = waiting
    }
}
