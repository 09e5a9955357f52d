/// One pass over the awards and one over the donations, bucketing every tally by school year.

import Store

/// Accumulates `AwardsYear`s. Branch and category totals are kept in arrays numbered per year, so
/// each award costs two dictionary lookups at most.
struct AwardsIndexBuilder {
    /// How many of the last awards each year keeps for the "latest" list.
    static let latestCount = 40

    fileprivate struct Partial {
        var year: AwardsYear
        var branchSlot: [String: Int] = [:]
        var branches: [BranchTally] = []
        var categorySlot: [String: Int] = [:]
        var categories: [CategoryTally] = []
        var kinds = Array(repeating: 0, count: RecipientKind.allCases.count)
        var donors: [String: DonorTally] = [:]
    }

    private(set) var years: [SchoolYear: Int] = [:]
    private var partials: [Partial] = []
    private let branchList: [Branch]
    private(set) var categoryUse: [String: Int] = [:]
    private(set) var sponsorUse: [String: Int] = [:]
    private(set) var purposeUse: [String: Int] = [:]

    init(_ snapshot: StoreSnapshot) {
        branchList = snapshot.branches
    }

    private mutating func slot(_ year: SchoolYear) -> Int {
        if let i = years[year] { return i }
        var p = Partial(year: AwardsYear(year: year))
        for b in branchList where p.branchSlot[b.id] == nil {
            p.branchSlot[b.id] = p.branches.count
            p.branches.append(BranchTally(id: b.id, name: b.name, kind: b.kind))
        }
        partials.append(p)
        years[year] = partials.count - 1
        return partials.count - 1
    }

    mutating func addAwards(_ awards: [Award]) {
        let kinds = RecipientKind.allCases
        var lastYear: SchoolYear?
        var lastSlot = 0
        for (index, a) in awards.enumerated() {
            let year = SchoolYear(containing: a.date)
            if year != lastYear {
                lastSlot = slot(year)
                lastYear = year
            }
            let amount = a.amount ?? 0
            partials[lastSlot].add(a, index: index, amount: amount, kindIndex: kinds.firstIndex(of: a.kind) ?? 0)
            categoryUse[a.category, default: 0] += 1
            if let s = a.sponsor { sponsorUse[s, default: 0] += 1 }
        }
    }

    mutating func addDonations(_ donations: [Donation]) {
        for d in donations {
            let i = slot(SchoolYear(containing: d.date))
            partials[i].year.donations += d.amount
            partials[i].year.donationCount += 1
            partials[i].year.monthlyIncome[AwardsYear.monthSlot(d.date)] += d.amount
            partials[i].donors[d.donor, default: DonorTally(name: d.donor)].amount += d.amount
            partials[i].donors[d.donor, default: DonorTally(name: d.donor)].count += 1
            if let p = d.purpose { purposeUse[p, default: 0] += 1 }
        }
    }

    /// The finished tallies of `years` (a year with no records gets empty tallies with every branch).
    mutating func finish(years wanted: [SchoolYear]) -> [SchoolYear: AwardsYear] {
        for y in wanted { _ = slot(y) }
        var out: [SchoolYear: AwardsYear] = [:]
        for p in partials {
            var y = p.year
            y.branches = p.branches.sorted { $0.count != $1.count ? $0.count > $1.count : $0.id < $1.id }
            y.categories = p.categories.sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
            y.kinds = zip(RecipientKind.allCases, p.kinds).map { ($0, $1) }
            y.latest = Array(p.year.latest.suffix(Self.latestCount))
            y.donors = p.donors.values.sorted { $0.amount != $1.amount ? $0.amount > $1.amount : $0.name < $1.name }
            out[y.year] = y
        }
        return out
    }
}

extension AwardsIndexBuilder.Partial {
    fileprivate mutating func add(_ a: Award, index: Int, amount: Int, kindIndex: Int) {
        year.count += 1
        year.amount += amount
        kinds[kindIndex] += 1
        year.monthlySpending[AwardsYear.monthSlot(a.date)] += amount
        let b: Int
        if let found = branchSlot[a.branch] {
            b = found
        } else {
            b = branches.count
            branchSlot[a.branch] = b
            branches.append(BranchTally(id: a.branch, name: a.branch, kind: nil))
        }
        branches[b].count += 1
        branches[b].amount += amount
        year.awardsByBranch[a.branch, default: []].append(index)
        let c: Int
        if let found = categorySlot[a.category] {
            c = found
        } else {
            c = categories.count
            categorySlot[a.category] = c
            categories.append(CategoryTally(name: a.category))
        }
        categories[c].count += 1
        categories[c].amount += amount
        year.latest.append(index)
        if year.latest.count > AwardsIndexBuilder.latestCount * 2 {
            year.latest.removeFirst(year.latest.count - AwardsIndexBuilder.latestCount)
        }
    }
}
