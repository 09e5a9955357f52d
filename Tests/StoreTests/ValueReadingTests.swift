/// The byte-level readers of values: whole numbers, trimming, dates with times.

import XCTest
@testable import Store
@testable import Recfile

final class ValueReadingTests: XCTestCase {
    func testWholeNumbers() {
        XCTAssertEqual(ValueText.int("2700"), 2700)
        XCTAssertEqual(ValueText.int("-5"), -5)
        XCTAssertEqual(ValueText.int("007"), 7)
        XCTAssertEqual(ValueText.int("999999999999999999"), 999_999_999_999_999_999)
        for bad in ["", "-", "+5", "1,5", "1.500", "1 500", "٣", "0x1F", "1e3", "9999999999999999999"] {
            XCTAssertNil(ValueText.int(bad), bad)
        }
    }

    func testTrimming() {
        XCTAssertEqual(ValueText.trimmed("  a b \t"), "a b")
        XCTAssertEqual(ValueText.trimmed("x"), "x")
        XCTAssertEqual(ValueText.trimmed(" \t "), "")
        XCTAssertEqual(ValueText.trimmed("\nHòa\r"), "Hòa")
    }

    func testDateAndTime() throws {
        let t = try XCTUnwrap(DateAndTime(text: "2022-10-06 07:31"))
        XCTAssertEqual(t.description, "2022-10-06 07:31")
        XCTAssertEqual(DateAndTime(text: "2022-10-06T07:31"), t)
        XCTAssertEqual(DateAndTime(text: "2022-10-06T07:31:59"), t)
        for bad in ["2022-10-06", "2022-10-06 7:31", "2022-10-06 24:00", "2022-02-30 07:31", "2022-10-06 07:31:60",
                    "2022-10-06  07:31", "06/10/2022 07:31", "2022-10-06 07:31 "] {
            XCTAssertNil(DateAndTime(text: bad), bad)
        }
        XCTAssertLessThan(t, try XCTUnwrap(DateAndTime(text: "2022-10-06 07:32")))
    }
}
