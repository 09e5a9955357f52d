/// The awards and the fund of one school year, tallied: by branch, category and kind, the donors, month by month.

import Store

/// One branch's awards in a year.
public struct BranchTally: Hashable, Sendable {
    public var id: String
    public var name: String
    public var kind: BranchKind?
    public var count = 0
    /// Whole đồng.
    public var amount = 0
}

/// One category's awards in a year.
public struct CategoryTally: Hashable, Sendable {
    public var name: String
    public var count = 0
    public var amount = 0
}

/// One donor's gifts in a year.
public struct DonorTally: Hashable, Sendable {
    public var name: String
    public var amount = 0
    public var count = 0

    mutating func add(_ gift: Int) {
        amount += gift
        count += 1
    }
}

/// Everything the awards pane shows for one school year.
public struct AwardsYear: Sendable {
    public var year: SchoolYear
    public var count = 0
    public var amount = 0
    /// Every branch of the store (0 included) and any branch an award names, most awards first.
    public var branches: [BranchTally] = []
    /// Most awards first.
    public var categories: [CategoryTally] = []
    /// Awards and their amounts per recipient kind, in the schema's order of kinds.
    public var kinds: [(kind: RecipientKind, count: Int, amount: Int)] = []
    /// The positions in `snapshot.awards` of the year's awards, per branch id, in file order.
    public var awardsByBranch: [String: [Int]] = [:]
    /// The last awards recorded in the year (file order, newest last), positions in `snapshot.awards`.
    public var latest: [Int] = []
    /// The awards of the year's latest dates, by date then by record order, newest last
    /// (positions in `snapshot.awards`): an award entered late for an earlier day is not among
    /// the latest.
    public var latestByDate: [Int] = []
    /// The sum of the year's donations, whole đồng, and how many there were.
    public var donations = 0
    public var donationCount = 0
    /// Largest first.
    public var donors: [DonorTally] = []
    /// Income (donations) and spending (awards' amounts) per month, September first.
    public var monthlyIncome = Array(repeating: 0, count: 12)
    public var monthlySpending = Array(repeating: 0, count: 12)

    /// How many of the last awards a year keeps for the "latest" list.
    public static let latestCount = 40

    public init(year: SchoolYear) { self.year = year }

    /// `donations - amount`: what is left of the year's fund after its awards.
    public var balance: Int { donations - amount }

    /// Puts the branches and categories in order of most awards, the donors of largest gifts.
    mutating func sortTallies() {
        branches.sort { $0.count != $1.count ? $0.count > $1.count : $0.id < $1.id }
        categories.sort { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
        donors.sort { $0.amount != $1.amount ? $0.amount > $1.amount : $0.name < $1.name }
    }

    /// The place of a month in the school year: September 0 … August 11.
    public static func monthSlot(_ date: CalendarDate) -> Int { (date.month + 3) % 12 }
}
