/// Strict ISO dates and their weekdays, computed without the machine's calendar or zone.

import Foundation
import XCTest
@testable import Store
@testable import Recfile

final class CalendarDateTests: XCTestCase {
    func testParsesISODates() throws {
        let d = try XCTUnwrap(CalendarDate(iso: "2022-10-06"))
        XCTAssertEqual([d.year, d.month, d.day], [2022, 10, 6])
        XCTAssertEqual(d.description, "2022-10-06")
        XCTAssertEqual(CalendarDate(iso: "0001-01-01")?.description, "0001-01-01")
        XCTAssertEqual(CalendarDate(iso: "2022-10-06"[...]), d, "substrings work too")
    }

    func testRejectsDaysThatDoNotExist() {
        for text in ["2022-02-30", "2022-13-01", "2022-00-10", "2022-04-31", "2022-01-00", "1900-02-29", "0000-01-01"] {
            XCTAssertNil(CalendarDate(iso: text), text)
        }
        XCTAssertNotNil(CalendarDate(iso: "2000-02-29"))
        XCTAssertNotNil(CalendarDate(iso: "2024-02-29"))
        XCTAssertNil(CalendarDate(iso: "2023-02-29"))
    }

    func testRejectsOtherShapes() {
        for text in ["06/10/2022", "2022-1-06", "2022-10-6", " 2022-10-06", "2022-10-06 ", "2022/10/06",
                     "２０２２-10-06", "2022-1O-06", "+022-10-06", "", "2022-10-06T00:00"] {
            XCTAssertNil(CalendarDate(iso: text), text)
        }
        XCTAssertNil(CalendarDate(year: 2022, month: 2, day: 29))
        XCTAssertNil(CalendarDate(year: 10000, month: 1, day: 1))
    }

    func testWeekday() throws {
        XCTAssertEqual(CalendarDate(iso: "2022-10-06")?.weekday, 4, "the ceremony was on a Thursday")
        XCTAssertEqual(CalendarDate(iso: "1970-01-01")?.weekday, 4)
        XCTAssertEqual(CalendarDate(iso: "2000-02-29")?.weekday, 2)
        XCTAssertEqual(CalendarDate(iso: "2022-10-09")?.weekday, 7)
        XCTAssertEqual(CalendarDate(iso: "2022-10-10")?.weekday, 1)
        XCTAssertEqual(CalendarDate(iso: "1900-01-01")?.weekday, 1)
        XCTAssertEqual(CalendarDate(iso: "0001-01-01")?.weekday, 1)
    }

    func testWeekdayAgreesWithFoundationInUTCOverManyDays() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try XCTUnwrap(TimeZone(identifier: "UTC"))
        var date = try XCTUnwrap(CalendarDate(iso: "1999-12-25"))
        for offset in 0..<800 {
            let instant = Date(timeIntervalSince1970: TimeInterval(date.daysSinceEpoch) * 86_400)
            let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: instant)
            XCTAssertEqual([parts.year, parts.month, parts.day], [date.year, date.month, date.day], "day \(offset)")
            // Foundation counts 1 = Sunday … 7 = Saturday.
            XCTAssertEqual(((parts.weekday ?? 0) + 5) % 7 + 1, date.weekday, "day \(offset)")
            date = try XCTUnwrap(next(date))
        }
    }

    func testOrderAndDayCount() throws {
        let a = try XCTUnwrap(CalendarDate(iso: "2022-10-01"))
        let b = try XCTUnwrap(CalendarDate(iso: "2022-10-07"))
        XCTAssertLessThan(a, b)
        XCTAssertLessThan(try XCTUnwrap(CalendarDate(iso: "2021-12-31")), a)
        XCTAssertEqual(b.daysSinceEpoch - a.daysSinceEpoch, 6)
        XCTAssertEqual(CalendarDate(iso: "1970-01-01")?.daysSinceEpoch, 0)
        XCTAssertEqual(CalendarDate(iso: "1969-12-31")?.daysSinceEpoch, -1)
    }

    private func next(_ d: CalendarDate) -> CalendarDate? {
        CalendarDate(year: d.year, month: d.month, day: d.day + 1)
            ?? CalendarDate(year: d.year, month: d.month + 1, day: 1)
            ?? CalendarDate(year: d.year + 1, month: 1, day: 1)
    }
}
