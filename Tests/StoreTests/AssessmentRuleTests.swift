// The pass rules of the criteria sets over tables of scores: CDHT-324's ≥ 80 with none under 5, a required set, empty places.

import XCTest
@testable import Store
import StoreFixtures

final class AssessmentRuleTests: XCTestCase {
    /// CDHT-324 as init ships it: 10 items of 10, pass at 80 with none under 5.
    private func citizenSet() throws -> CriteriaSet {
        let snapshot = StoreLoader.decode(files: ["criteria.rec": Array(PublishedCriteria.fileText().utf8)])
        return try XCTUnwrap(snapshot.criteriaSets.first { $0.id == PublishedCriteria.citizenSetId })
    }

    // MARK: points

    func testCDHT324OverATableOfScores() throws {
        let set = try citizenSet()
        XCTAssertEqual(set.items.count, 10)
        XCTAssertEqual(set.maximum, 100)
        XCTAssertTrue(set.isComplete)
        let table: [(scores: [Int?], expected: AssessmentResult, why: String)] = [
            ([8, 8, 8, 8, 8, 8, 8, 8, 8, 8], .recognized, "exactly 80, none under 5"),
            ([10, 10, 10, 10, 8, 8, 8, 8, 4, 4], .notRecognized, "80 with items of 4"),
            ([10, 10, 10, 10, 10, 10, 10, 6, 4, 0], .notRecognized, "70 and items under 5"),
            ([9, 9, 9, 9, 9, 9, 9, 9, 4, 4], .notRecognized, "80 exactly, two items of 4"),
            ([9, 9, 9, 9, 9, 9, 9, 9, 9, 5], .recognized, "86, the least item 5"),
            ([8, 8, 8, 8, 8, 8, 8, 8, 8, 7], .notRecognized, "79: one point short"),
            ([10, 10, 10, 10, 10, 10, 10, 10, 10, nil], .incomplete, "a missing item is incomplete, not failed"),
            ([nil, nil, nil, nil, nil, nil, nil, nil, nil, nil], .incomplete, "nothing scored"),
            ([1, 1, 1, 1, 1, 1, 1, 1, 1, nil], .incomplete, "even a poor start is not a failure until scored"),
        ]
        for row in table {
            XCTAssertEqual(set.result(of: row.scores), row.expected, row.why)
        }
        XCTAssertEqual(set.result(of: [10, 10, 10, 10, 10, 10, 10, 6, 8, 4]), .notRecognized, "88 with one 4 fails")
        XCTAssertEqual(set.result(of: [8, 8, 8, 8, 8, 8, 8, 8, 4, 12]), .notRecognized, "a 4 fails whatever the total")
    }

    func testTheFailingItemsAreThoseUnderTheLeastScore() throws {
        let set = try citizenSet()
        let failing = set.failingItems([10, 10, 10, 10, 8, 8, 8, 8, 4, nil])
        XCTAssertEqual(failing.map(\.code), ["9"], "an item not scored is not listed")
    }

    // MARK: required

    func testARequiredSetAsksEveryRequiredItemAtItsMaximum() {
        let items = [Criterion(set: "R", code: "1", text: "a", maximum: 1, isRequired: true),
                     Criterion(set: "R", code: "2", text: "b", maximum: 1),
                     Criterion(set: "R", code: "3", text: "c", maximum: 2, isRequired: true)]
        let set = CriteriaSet(id: "R", name: "R", title: .unit, decision: "d", rule: .required, items: items)
        XCTAssertEqual(set.result(of: [1, 0, 2]), .recognized, "the optional item may be unmet")
        XCTAssertEqual(set.result(of: [1, 1, 1]), .notRecognized, "a required item under its maximum")
        XCTAssertEqual(set.result(of: [0, 1, 2]), .notRecognized)
        XCTAssertEqual(set.result(of: [1, nil, 2]), .incomplete)
        XCTAssertEqual(set.failingItems([1, 0, 1]).map(\.code), ["3"])
    }

    // MARK: empty places

    func testASetWithEmptyPlacesNeverRecognises() throws {
        let snapshot = StoreLoader.decode(files: ["criteria.rec": Array(PublishedCriteria.fileText().utf8)])
        XCTAssertEqual(snapshot.errors.filter { $0.file == "criteria.rec" }, [])
        let family = try XCTUnwrap(snapshot.criteriaSets.first { $0.id == "GDHT-448" })
        XCTAssertFalse(family.isComplete)
        XCTAssertEqual(family.items.map(\.status).filter { $0 == .missing }.count, 4)
        XCTAssertEqual(family.result(of: Array(repeating: 10, count: family.items.count)), .criteriaIncomplete)
        XCTAssertEqual(family.result(of: [10, 10, 10, 10, nil, nil, nil, nil]), .criteriaIncomplete)
        XCTAssertTrue(AssessmentResult.criteriaIncomplete.vietnamese.contains("Chưa đủ tiêu chí"))
        for id in ["DHHT-448", "TDPHT", "DVHT"] {
            let set = try XCTUnwrap(snapshot.criteriaSets.first { $0.id == id })
            XCTAssertFalse(set.isComplete, id)
            XCTAssertTrue(set.items.allSatisfy { $0.text == Criterion.emptyPlaceText && $0.status == .missing }, id)
        }
        var complete = family
        complete.items = complete.items.filter(\.isComplete)
        XCTAssertFalse(complete.isComplete, "a points set without a pass mark cannot decide either")
    }

    func testThePublishedSetsCoverEveryTitleOnce() {
        let snapshot = StoreLoader.decode(files: ["criteria.rec": Array(PublishedCriteria.fileText().utf8)])
        XCTAssertEqual(Set(snapshot.criteriaSets.map(\.title)), Set(AssessedTitle.allCases))
        XCTAssertEqual(snapshot.criteriaSets.count, AssessedTitle.allCases.count)
    }
}

/// The day a year's results go up is the store's (`SendBy` of a criteria set), read as DD/MM.
final class YearlyDayTests: XCTestCase {
    func testDaysAreReadAsDayAndMonth() {
        XCTAssertEqual(YearlyDay(text: "15/12"), YearlyDay(day: 15, month: 12))
        XCTAssertEqual(YearlyDay(text: "5/1")?.description, "05/01")
        XCTAssertEqual(YearlyDay(text: "29/02")?.description, "29/02")
        for bad in ["31/11", "15-12", "15/12/2022", "", "1/13", "0/5", "a/b", "١٥/١٢"] {
            XCTAssertNil(YearlyDay(text: bad), bad)
        }
        XCTAssertLessThan(YearlyDay(day: 30, month: 11)!, YearlyDay.titleResults)
    }

    func testABadSendByIsRefusedInVietnamese() {
        let criteria = PublishedCriteria.fileText().replacingOccurrences(of: "SendBy: 15/12\n", with: "SendBy: 15-12\n")
        var files = StoreFixture.files()
        files["criteria.rec"] = Array(criteria.utf8)
        let snapshot = StoreLoader.decode(files: files)
        let problem = snapshot.errors.first { $0.field == "SendBy" }
        XCTAssertNotNil(problem, snapshot.errors.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(problem.map { ProblemWording.message($0, .vi) }, "\"15-12\" không hợp lệ, cần ngày và tháng dạng DD/MM (vd. 15/12)")
        XCTAssertEqual(StoreLoader.decode(files: StoreFixture.assessedFiles()).criteriaSets.first?.sendBy, .titleResults)
    }
}
