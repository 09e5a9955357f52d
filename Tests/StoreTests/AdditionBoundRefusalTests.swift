/// `hoctap add` and the forms refuse what `check` would: an empty number, a negative amount, a birth in the future.

import XCTest
import StoreFixtures
@testable import Store
@testable import Recfile

final class AdditionBoundRefusalTests: XCTestCase {
    private let now = "2023-03-01 09:00"
    private let award = AdditionIdTests.award

    /// The lines of the refusal of adding `given` to the fixture (nothing is written: this is the in-memory check).
    private func refusal(_ set: SetSchema, _ given: [(name: String, value: String)],
                         file: StaticString = #filePath, line: UInt = #line) -> [String] {
        do {
            _ = try RecordAddition(set: set, given: given, files: StoreFixture.files(), now: now)
            XCTFail("added \(given)", file: file, line: line)
        } catch RecordAdditionError.invalid(let name, let refusal) {
            let problems = refusal.map(\.en)
            XCTAssertEqual(name, set.name, file: file, line: line)
            return problems
        } catch {
            XCTFail("unexpected \(error)", file: file, line: line)
        }
        return []
    }

    private func accepted(_ set: SetSchema, _ given: [(name: String, value: String)],
                          file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertNoThrow(try RecordAddition(set: set, given: given, files: StoreFixture.files(), now: now), file: file, line: line)
    }

    func testAnEmptyAmountIsRefused() {
        XCTAssertEqual(refusal(StoreSchema.award, award + [("Amount", "")]),
                       ["Amount: expected whole đồng in digits only, such as 500000, got \"\""])
        XCTAssertEqual(refusal(StoreSchema.award, award + [("Amount", "  ")]).count, 1)
    }

    func testNegativeAmountsAreRefusedAndZeroIsAnAward() {
        XCTAssertEqual(refusal(StoreSchema.award, award + [("Amount", "-5")]),
                       ["Amount: expected a whole number of đồng, 0 or more, got \"-5\""])
        XCTAssertEqual(refusal(StoreSchema.donation, [("Date", "2023-03-01"), ("Donor", "X"), ("Amount", "-1")]).count, 1)
        accepted(StoreSchema.award, award + [("Amount", "0")])
    }

    func testBirthsAreReadAgainstTheDayOfNow() {
        XCTAssertEqual(refusal(StoreSchema.learner, [("Name", "Y"), ("BirthYear", "2024")]),
                       ["BirthYear: expected a year from 1900 to 2023, got \"2024\""])
        XCTAssertEqual(refusal(StoreSchema.learner, [("Name", "Y"), ("BirthYear", "1899")]).count, 1)
        XCTAssertEqual(refusal(StoreSchema.learner, [("Name", "Y"), ("BirthDate", "2023-03-02")]),
                       ["BirthDate: expected a date from 1900-01-01 to today (2023-03-01), got \"2023-03-02\""])
        accepted(StoreSchema.learner, [("Name", "Y"), ("BirthYear", "2023"), ("BirthDate", "2023-03-01")])
    }
}
