/// The parts of the tallies: awards, the fund, the learning titles and studious clans, and each target's progress.

import Store

/// The awards: how many, how much, and how they split by branch, recipient kind and category.
public struct AwardTally: Hashable, Sendable {
    public var count = 0
    /// Whole đồng; awards without an amount add nothing.
    public var amount = 0
    /// Awards per branch `Id`; every branch of the store is there, 0 included.
    public var byBranch: [String: Int] = [:]
    /// Awards per recipient kind (`student` …); every kind is there, 0 included.
    public var byKind: [String: Int] = [:]
    /// Awards per category, as written.
    public var byCategory: [String: Int] = [:]

    public init() {}
}

/// The study-promotion fund: what it opened with, what came in, what the awards and the expenses
/// paid out, what is left.
public struct FundTally: Hashable, Sendable {
    /// The balance on the first day (see `FundLedger`), whole đồng.
    public var opening = 0
    /// The sum of the donations' amounts, whole đồng.
    public var donations = 0
    /// The sum of the awards' amounts, whole đồng: every award's money is paid from the fund.
    public var awarded = 0
    /// The sum of the expenses (spending other than awards), whole đồng.
    public var expenses = 0
    /// `donations - awarded`: what the year's gifts left after its awards (the panes' figure).
    public var balance: Int { donations - awarded }
    /// `awarded + expenses`: everything paid out.
    public var out: Int { awarded + expenses }
    /// `opening + donations - out`: the balance on the last day.
    public var closing: Int { opening + donations - out }

    public init(opening: Int = 0, donations: Int = 0, awarded: Int = 0, expenses: Int = 0) {
        self.opening = opening
        self.donations = donations
        self.awarded = awarded
        self.expenses = expenses
    }
}

/// Learning titles of one kind, or the ward's studious clans: how many were recognised, of how many.
public struct TitleCount: Hashable, Sendable {
    public var recognized = 0
    public var total = 0
    /// The school year counted (with no year asked for, the latest year that has records of the kind).
    public var schoolYear: SchoolYear?

    public init(recognized: Int = 0, total: Int = 0, schoolYear: SchoolYear? = nil) {
        self.recognized = recognized
        self.total = total
        self.schoolYear = schoolYear
    }

    /// `recognized / total`, or nil when there is nothing to count.
    public var fraction: Double? { total > 0 ? Double(recognized) / Double(total) : nil }

    /// The share in whole percent, rounded down (65 means at least 65%).
    public var percentFloor: Int? { total > 0 ? recognized * 100 / total : nil }
}

/// A target and the tally that measures it.
public struct TargetProgress: Hashable, Sendable {
    public var id: String
    public var label: String
    public var metric: TargetMetric
    public var goal: Int
    public var actual: Int
    public var unit: String?
    /// The recipient kinds an award metric counts; empty: every award.
    public var kinds: [RecipientKind]
    /// The school year `actual` was counted over: the campaign's, whatever year the report covers.
    public var schoolYear: SchoolYear?

    public init(id: String, label: String, metric: TargetMetric, goal: Int, actual: Int, unit: String? = nil,
                kinds: [RecipientKind] = [], schoolYear: SchoolYear? = nil) {
        self.id = id
        self.label = label
        self.metric = metric
        self.goal = goal
        self.actual = actual
        self.unit = unit
        self.kinds = kinds
        self.schoolYear = schoolYear
    }

    /// `actual / goal`, or nil for a goal of 0 or less.
    public var fraction: Double? {
        goal > 0 ? Double(actual) / Double(goal) : nil
    }

    /// True once the actual value reaches the goal.
    public var isMet: Bool { actual >= goal }
}
