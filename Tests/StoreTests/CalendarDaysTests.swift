// Day numbers and dates convert both ways, and adding days crosses months, leap days and years.

import Store
@testable import StoreDemo
import XCTest
@testable import Recfile

final class CalendarDaysTests: XCTestCase {
    func testEveryDayNumberRoundTripsThroughItsDate() {
        for days in stride(from: -719_162, through: 2_932_896, by: 97) {
            XCTAssertEqual(CalendarDate(daysSinceEpoch: days).daysSinceEpoch, days, "day \(days)")
        }
        XCTAssertEqual(CalendarDate(daysSinceEpoch: 0).description, "1970-01-01")
        XCTAssertEqual(CalendarDate(daysSinceEpoch: -1).description, "1969-12-31")
    }

    func testAddingDays() throws {
        let d = try XCTUnwrap(CalendarDate(year: 2024, month: 2, day: 28))
        XCTAssertEqual(d.adding(days: 1).description, "2024-02-29")
        XCTAssertEqual(d.adding(days: 2).description, "2024-03-01")
        XCTAssertEqual(try XCTUnwrap(CalendarDate(year: 2022, month: 12, day: 31)).adding(days: 1).description, "2023-01-01")
        XCTAssertEqual(d.adding(days: -59).description, "2023-12-31")
    }

    func testDaysOutsideTheCalendarAreClampedToItsEnds() {
        XCTAssertEqual(CalendarDate(daysSinceEpoch: -10_000_000).description, "0001-01-01")
        XCTAssertEqual(CalendarDate(daysSinceEpoch: 10_000_000).description, "9999-12-31")
    }
}
