// Every school year's awards, fund and titles, against figures worked out by hand.

import Foundation
@testable import Reports
import Store
import XCTest
import StoreFixtures

final class AwardsIndexTests: XCTestCase {
    func testTheDemoHasTwoYearsAndTheCampaignsIsShown() throws {
        let demo = try StoreLoader.load(directory: XCTUnwrap(StoreLoader.demoDirectory()))
        XCTAssertEqual(demo.problems, [])
        let index = AwardsIndex(demo, schoolYear: SchoolYear(startYear: 2022))
        XCTAssertEqual(index.years.map(\.description), ["2021-2022", "2022-2023"], "the titles bring the year before")
        XCTAssertEqual(index.shownYear(nil)?.description, "2022-2023")
        XCTAssertEqual(index.tally(SchoolYear(startYear: 2022)).count, 1_874)
    }

    /// The figures alone (what `hoctap report` counts) are the figures of the full tally, for every
    /// year and for the whole store; only the lists the pane shows are left out.
    func testTheFiguresAloneEqualTheFullTally() throws {
        let demo = try StoreLoader.load(directory: XCTUnwrap(StoreLoader.demoDirectory()))
        for snapshot in [demo, TwoYears.twoYears] {
            let full = StoreReport(snapshot), figures = StoreReport(snapshot, detail: .figures)
            XCTAssertEqual(full.awards.years, figures.awards.years)
            for year in [nil] + full.awards.years.map(Optional.some) {
                XCTAssertEqual(full.tallies(year), figures.tallies(year), "\(year?.description ?? "whole store")")
            }
            for year in full.awards.years {
                let a = full.awards.tally(year), b = figures.awards.tally(year)
                XCTAssertEqual(a.branches.map(\.id), b.branches.map(\.id))
                XCTAssertEqual(a.branches.map(\.amount), b.branches.map(\.amount))
                XCTAssertEqual(a.categories.map(\.name), b.categories.map(\.name))
                XCTAssertEqual(a.monthlySpending, b.monthlySpending)
                XCTAssertEqual(b.latest, [], "no lists in the figures alone")
                XCTAssertEqual(b.latestByDate, [])
            }
        }
        XCTAssertFalse(StoreReport(demo).awards.tally(SchoolYear(startYear: 2022)).latest.isEmpty)
    }

    func testTwoYearsAreTalliedApartAndSortedByCount() {
        let s = TwoYears.twoYears
        let index = AwardsIndex(s, schoolYear: SchoolYear(startYear: 2022))
        XCTAssertEqual(index.years.map(\.startYear), [2021, 2022])
        let now = index.tally(SchoolYear(startYear: 2022))
        XCTAssertEqual(now.branches.map(\.id), ["KP01", "TR01"], "equal counts: by id")
        XCTAssertEqual(now.branches.map(\.count), [2, 2])
        XCTAssertEqual(now.latest.map { s.awards[$0].id }, ["KT03", "KT04", "KT05", "KT06"])
        let byDate = now.latestByDate.map { "\(s.awards[$0].date) \(s.awards[$0].id)" }
        XCTAssertEqual(byDate, byDate.sorted(), "by date, then record order: \(byDate)")
        XCTAssertEqual(now.donors.map(\.name), ["Nhà sách Ánh Dương", "Ông Trần Văn Hải"])
        XCTAssertEqual(now.monthlyIncome[0], 3_000_000, "September is the first month")
        XCTAssertEqual(now.monthlyIncome[4], 1_000_000, "January is the fifth")
        XCTAssertEqual(index.year(after: SchoolYear(startYear: 2022), step: -1), SchoolYear(startYear: 2021))
        XCTAssertNil(index.year(after: SchoolYear(startYear: 2022), step: 1))
        XCTAssertEqual(index.categories.first, "Học sinh giỏi")
    }

    func testTheTalliesOfAYearAndOfTheWholeStoreAreReadOffTheYears() {
        let report = StoreReport(TwoYears.twoYears, schoolYear: SchoolYear(startYear: 2022))
        let now = report.tallies(SchoolYear(startYear: 2022)), before = report.tallies(SchoolYear(startYear: 2021))
        XCTAssertEqual([now.awards.count, now.awards.amount, now.fund.donations, now.fund.balance], [4, 1_600_000, 4_000_000, 2_400_000])
        XCTAssertEqual(now.awards.byBranch, ["KP01": 2, "TR01": 2])
        XCTAssertEqual(now.awards.byCategory, ["Học sinh giỏi": 2, "Học bổng": 1, "Gia đình hiếu học": 1])
        XCTAssertEqual(now.awards.byKind["family"], 1)
        XCTAssertEqual([before.awards.count, before.awards.amount, before.fund.donations], [2, 700_000, 2_000_000])
        XCTAssertEqual(before.awards.byBranch, ["KP01": 1, "TR01": 1])
        let all = report.tallies(nil)
        XCTAssertEqual([all.awards.count, all.awards.amount, all.fund.donations], [6, 2_300_000, 6_000_000])
        XCTAssertEqual(all.awards.byCategory, ["Học sinh giỏi": 3, "Học bổng": 2, "Gia đình hiếu học": 1])
        XCTAssertEqual(all.titles["family"], TitleCount(recognized: 75, total: 100, schoolYear: SchoolYear(startYear: 2022)))
        XCTAssertEqual(all.counts["Title"], 2, "each kind's latest year")
        let empty = report.tallies(SchoolYear(startYear: 2019))
        XCTAssertEqual(empty.awards.byBranch, ["KP01": 0, "TR01": 0], "every branch, 0 included")
        XCTAssertEqual(empty.awards.byKind.values.reduce(0, +), 0)
    }

    func testTitlesMeetTheStoresTargetElseTheNationalOne() {
        var s = TwoYears.twoYears
        let titles = TitlesIndex(s)
        XCTAssertEqual(titles.clans, TitleCount(recognized: 1, total: 2))
        XCTAssertEqual(titles.line(.family, in: SchoolYear(startYear: 2022))?.count.recognized, 75)
        XCTAssertNil(titles.line(.community, in: SchoolYear(startYear: 2022)))
        let national = TitleGoal.goal(.learningUnits, targets: titles.targets)
        XCTAssertEqual(national.percent, 80)
        XCTAssertEqual(national.isMet(TitleCount(recognized: 7, total: 10)), false)
        XCTAssertEqual(TitleGoal.goal(.learningFamilies, targets: titles.targets).isMet(TitleCount(recognized: 75, total: 100)), true)
        s.targets = [Target(id: "T9", label: "Gia đình học tập", metric: .learningFamilies, goal: 80, unit: "%")]
        let own = TitleGoal.goal(.learningFamilies, targets: TitlesIndex(s).targets)
        XCTAssertEqual(own, TitleGoal(percent: 80, count: nil, targetId: "T9"))
        XCTAssertEqual(own.isMet(TitleCount(recognized: 75, total: 100)), false)
    }
}
