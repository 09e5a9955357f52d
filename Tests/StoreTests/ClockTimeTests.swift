/// Strict `HH:MM` times of day.

import XCTest
@testable import Store
@testable import Recfile

final class ClockTimeTests: XCTestCase {
    func testParsesHoursAndMinutes() throws {
        let t = try XCTUnwrap(ClockTime(text: "07:30"))
        XCTAssertEqual([t.hour, t.minute], [7, 30])
        XCTAssertEqual(t.description, "07:30")
        XCTAssertEqual(t.minutesSinceMidnight, 450)
        XCTAssertEqual(ClockTime(text: "00:00")?.minutesSinceMidnight, 0)
        XCTAssertEqual(ClockTime(text: "23:59")?.minutesSinceMidnight, 1439)
    }

    func testRejectsOutOfRangeAndOtherShapes() {
        for text in ["24:00", "23:60", "7:30", "07:3", "07h30", "07.30", " 07:30", "07:30 ", "", "-1:00", "０7:30", "07:30:00"] {
            XCTAssertNil(ClockTime(text: text), text)
        }
        XCTAssertNil(ClockTime(hour: 12, minute: -1))
    }

    func testOrder() throws {
        XCTAssertLessThan(try XCTUnwrap(ClockTime(text: "07:50")), try XCTUnwrap(ClockTime(text: "08:00")))
        XCTAssertLessThan(try XCTUnwrap(ClockTime(text: "09:05")), try XCTUnwrap(ClockTime(text: "09:45")))
    }
}
