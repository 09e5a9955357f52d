// The awards pane's tallies against the report's (what `hoctap report --format json` prints), per year.

import Canvas
@testable import Dashboard
import Foundation
import Store
@testable import StoreDemo
import XCTest

final class AwardsIndexTests: XCTestCase {
    /// The report's JSON for `year`, parsed back as `hoctap report --format json --year` prints it.
    private func report(_ s: StoreSnapshot, _ year: SchoolYear) throws -> [String: Any] {
        let text = ReportJSON.text(Tallies(s, schoolYear: year), problems: s.problems)
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func assertAgrees(_ s: StoreSnapshot, file: StaticString = #filePath, line: UInt = #line) throws {
        let index = AwardsIndex(s, schoolYear: nil)
        for year in index.years {
            let tally = index.tally(year)
            let json = try report(s, year)
            let awards = try XCTUnwrap(json["awards"] as? [String: Any])
            XCTAssertEqual(tally.count, awards["count"] as? Int, "\(year) count", file: file, line: line)
            XCTAssertEqual(tally.amount, awards["amount"] as? Int, "\(year) amount", file: file, line: line)
            let byBranch = Dictionary(tally.branches.map { ($0.id, $0.count) }, uniquingKeysWith: +)
            XCTAssertEqual(byBranch, awards["byBranch"] as? [String: Int], "\(year) by branch", file: file, line: line)
            let byCategory = Dictionary(tally.categories.map { ($0.name, $0.count) }, uniquingKeysWith: +)
            XCTAssertEqual(byCategory, awards["byCategory"] as? [String: Int], "\(year) by category", file: file, line: line)
            let byKind = Dictionary(tally.kinds.map { ($0.kind.rawValue, $0.count) }, uniquingKeysWith: +)
            XCTAssertEqual(byKind, awards["byKind"] as? [String: Int], "\(year) by kind", file: file, line: line)
            let fund = try XCTUnwrap(json["fund"] as? [String: Int])
            XCTAssertEqual([tally.donations, tally.amount, tally.balance], [fund["donations"], fund["awarded"], fund["balance"]],
                           "\(year) fund", file: file, line: line)
            XCTAssertEqual(tally.monthlyIncome.reduce(0, +), tally.donations, file: file, line: line)
            XCTAssertEqual(tally.monthlySpending.reduce(0, +), tally.amount, file: file, line: line)
            XCTAssertEqual(tally.awardsByBranch.values.map(\.count).reduce(0, +), tally.count, file: file, line: line)
        }
    }

    func testTheDemoAgreesWithTheReportInEveryYear() throws {
        XCTAssertEqual(AwardsFixtures.demo.problems, [])
        try assertAgrees(AwardsFixtures.demo)
        let index = AwardsFixtures.demoData.awards
        XCTAssertEqual(index.years.map(\.description), ["2021-2022", "2022-2023"], "the titles bring the year before")
        XCTAssertEqual(index.shownYear(nil)?.description, "2022-2023")
        XCTAssertEqual(index.tally(SchoolYear(startYear: 2022)).count, 1_874)
    }

    func testAGeneratedStoreOfSomeThousandAwardsAgreesWithTheReport() throws {
        let texts = StoreGenerator(seed: 99, counts: .withAwards(3_000)).texts()
        let s = StoreLoader.decode(files: texts.mapValues { Array($0.utf8) })
        XCTAssertEqual(s.errors, [])
        XCTAssertEqual(s.awards.count, 3_000)
        try assertAgrees(s)
    }

    func testTwoYearsAreTalliedApartAndSortedByCount() throws {
        let s = AwardsFixtures.twoYears
        try assertAgrees(s)
        let index = AwardsIndex(s, schoolYear: SchoolYear(startYear: 2022))
        XCTAssertEqual(index.years.map(\.startYear), [2021, 2022])
        let now = index.tally(SchoolYear(startYear: 2022))
        XCTAssertEqual(now.branches.map(\.id), ["KP01", "TR01"], "equal counts: by id")
        XCTAssertEqual(now.branches.map(\.count), [2, 2])
        XCTAssertEqual(now.latest.map { s.awards[$0].id }, ["KT03", "KT04", "KT05", "KT06"])
        XCTAssertEqual(now.donors.map(\.name), ["Nhà sách Ánh Dương", "Ông Trần Văn Hải"])
        XCTAssertEqual(now.monthlyIncome[0], 3_000_000, "September is the first month")
        XCTAssertEqual(now.monthlyIncome[4], 1_000_000, "January is the fifth")
        XCTAssertEqual(index.year(after: SchoolYear(startYear: 2022), step: -1), SchoolYear(startYear: 2021))
        XCTAssertNil(index.year(after: SchoolYear(startYear: 2022), step: 1))
        XCTAssertEqual(index.categories.first, "Học sinh giỏi")
    }

    func testTheDoubleEntryGuardFoldsNamesAndKeepsToTheYear() {
        let s = AwardsFixtures.twoYears
        let guardKeys = AwardsIndex(s, schoolYear: nil).guardKeys
        let d = AwardsFixtures.date
        XCTAssertEqual(guardKeys.existing(recipient: "nguyen thi hoa", category: "HỌC SINH GIỎI", date: d("2023-03-01"), in: s.awards), 3)
        XCTAssertEqual(guardKeys.existing(recipient: "Nguyễn Thị Hòa", category: "Học sinh giỏi", date: d("2022-09-01"), in: s.awards), 3,
                       "Hòa and Hoà are one name")
        XCTAssertNil(guardKeys.existing(recipient: "Nguyễn Thị Hòa", category: "Học bổng", date: d("2023-03-01"), in: s.awards))
        XCTAssertNil(guardKeys.existing(recipient: "Nguyễn Thị Hòa", category: "Học sinh giỏi", date: d("2023-09-01"), in: s.awards),
                     "another school year")
        XCTAssertNil(guardKeys.existing(recipient: "Nguyễn Thị Hoa", category: "Học sinh giỏi", date: d("2021-09-01"), in: s.awards))
    }

    func testTitlesMeetTheStoresTargetElseTheNationalOne() {
        var s = AwardsFixtures.twoYears
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
