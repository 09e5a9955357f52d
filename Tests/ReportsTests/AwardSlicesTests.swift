// The award tallies counted in slices side by side are those of one plain pass.

import XCTest
@testable import Reports
@testable import Store
import StoreFixtures

final class AwardSlicesTests: XCTestCase {
    /// Enough awards for the tallies to be counted in slices: the same sums as one plain pass, with
    /// equal categories held by different Strings, in NFC and not, and a school year or none.
    func testAwardTalliesCountedInSlicesAreThoseOfOnePass() throws {
        var snapshot = StoreSnapshot(directory: "")
        snapshot.branches = [Branch(id: "KP01", name: "Khu phố 1", kind: .neighborhood),
                             Branch(id: "KP09", name: "Khu phố 9", kind: .neighborhood)]
        let categories = ["Học sinh giỏi", "Học bổng", "Ho\u{0323}c bổng", "Khác"]
        let kinds = RecipientKind.allCases
        var rng = SeededIndex(state: 11)
        for i in 0..<250_000 {
            let date = try XCTUnwrap(CalendarDate(year: 2021 + rng.next(3), month: 1 + rng.next(12), day: 1 + rng.next(28)))
            // Every so often a fresh String of the same text, as a second reading would make.
            let category = rng.next(50) == 0 ? String(decoding: Array(categories[i % 4].utf8), as: UTF8.self) : categories[i % 4]
            snapshot.awards.append(Award(id: "KT\(i)", date: date, recipient: "R", kind: kinds[rng.next(kinds.count)],
                                         category: category, branch: rng.next(7) == 0 ? "TR0\(rng.next(3))" : "KP01",
                                         amount: rng.next(5) == 0 ? nil : 1000 * rng.next(100)))
        }
        for year in [nil, SchoolYear(startYear: 2022)] {
            let t = Tallies(snapshot, schoolYear: year).awards
            var expected = AwardTally()
            for kind in kinds { expected.byKind[kind.rawValue] = 0 }
            for b in snapshot.branches { expected.byBranch[b.id] = 0 }
            for a in snapshot.awards where year.map({ $0.contains(a.date) }) ?? true {
                expected.count += 1
                expected.amount += a.amount ?? 0
                expected.byKind[a.kind.rawValue, default: 0] += 1
                expected.byBranch[a.branch, default: 0] += 1
                expected.byCategory[a.category, default: 0] += 1
            }
            XCTAssertEqual(t, expected, "\(year.map(String.init(describing:)) ?? "every year")")
        }
        // Each year's lists of positions: in file order across the slices' joins.
        let index = AwardsIndex(snapshot, schoolYear: nil)
        for year in index.years {
            let positions = snapshot.awards.indices.filter { year.contains(snapshot.awards[$0].date) }
            let y = index.tally(year)
            XCTAssertEqual(y.latest, Array(positions.suffix(AwardsYear.latestCount)), "\(year)")
            let byDate = positions.sorted { a, b in
                let x = snapshot.awards[a].date, y = snapshot.awards[b].date
                return x != y ? x < y : a < b
            }
            XCTAssertEqual(y.latestByDate, Array(byDate.suffix(AwardsYear.latestCount)), "\(year): latest dates, then record order")
            var byBranch: [String: [Int]] = [:]
            for i in positions { byBranch[snapshot.awards[i].branch, default: []].append(i) }
            XCTAssertEqual(y.awardsByBranch, byBranch, "\(year)")
            XCTAssertEqual(y.monthlySpending.reduce(0, +), y.amount, "\(year)")
            XCTAssertEqual(y.categories.map(\.count).reduce(0, +), y.count, "\(year)")
        }
    }
}
