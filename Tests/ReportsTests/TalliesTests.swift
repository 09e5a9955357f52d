/// The tallies over the small hand-made store, for the whole store and for one school year.

import XCTest
@testable import Reports
@testable import Store
@testable import Recfile
import StoreFixtures

final class TalliesTests: XCTestCase {
    func testWholeStore() {
        let t = Tallies(StoreFixture.snapshot())
        XCTAssertNil(t.schoolYear)
        XCTAssertEqual(Set(t.counts.keys), Set(StoreSchema.setNames))
        XCTAssertEqual(t.counts["Award"], 3)
        XCTAssertEqual(t.counts["Enrollment"], 3)
        XCTAssertEqual(t.counts["Clan"], 3)
        XCTAssertEqual(t.counts["AgendaLog"], 2)
        XCTAssertEqual(t.learnerTurns, 3)
        XCTAssertEqual(t.attendance, 3)
        XCTAssertEqual(t.awards.count, 3)
        XCTAssertEqual(t.awards.amount, 800_000, "an award without an amount adds nothing")
        XCTAssertEqual(t.awards.byBranch, ["KP01": 2, "TR01": 1])
        XCTAssertEqual(t.awards.byKind, ["student": 2, "family": 1, "clan": 0, "citizen": 0, "unit": 0])
        XCTAssertEqual(t.awards.byCategory, ["Học sinh giỏi": 2, "Gia đình hiếu học": 1])
        XCTAssertEqual(t.fund, FundTally(donations: 1_200_000, awarded: 800_000))
        XCTAssertEqual(t.fund.balance, 400_000)
        XCTAssertEqual(t.clans, TitleCount(recognized: 2, total: 3))
    }

    func testTargetsGetTheirMetric() {
        let t = Tallies(StoreFixture.snapshot())
        XCTAssertEqual(t.targets.map(\.id), ["T1", "T2", "T3", "T4"])
        // The whole store's report measures the targets over the campaign's year, 2022-2023.
        XCTAssertEqual(t.targets.map(\.actual), [2, 300_000, 2, 1_000_000])
        XCTAssertEqual(t.targets.map(\.schoolYear), Array(repeating: SchoolYear(startYear: 2022), count: 4))
        XCTAssertEqual(t.targets[0].fraction, 0.5)
        XCTAssertFalse(t.targets[0].isMet)
        XCTAssertTrue(t.targets[2].isMet)
        XCTAssertNil(t.targets[3].fraction, "a goal of 0 has no fraction")
    }

    func testClassesMetric() {
        var s = StoreFixture.snapshot()
        s.targets = [Target(id: "T9", label: "Lớp", metric: .classes, goal: 2), Target(id: "T8", label: "Khen", metric: .awards, goal: 1)]
        XCTAssertEqual(Tallies(s).targets.map(\.actual), [1, 2], "the campaign's year: one class, two awards")
        s.campaigns = []
        XCTAssertEqual(Tallies(s).targets.map(\.actual), [2, 3], "without a campaign, the report's own span")
    }

    func testOneSchoolYearCountsOnlyItsDatedRecords() throws {
        let y = try XCTUnwrap(SchoolYear(text: "2022-2023"))
        let t = Tallies(StoreFixture.snapshot(), schoolYear: y)
        XCTAssertEqual(t.schoolYear, y)
        XCTAssertEqual(t.awards.count, 2, "A1 on 31 August 2022 belongs to 2021-2022; A3 on 31 August 2023 is in")
        XCTAssertEqual(t.awards.amount, 300_000)
        XCTAssertEqual(t.awards.byBranch, ["KP01": 1, "TR01": 1])
        XCTAssertEqual(t.fund.donations, 1_000_000, "the gift of 1 September 2023 is next year's")
        XCTAssertEqual(t.learnerTurns, 2, "an undated enrollment takes its class's start")
        XCTAssertEqual(t.attendance, 2)
        XCTAssertEqual(t.counts["Class"], 1)
        XCTAssertEqual(t.counts["Donation"], 1)
        XCTAssertEqual(t.counts["Learner"], 3, "undated records always count")
        XCTAssertEqual(t.counts["Campaign"], 1)
        let next = Tallies(StoreFixture.snapshot(), schoolYear: SchoolYear(startYear: 2023))
        XCTAssertEqual([next.learnerTurns, next.attendance, next.awards.count, next.fund.donations], [1, 1, 0, 200_000])
        XCTAssertEqual(next.counts["Campaign"], 0)
    }

    func testEmptySnapshotHasEveryCountAtZero() {
        let t = Tallies(StoreSnapshot(directory: ""))
        XCTAssertEqual(t.counts.count, StoreSchema.setNames.count)
        XCTAssertTrue(t.counts.values.allSatisfy { $0 == 0 })
        XCTAssertEqual(t.awards.byKind.count, 5)
        XCTAssertEqual(t.fund.balance, 0)
    }
}
