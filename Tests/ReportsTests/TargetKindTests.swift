/// A target measures what it names: an award metric narrowed to some recipient kinds, over the campaign's school year.

import XCTest
@testable import Reports
@testable import Store
import StoreDemo
import StoreFixtures

final class TargetKindTests: XCTestCase {
    private static let demo = StoreLoader.decode(files: DemoStoreWriter.texts().mapValues { Array($0.utf8) })

    func testDemoStudentAwardTargetCountsStudentAwardsOnly() throws {
        let snapshot = Self.demo
        let year = try XCTUnwrap(snapshot.campaign.flatMap { SchoolYear(text: $0.schoolYear) })
        let ofYear = snapshot.awards.filter { SchoolYear(containing: $0.date) == year }
        let students = ofYear.filter { $0.kind == .student }.count
        XCTAssertLessThan(students, ofYear.count, "the demo has awards to families, clans, citizens and units too")
        let t2 = try XCTUnwrap(StoreReport(snapshot).tallies(year).targets.first { $0.id == "T2" })
        XCTAssertEqual(t2.kinds, [.student])
        XCTAssertEqual(t2.actual, students)
        XCTAssertEqual(t2.actual, 1_768, "the demo's student awards of 2022-2023")
        XCTAssertEqual(t2.goal, 1_900)
    }

    func testATargetWithoutKindCountsEveryAward() throws {
        var s = StoreFixture.snapshot()
        s.targets = [Target(id: "T8", label: "Khen", metric: .awards, goal: 1),
                     Target(id: "T9", label: "Khen HS", metric: .awards, goal: 1, kinds: [.student]),
                     Target(id: "T10", label: "Tiền HS", metric: .awardAmount, goal: 1, kinds: [.student]),
                     Target(id: "T11", label: "Khen GĐ, DH", metric: .awards, goal: 1, kinds: [.family, .clan])]
        // 2022-2023: A2 (student, 300.000) and A3 (family, no amount).
        XCTAssertEqual(Tallies(s).targets.map(\.actual), [2, 1, 300_000, 1])
    }

    func testTheReportYearDoesNotMoveTheTargets() {
        let report = StoreReport(Self.demo)
        let campaignYear = report.tallies(SchoolYear(startYear: 2022)).targets
        for year in [SchoolYear(startYear: 2021), SchoolYear(startYear: 2023), nil] {
            let targets = report.tallies(year).targets
            XCTAssertEqual(targets.map(\.actual), campaignYear.map(\.actual), "\(String(describing: year))")
            XCTAssertEqual(targets.map(\.schoolYear), campaignYear.map(\.schoolYear))
        }
        XCTAssertEqual(report.tallies(SchoolYear(startYear: 2021)).targets.first?.schoolYear, SchoolYear(startYear: 2022))
    }
}
