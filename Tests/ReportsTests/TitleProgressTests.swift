// The learning titles per calendar year on a hand-computed store: assessments where they decide, counts elsewhere, targets, the party, the JSON keys.

import Foundation
import XCTest
@testable import Reports
@testable import Store
import StoreFixtures

final class TitleProgressTests: XCTestCase {
    private func progress() -> (StoreSnapshot, TitleProgress) {
        let s = StoreLoader.decode(files: StoreFixture.assessedFiles())
        XCTAssertEqual(s.errors, [])
        return (s, TitleProgress(s))
    }

    private func tally(_ r: Int, _ a: Int, _ t: Int, undecided: Int = 0, _ origin: TitleTally.Origin) -> TitleTally {
        TitleTally(recognized: r, assessed: a, total: t, undecided: undecided, origin: origin)
    }

    // MARK: by hand

    /// citizen: HV1 recognised, HV2 not, HV3 incomplete, of 3 learners. family: GD1 recognised, GD2 not,
    /// GD3 not assessed, of 3 households. clan: DH1 by a set with empty places, so the Clan records
    /// stand (2 studious of 3) in the campaign's year. community: no assessment, the count 1 of 2.
    /// unit: DV1 (TR01) recognised; DV2 (ward-wide) not assessed; CB1 is the party's, not a unit.
    func testEachTitleOfTheYearAsWorkedOutByHand() {
        let (_, p) = progress()
        XCTAssertEqual(p.years, [2022])
        XCTAssertEqual(p.line(.citizen, year: 2022).tally, tally(1, 3, 3, .assessments))
        XCTAssertEqual(p.line(.family, year: 2022).tally, tally(1, 2, 3, .assessments))
        XCTAssertEqual(p.line(.clan, year: 2022).tally, tally(2, 3, 3, undecided: 1, .counts))
        XCTAssertEqual(p.line(.community, year: 2022).tally, tally(1, 2, 2, .counts))
        let units = p.line(.unit, year: 2022)
        XCTAssertEqual(units.tally.recognized, 1)
        XCTAssertEqual(units.tally.assessed, 1)
        XCTAssertEqual(units.tally.total, 2)
        XCTAssertEqual(units.byBranch.map(\.branch), ["TR01", nil], "the store's branch order, ward-wide last")
        XCTAssertEqual(units.byBranch.map(\.tally.total), [1, 1])
    }

    func testThePartysThreeTitles() {
        let (_, p) = progress()
        let party = p.party(2022)
        XCTAssertEqual([party.citizens.recognized, party.citizens.total], [1, 2], "HV1 of HV1 and HV2")
        XCTAssertEqual([party.families.recognized, party.families.total], [1, 1], "GD1, the one party member's family")
        XCTAssertEqual([party.cells.recognized, party.cells.total], [0, 1], "CB1 assessed, not recognised")
    }

    func testWhoRegisteredAndIsNotAssessedYet() {
        let (_, p) = progress()
        XCTAssertEqual(p.awaiting(2022).map(\.subject), ["GD3", "DV2"], "HV3 registered and was assessed")
        XCTAssertEqual(p.assessments(2022).map(\.result),
                       [.recognized, .notRecognized, .incomplete, .recognized, .notRecognized, .recognized, .notRecognized,
                        .criteriaIncomplete])
    }

    // MARK: counts and assessments together

    func testAssessmentsThatDecideWinOverTheCountsOfTheirBranch() {
        var files = StoreFixture.assessedFiles()
        let count = "\nId: DT8\nSchoolYear: 2022-2023\nKind: family\nBranch: KP01\nRecognized: 40\nTotal: 50\n"
        files["titles.rec"] = Array((String(decoding: files["titles.rec"] ?? [], as: UTF8.self) + count).utf8)
        let p = TitleProgress(StoreLoader.decode(files: files))
        XCTAssertEqual(p.line(.family, year: 2022).tally, tally(1, 2, 3, .assessments))
        XCTAssertEqual(p.line(.family, year: 2021).tally, tally(0, 0, 3, .subjects), "2021 has neither: the households alone")
        XCTAssertEqual(p.party(2024).families.total, 1, "a year with nothing recorded still has its party members' families")
        let onlyCounts = TitleProgress(StoreFixture.snapshot(titles: StoreFixture.twoYearsOfTitles))
        XCTAssertEqual(onlyCounts.line(.family, year: 2021).tally, tally(60, 100, 100, .counts), "a ward with counts only sees them")
        XCTAssertEqual(onlyCounts.line(.family, year: 2022).tally, tally(70, 100, 100, .counts))
        XCTAssertEqual(onlyCounts.line(.clan, year: 2021).tally.recognized, 0, "the clans' status is the campaign year's")
    }

    // MARK: targets

    func testTargetsOfTheYearNeverAnExpiredOne() {
        let (_, p) = progress()
        XCTAssertEqual(p.line(.family, year: 2022).target.percent, 70)
        XCTAssertEqual(p.line(.clan, year: 2022).target, TitleTarget(count: 2, source: "T3"), "the store's own target")
        XCTAssertEqual(p.line(.citizen, year: 2022).target.percent, 40)
        XCTAssertEqual(TitleTarget.national(.unit, year: 2025).percent, 80)
        XCTAssertEqual(TitleTarget.national(.citizen, year: 2027).percent, 60, "the 2030 figure after 2025")
        for title in [AssessedTitle.family, .clan, .community, .unit] {
            XCTAssertFalse(TitleTarget.national(title, year: 2026).isSet, "\(title): no 2030 figure, so none after 2025")
        }
        XCTAssertEqual(TitleTarget.national(.clan, year: 2020).percent, 50, "QĐ 281 before 2021")
        XCTAssertEqual(TitleTarget.national(.family, year: 2022).isMet(tally(1, 2, 3, .assessments)), false)
    }

    // MARK: the report

    func testTheReportsKeys() throws {
        let (s, p) = progress()
        let t = StoreReport(s, detail: .figures).tallies(SchoolYear(startYear: 2022))
        let text = ReportJSON.text(t, titles: p, problems: s.problems)
        let o = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let titles = try XCTUnwrap(o["titles"] as? [String: [String: Int]])
        XCTAssertEqual(titles["citizen"], ["recognized": 1, "assessed": 3, "total": 3])
        XCTAssertEqual(titles["family"], ["recognized": 1, "assessed": 2, "total": 3])
        XCTAssertEqual(titles["clan"], ["recognized": 2, "assessed": 3, "total": 3])
        XCTAssertEqual(titles["community"], ["recognized": 1, "assessed": 2, "total": 2])
        XCTAssertEqual(titles["unit"], ["recognized": 1, "assessed": 1, "total": 2])
        let party = try XCTUnwrap(o["party"] as? [String: [String: Int]])
        XCTAssertEqual(party["citizens"], ["recognized": 1, "total": 2])
        XCTAssertEqual(party["families"], ["recognized": 1, "total": 1])
        XCTAssertEqual(party["cells"], ["recognized": 0, "total": 1])
        let section = text[text.range(of: "\"titles\":")!.upperBound...]
        let order = ["\"citizen\"", "\"family\"", "\"clan\"", "\"community\"", "\"unit\"", "\"party\""].map {
            section.range(of: $0)!.lowerBound
        }
        XCTAssertEqual(order, order.sorted(), "the titles in their schema order, then the party")
    }

    func testTheDemosYearAgreesWithItsCounts() throws {
        let demo = try StoreLoader.load(directory: XCTUnwrap(StoreLoader.demoDirectory()))
        XCTAssertEqual(demo.errors, [])
        let p = TitleProgress(demo)
        let family = p.line(.family, year: 2022).tally
        XCTAssertEqual([family.recognized, family.total], [3887, 5710])
        XCTAssertGreaterThan(family.undecided, 0, "the assessed households' set has empty places: the counts stand")
        let clan = p.line(.clan, year: 2022).tally
        XCTAssertEqual([clan.recognized, clan.total], [24, 35])
        let citizen = p.line(.citizen, year: 2022).tally
        XCTAssertEqual(citizen.origin, .assessments)
        XCTAssertEqual(citizen.assessed, demo.assessments.filter { $0.set == PublishedCriteria.citizenSetId }.count)
        XCTAssertFalse(p.awaiting(2022).isEmpty)
    }
}
