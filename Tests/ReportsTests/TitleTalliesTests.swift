// Learning titles in the tallies: per kind and year, targets of a share, the report, the demo's two years.

import Foundation
import XCTest
@testable import Reports
@testable import Store
import StoreFixtures

final class TitleTalliesTests: XCTestCase {
    private let header = StoreSchema.fileHeader(for: "titles.rec")

    private func snapshot(_ records: String) -> StoreSnapshot { StoreFixture.snapshot(titles: records) }
    private let two = StoreFixture.twoYearsOfTitles

    func testTalliesCountTheYearAskedForOrEachKindsLatest() {
        let s = snapshot(two)
        let year = Tallies(s, schoolYear: SchoolYear(startYear: 2021))
        XCTAssertEqual(year.titles["family"], TitleCount(recognized: 60, total: 100, schoolYear: SchoolYear(startYear: 2021)))
        XCTAssertEqual(year.titles["unit"], TitleCount())
        XCTAssertEqual(year.counts["Title"], 1)
        let all = Tallies(s)
        XCTAssertEqual(all.titles["family"]?.recognized, 70, "without a year: the latest year of each kind, not a sum of years")
        XCTAssertEqual(all.titles["unit"]?.recognized, 8)
        XCTAssertEqual(all.titles["community"], TitleCount())
    }

    func testATargetOfAShareIsMeasuredInPercent() {
        var s = snapshot(two)
        s.targets = [Target(id: "T3", label: "Gia đình học tập", metric: .learningFamilies, goal: 72, unit: "%"),
                     Target(id: "T4", label: "Đơn vị", metric: .learningUnits, goal: 5),
                     Target(id: "T5", label: "Dòng họ", metric: .studiousClans, goal: 65, unit: "%")]
        let t = Tallies(s, schoolYear: SchoolYear(startYear: 2022))
        XCTAssertEqual(t.targets.map(\.actual), [70, 8, 66], "70 of 100; a count of 8; 2 of 3 clans is 66%")
        XCTAssertEqual(t.targets.map(\.isMet), [false, true, true])
    }

    func testTheReportCarriesTheTitles() throws {
        let s = snapshot(two)
        let text = ReportJSON.text(Tallies(s, schoolYear: SchoolYear(startYear: 2022)), problems: s.problems)
        let o = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let titles = try XCTUnwrap(o["titles"] as? [String: [String: Int]])
        XCTAssertEqual(titles["family"], ["recognized": 70, "assessed": 100, "total": 100], "a count's households all assessed")
        XCTAssertEqual(titles["community"], ["recognized": 0, "assessed": 0, "total": 0])
        XCTAssertEqual(titles["clan"], ["recognized": 2, "assessed": 3, "total": 3], "the clans' status")
        XCTAssertEqual(titles["citizen"], ["recognized": 0, "assessed": 0, "total": 0], "no titles value: no assessments")
        XCTAssertTrue(text.range(of: "\"clans\"")!.lowerBound < text.range(of: "\"titles\"")!.lowerBound)
        XCTAssertTrue(text.range(of: "\"titles\"")!.lowerBound < text.range(of: "\"targets\"")!.lowerBound)
        let people = ReportText.text(Tallies(s, schoolYear: SchoolYear(startYear: 2022)), snapshot: s)
        XCTAssertTrue(people.contains("70/100 (70,0%)"), people)
        XCTAssertTrue(people.contains("Đơn vị học tập"), people)
        XCTAssertFalse(people.contains("Cộng đồng học tập"), "a kind with nothing counted is left out")
    }

    func testTheDemoHoldsTwoYearsOfTitlesForEveryNeighbourhood() throws {
        let demo = try StoreLoader.load(directory: XCTUnwrap(StoreLoader.demoDirectory()))
        XCTAssertEqual(demo.problems, [])
        XCTAssertEqual(Set(demo.titles.map(\.schoolYear.description)), ["2021-2022", "2022-2023"])
        let families = demo.titles.filter { $0.kind == .family && $0.schoolYear.startYear == 2022 }
        XCTAssertEqual(families.count, demo.branches.filter { $0.kind == .neighborhood }.count)
        let t = Tallies(demo, schoolYear: SchoolYear(startYear: 2022))
        for kind in TitleKind.allCases {
            let c = try XCTUnwrap(t.titles[kind.rawValue])
            XCTAssertTrue((0.5...0.95).contains(c.fraction ?? 0), "\(kind): \(c)")
        }
        XCTAssertGreaterThan(t.titles["family"]!.fraction!, Tallies(demo, schoolYear: SchoolYear(startYear: 2021)).titles["family"]!.fraction!,
                             "the shares rise from one year to the next")
    }
}
