/// The awards index grown by appended awards and donations, counting those records alone.

import Store

extension AwardsIndex {
    /// Counts the awards at `awards` and the donations at `donations` of `snapshot` (records
    /// appended after those this index counted) as a count of the whole snapshot would (an index
    /// of the figures alone stays one: the lists are left out). False, the index untouched, when
    /// that cannot be done in place: a record in a school year the index has no tally for (the
    /// years offered would change).
    mutating func add(awards range: Range<Int>, donations gifts: Range<Int>, of snapshot: StoreSnapshot) -> Bool {
        if range.isEmpty && gifts.isEmpty { return true }
        guard range.allSatisfy({ byYear[SchoolYear(containing: snapshot.awards[$0].date)] != nil }),
              gifts.allSatisfy({ byYear[SchoolYear(containing: snapshot.donations[$0].date)] != nil }) else { return false }
        var touched = Set<SchoolYear>()
        var candidates: [SchoolYear: [(date: CalendarDate, index: Int)]] = [:]
        for i in range {
            let year = SchoolYear(containing: snapshot.awards[i].date)
            touched.insert(year)
            byYear[year, default: AwardsYear(year: year)].addAward(snapshot.awards[i], at: i, lists: lists)
            categoryUse[snapshot.awards[i].category, default: 0] += 1
            guard lists else { continue }
            if let s = snapshot.awards[i].sponsor { sponsorUse[s, default: 0] += 1 }
            candidates[year, default: []].append((snapshot.awards[i].date, i))
        }
        for (year, new) in candidates {
            let kept = byYear[year]?.latestByDate.map { (date: snapshot.awards[$0].date, index: $0) } ?? []
            byYear[year]?.latestByDate = YearCells.latestByDate(kept + new).map(\.index)
        }
        var donorSlot: [SchoolYear: [String: Int]] = [:]
        for i in gifts {
            let d = snapshot.donations[i]
            let year = SchoolYear(containing: d.date)
            touched.insert(year)
            guard lists else {
                byYear[year, default: AwardsYear(year: year)].addGiftFigures(d)
                continue
            }
            if donorSlot[year] == nil {
                var slots: [String: Int] = [:]
                for (n, donor) in (byYear[year]?.donors ?? []).enumerated() { slots[donor.name] = n }
                donorSlot[year] = slots
            }
            byYear[year, default: AwardsYear(year: year)].addGift(d, slot: &donorSlot[year, default: [:]])
            if let p = d.purpose { purposeUse[p, default: 0] += 1 }
        }
        for year in touched { byYear[year]?.sortTallies() }
        if !range.isEmpty {
            categories = Self.mostUsed(categoryUse)
            if lists { sponsors = Self.mostUsed(sponsorUse) }
        }
        if !gifts.isEmpty, lists { purposes = Self.mostUsed(purposeUse) }
        return true
    }
}

extension AwardsYear {
    /// Counts one award, at position `index` of the snapshot's awards; with `lists`, also in its
    /// branch's list and the latest awards.
    fileprivate mutating func addAward(_ a: Award, at index: Int, lists: Bool) {
        let paid = a.amount ?? 0
        count += 1
        amount += paid
        let k = RecipientKind.allCases.firstIndex(of: a.kind) ?? 0
        kinds[k].count += 1
        kinds[k].amount += paid
        monthlySpending[Self.monthSlot(a.date)] += paid
        let b = branches.firstIndex { $0.id == a.branch } ?? {
            branches.append(BranchTally(id: a.branch, name: a.branch, kind: nil))
            return branches.count - 1
        }()
        branches[b].count += 1
        branches[b].amount += paid
        if lists { awardsByBranch[a.branch, default: []].append(index) }
        let c = categories.firstIndex { $0.name == a.category } ?? {
            categories.append(CategoryTally(name: a.category))
            return categories.count - 1
        }()
        categories[c].count += 1
        categories[c].amount += paid
        guard lists else { return }
        latest.append(index)
        if latest.count > Self.latestCount { latest.removeFirst(latest.count - Self.latestCount) }
    }

    /// Counts one donation; `slot` is the place of each donor's name in `donors`.
    fileprivate mutating func addGift(_ d: Donation, slot: inout [String: Int]) {
        addGiftFigures(d)
        let n = slot[d.donor] ?? {
            donors.append(DonorTally(name: d.donor))
            slot[d.donor] = donors.count - 1
            return donors.count - 1
        }()
        donors[n].add(d.amount)
    }

    /// Counts one donation in the sums alone (its donor is a list's).
    fileprivate mutating func addGiftFigures(_ d: Donation) {
        donations += d.amount
        donationCount += 1
        monthlyIncome[Self.monthSlot(d.date)] += d.amount
    }
}
