/// One slice of the awards counted by one lane, per school year, with branches and categories as numbers.

import Store

/// The counts of one school year within a slice. Branches and categories are the slice's numbers
/// (`AwardsSlice.branches`, `.categories`), so an award costs array updates, not dictionary look-ups.
struct YearCells {
    var count = 0
    var amount = 0
    var kinds = [Int](repeating: 0, count: RecipientKind.allCases.count)
    var kindAmounts = [Int](repeating: 0, count: RecipientKind.allCases.count)
    var monthlySpending = [Int](repeating: 0, count: 12)
    var branchCount: [Int] = [], branchAmount: [Int] = []
    /// Positions in the snapshot's awards, per branch number, in file order.
    var branchAwards: [[Int]] = []
    var categoryCount: [Int] = [], categoryAmount: [Int] = []
    /// The last awards of the year in the slice, newest last (at most twice the list's length).
    var latest: [Int] = []
    /// Candidates for the awards of the latest dates: (date, position), at most twice the list's length.
    var byDate: [(date: CalendarDate, index: Int)] = []

    fileprivate mutating func add(at index: Int, date: CalendarDate, month: Int, amount: Int, branch: Int, category: Int, kind: Int,
                                  lists: Bool) {
        count += 1
        self.amount += amount
        kinds[kind] += 1
        kindAmounts[kind] += amount
        monthlySpending[month] += amount
        while branchCount.count <= branch {
            branchCount.append(0)
            branchAmount.append(0)
            branchAwards.append([])
        }
        branchCount[branch] += 1
        branchAmount[branch] += amount
        if lists { branchAwards[branch].append(index) }
        while categoryCount.count <= category {
            categoryCount.append(0)
            categoryAmount.append(0)
        }
        categoryCount[category] += 1
        categoryAmount[category] += amount
        guard lists else { return }
        latest.append(index)
        if latest.count > AwardsYear.latestCount * 2 { latest.removeFirst(latest.count - AwardsYear.latestCount) }
        byDate.append((date, index))
        if byDate.count > AwardsYear.latestCount * 2 { byDate = Self.latestByDate(byDate) }
    }

    /// The `AwardsYear.latestCount` awards of the latest dates among `awards`, a later record
    /// before an earlier one of the same date, oldest first (newest last).
    static func latestByDate(_ awards: [(date: CalendarDate, index: Int)]) -> [(date: CalendarDate, index: Int)] {
        awards.sorted { a, b in a.date != b.date ? a.date < b.date : a.index < b.index }.suffix(AwardsYear.latestCount)
    }
}

/// The awards of positions `range`, counted per school year in one pass.
struct AwardsSlice {
    var branches = ValueNumbers()
    var categories = ValueNumbers()
    var sponsors = ValueNumbers()
    var yearSlot: [SchoolYear: Int] = [:]
    var years: [(year: SchoolYear, cells: YearCells)] = []

    /// Counts the awards of `range`; with `lists`, also each branch's awards and the latest ones,
    /// and the sponsors in use (what the awards pane shows beyond the figures).
    init(_ awards: UnsafeBufferPointer<Award>, range: Range<Int>, lists: Bool) {
        let kinds = RecipientKind.allCases
        var lastYear: SchoolYear?
        var slot = 0
        for i in range {
            // Fields are read in place: a copy of the award would retain each of its Strings.
            let date = awards[i].date
            let year = SchoolYear(containing: date)
            if year != lastYear {
                if let known = yearSlot[year] {
                    slot = known
                } else {
                    slot = years.count
                    yearSlot[year] = slot
                    years.append((year, YearCells()))
                }
                lastYear = year
            }
            let b = branches.number(awards[i].branch), c = categories.number(awards[i].category)
            if lists, let s = awards[i].sponsor { _ = sponsors.number(s) }
            years[slot].cells.add(at: i, date: date, month: AwardsYear.monthSlot(date), amount: awards[i].amount ?? 0, branch: b, category: c,
                                  kind: kinds.firstIndex(of: awards[i].kind) ?? 0, lists: lists)
        }
    }
}
