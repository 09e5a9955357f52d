/// `hoctap check` holds a hand-edited file to the schema's limits: no empty number, no negative amount or count, no birth in the future.

import XCTest
import StoreFixtures
@testable import Store
@testable import Recfile

final class ValueBoundCheckTests: XCTestCase {
    private let today = CalendarDate(year: 2024, month: 6, day: 15)!

    /// The only problem after one change to the fixture, read on `today`, at the changed line.
    private func only(_ file: String, _ old: String, _ new: String,
                      sourceFile: StaticString = #filePath, line: UInt = #line) throws -> StoreProblem {
        let snapshot = ReferenceDay.$fixed.withValue(today) { StoreFixture.snapshot([file: [(old, new)]]) }
        XCTAssertEqual(snapshot.problems.count, 1, "\(snapshot.problems)", file: sourceFile, line: line)
        let p = try XCTUnwrap(snapshot.problems.first, file: sourceFile, line: line)
        XCTAssertEqual([p.file, "\(p.kind)", "\(p.severity)"], [file, "badValue", "error"], file: sourceFile, line: line)
        XCTAssertEqual(p.line, StoreFixture.line(of: old, in: file), file: sourceFile, line: line)
        XCTAssertEqual(p.anchor, .value, "the caret goes under the value", file: sourceFile, line: line)
        return p
    }

    private func clean(_ file: String, _ old: String, _ new: String, sourceFile: StaticString = #filePath, line: UInt = #line) {
        let snapshot = ReferenceDay.$fixed.withValue(today) { StoreFixture.snapshot([file: [(old, new)]]) }
        XCTAssertEqual(snapshot.problems, [], file: sourceFile, line: line)
    }

    func testAnEmptyOptionalNumberIsAnErrorAsRecfixHasIt() throws {
        let p = try only("awards.rec", "Amount: 300000", "Amount:")
        XCTAssertEqual(p.description, "awards.rec:\(p.line): Amount: expected whole đồng in digits only, such as 500000, got \"\"")
        _ = try only("awards.rec", "Amount: 300000", "Amount:   ")
        _ = try only("learners.rec", "BirthYear: 1990", "BirthYear:")
    }

    func testANegativeAmountIsRefusedAndZeroIsAllowed() throws {
        let p = try only("awards.rec", "Amount: 300000", "Amount: -5")
        XCTAssertEqual(p.message, "expected a whole number of đồng, 0 or more, got \"-5\"")
        XCTAssertEqual(ReferenceDay.$fixed.withValue(today) {
            StoreFixture.snapshot(["awards.rec": [("Amount: 300000", "Amount: -5")]]).awards.map(\.id)
        }, ["A1", "A3"], "the record is left out")
        _ = try only("funds.rec", "Amount: 1000000", "Amount: -1000000")
        clean("awards.rec", "Amount: 300000", "Amount: 0")
    }

    func testNegativeCounts() throws {
        XCTAssertEqual(try only("campaign.rec", "Goal: 4", "Goal: -4").message, "expected a whole number, 0 or more, got \"-4\"")
        _ = try only("branches.rec", "Members: 40", "Members: -40")
    }

    func testBirthYearsFrom1900ToThisYear() throws {
        XCTAssertEqual(try only("learners.rec", "BirthYear: 1990", "BirthYear: 1899").message,
                       "expected a year from 1900 to 2024, got \"1899\"")
        _ = try only("learners.rec", "BirthYear: 1990", "BirthYear: 2025")
        _ = try only("learners.rec", "BirthYear: 1990", "BirthYear: -1990")
        clean("learners.rec", "BirthYear: 1990", "BirthYear: 1900")
        clean("learners.rec", "BirthYear: 1990", "BirthYear: 2024")
    }

    func testBirthDatesNotInTheFutureNorBefore1900() throws {
        XCTAssertEqual(try only("learners.rec", "BirthYear: 1990", "BirthDate: 2024-06-16").message,
                       "expected a date from 1900-01-01 to today (2024-06-15), got \"2024-06-16\"")
        _ = try only("learners.rec", "BirthYear: 1990", "BirthDate: 1899-12-31")
        clean("learners.rec", "BirthYear: 1990", "BirthDate: 2024-06-15")
    }

    func testTheReferenceDayIsTakenWhenTheStoreIsRead() {
        let later = CalendarDate(year: 2025, month: 1, day: 1)!
        let snapshot = ReferenceDay.$fixed.withValue(later) {
            StoreFixture.snapshot(["learners.rec": [("BirthYear: 1990", "BirthYear: 2025")]])
        }
        XCTAssertEqual(snapshot.problems, [], "2025 is this year on 2025-01-01")
    }
}
