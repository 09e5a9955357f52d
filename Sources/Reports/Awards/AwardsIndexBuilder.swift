/// The awards counted in slices side by side, the slices joined per school year, then the donations.

import Dispatch
import Store

/// Builds the `AwardsYear`s of a snapshot. A large store's awards are cut into one slice per lane
/// (`PieceOptions.standard.lanes`), each counted on its own; the slices are joined in file order,
/// so the sums, the per-branch lists and the latest awards are those of one pass whatever the cuts.
struct AwardsIndexBuilder {
    private var slot: [SchoolYear: Int] = [:]
    private var years: [AwardsYear] = []
    /// Per year: branch id → place in `branches`, category → place in `categories`, donors by name.
    private var branchSlot: [[String: Int]] = []
    private var categorySlot: [[String: Int]] = []
    private var donors: [[String: DonorTally]] = []
    /// Per year: the awards of the latest dates so far (see `YearCells.latestByDate`).
    private var byDate: [[(date: CalendarDate, index: Int)]] = []
    private let storeBranches: [Branch]
    private(set) var categoryUse: [String: Int] = [:]
    private(set) var sponsorUse: [String: Int] = [:]
    private(set) var purposeUse: [String: Int] = [:]

    init(branches: [Branch]) {
        storeBranches = branches
    }

    /// The years seen so far.
    var present: Set<SchoolYear> { Set(slot.keys) }

    /// The place of `year`, made with every branch of the store at 0 when it is new.
    private mutating func place(_ year: SchoolYear) -> Int {
        if let i = slot[year] { return i }
        var y = AwardsYear(year: year)
        var ids: [String: Int] = [:]
        for b in storeBranches where ids[b.id] == nil {
            ids[b.id] = y.branches.count
            y.branches.append(BranchTally(id: b.id, name: b.name, kind: b.kind))
        }
        y.kinds = RecipientKind.allCases.map { ($0, 0, 0) }
        years.append(y)
        branchSlot.append(ids)
        categorySlot.append([:])
        donors.append([:])
        byDate.append([])
        slot[year] = years.count - 1
        return years.count - 1
    }

    /// Counts `awards`; with `lists`, also what the awards pane lists (see `AwardsSlice`).
    mutating func addAwards(_ awards: [Award], lists: Bool) {
        let lanes = awards.count >= 200_000 ? PieceOptions.standard.lanes : 1
        var slices = [AwardsSlice?](repeating: nil, count: lanes)
        awards.withUnsafeBufferPointer { awards in
            slices.withUnsafeMutableBufferPointer { slices in
                let lanes = SliceLanes(awards: awards, slices: slices, lists: lists)
                if slices.count == 1 {
                    lanes.count(0)
                } else {
                    DispatchQueue.concurrentPerform(iterations: slices.count) { lanes.count($0) }
                }
            }
        }
        for slice in slices { if let slice { join(slice) } }
    }

    /// Adds one slice's counts to the years, in file order after the slices joined before it.
    private mutating func join(_ s: AwardsSlice) {
        for (n, name) in s.categories.values.enumerated() { categoryUse[name, default: 0] += s.categories.uses[n] }
        for (n, name) in s.sponsors.values.enumerated() { sponsorUse[name, default: 0] += s.sponsors.uses[n] }
        for (year, cells) in s.years {
            let i = place(year)
            years[i].count += cells.count
            years[i].amount += cells.amount
            for k in cells.kinds.indices {
                years[i].kinds[k].count += cells.kinds[k]
                years[i].kinds[k].amount += cells.kindAmounts[k]
            }
            for m in 0..<12 { years[i].monthlySpending[m] += cells.monthlySpending[m] }
            for (b, count) in cells.branchCount.enumerated() where count > 0 {
                let id = s.branches.values[b]
                let j = branchSlot[i][id] ?? {
                    branchSlot[i][id] = years[i].branches.count
                    years[i].branches.append(BranchTally(id: id, name: id, kind: nil))
                    return years[i].branches.count - 1
                }()
                years[i].branches[j].count += count
                years[i].branches[j].amount += cells.branchAmount[b]
                years[i].awardsByBranch[id, default: []].append(contentsOf: cells.branchAwards[b])
            }
            for (c, count) in cells.categoryCount.enumerated() where count > 0 {
                let name = s.categories.values[c]
                let j = categorySlot[i][name] ?? {
                    categorySlot[i][name] = years[i].categories.count
                    years[i].categories.append(CategoryTally(name: name))
                    return years[i].categories.count - 1
                }()
                years[i].categories[j].count += count
                years[i].categories[j].amount += cells.categoryAmount[c]
            }
            years[i].latest = Array((years[i].latest + cells.latest).suffix(AwardsYear.latestCount))
            byDate[i] = YearCells.latestByDate(byDate[i] + cells.byDate)
        }
    }

    /// Adds the donations; with `lists`, also the donors and the purposes in use.
    mutating func addDonations(_ donations: [Donation], lists: Bool) {
        var i = -1
        var lastYear: SchoolYear?
        for d in donations {
            let year = SchoolYear(containing: d.date)
            if year != lastYear {
                i = place(year)
                lastYear = year
            }
            years[i].donations += d.amount
            years[i].donationCount += 1
            years[i].monthlyIncome[AwardsYear.monthSlot(d.date)] += d.amount
            guard lists else { continue }
            donors[i][d.donor, default: DonorTally(name: d.donor)].add(d.amount)
            if let p = d.purpose { purposeUse[p, default: 0] += 1 }
        }
    }

    /// The finished tallies of `wanted` and of every year seen (a year with no records gets every branch at 0).
    mutating func finish(years wanted: [SchoolYear]) -> [SchoolYear: AwardsYear] {
        for y in wanted { _ = place(y) }
        var out: [SchoolYear: AwardsYear] = [:]
        for (i, var y) in years.enumerated() {
            y.latestByDate = byDate[i].map(\.index)
            y.donors = Array(donors[i].values)
            y.sortTallies()
            out[y.year] = y
        }
        return out
    }
}

/// The awards cut into as many slices as there are lanes, each lane counting its own.
private struct SliceLanes: @unchecked Sendable {
    let awards: UnsafeBufferPointer<Award>
    let slices: UnsafeMutableBufferPointer<AwardsSlice?>
    let lists: Bool

    func count(_ lane: Int) {
        let n = awards.count, lanes = slices.count
        slices[lane] = AwardsSlice(awards, range: (n * lane / lanes)..<(n * (lane + 1) / lanes), lists: lists)
    }
}
