/// A weekly pattern between two days becomes its session dates; a pattern that gives none is refused with why.

import Recfile
@testable import Store
import XCTest

final class WeeklyScheduleTests: XCTestCase {
    private func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    func testTuesdaysAndThursdaysOfOctober2023() throws {
        // 2023-10-03 is a Tuesday.
        let dates = try WeeklySchedule.expand("T3, T5", from: day("2023-10-01"), to: day("2023-10-31"))
        XCTAssertEqual(dates.map(\.description), [
            "2023-10-03", "2023-10-05", "2023-10-10", "2023-10-12", "2023-10-17",
            "2023-10-19", "2023-10-24", "2023-10-26", "2023-10-31",
        ])
        XCTAssertEqual(try WeeklySchedule.expand("Thứ Ba, thu nam", from: day("2023-10-01"), to: day("2023-10-31")), dates)
    }

    func testBothEndsAreIncluded() throws {
        let dates = try WeeklySchedule.expand("CN", from: day("2023-10-01"), to: day("2023-10-15"))
        XCTAssertEqual(dates.map(\.description), ["2023-10-01", "2023-10-08", "2023-10-15"])
    }

    func testARangeWithNoMatchingDayIsRefused() {
        XCTAssertThrowsError(try WeeklySchedule.expand("CN", from: day("2023-10-03"), to: day("2023-10-06"))) { error in
            XCTAssertEqual(error as? WeeklySchedule.Problem,
                           .noMatchingDay(first: day("2023-10-03"), last: day("2023-10-06"), weekdays: [7]))
            XCTAssertTrue("\(error)".contains("Chủ nhật"), "\(error)")
        }
    }

    func testUnreadableBackwardsAndTooLongAreRefused() {
        XCTAssertThrowsError(try WeeklySchedule.expand("hàng tuần", from: day("2023-10-01"), to: day("2023-10-31"))) {
            XCTAssertEqual($0 as? WeeklySchedule.Problem, .unreadable("hàng tuần"))
        }
        XCTAssertThrowsError(try WeeklySchedule.expand("T3", from: day("2023-10-31"), to: day("2023-10-01"))) {
            XCTAssertEqual($0 as? WeeklySchedule.Problem, .backwards(first: day("2023-10-31"), last: day("2023-10-01")))
        }
        XCTAssertThrowsError(try WeeklySchedule.expand("T2 T3 T4 T5 T6 T7 CN", from: day("2023-10-01"), to: day("2032-10-01"))) {
            guard case .tooMany? = $0 as? WeeklySchedule.Problem else { return XCTFail("\($0)") }
        }
    }

    func testTheLastDayOfTheCalendarDoesNotLoop() {
        XCTAssertEqual(WeeklySchedule.dates(from: day("9999-12-25"), to: day("9999-12-31"), on: [1, 2, 3, 4, 5, 6, 7]).count, 7)
    }
}
