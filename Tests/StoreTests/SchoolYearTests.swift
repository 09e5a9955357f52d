/// School years run from 1 September to 31 August; `2022-2023` in and out.

import XCTest
@testable import Store
@testable import Recfile

final class SchoolYearTests: XCTestCase {
    private func year(of iso: String) throws -> String {
        SchoolYear(containing: try XCTUnwrap(CalendarDate(iso: iso))).description
    }

    func testBoundaries() throws {
        XCTAssertEqual(try year(of: "2022-08-31"), "2021-2022")
        XCTAssertEqual(try year(of: "2022-09-01"), "2022-2023")
        XCTAssertEqual(try year(of: "2022-12-31"), "2022-2023")
        XCTAssertEqual(try year(of: "2023-01-01"), "2022-2023")
        XCTAssertEqual(try year(of: "2023-08-31"), "2022-2023")
        XCTAssertEqual(try year(of: "2023-09-01"), "2023-2024")
    }

    func testContainsBothEnds() throws {
        let y = try XCTUnwrap(SchoolYear(text: "2022-2023"))
        XCTAssertEqual(y.firstDay?.description, "2022-09-01")
        XCTAssertEqual(y.lastDay?.description, "2023-08-31")
        XCTAssertTrue(y.contains(try XCTUnwrap(y.firstDay)))
        XCTAssertTrue(y.contains(try XCTUnwrap(y.lastDay)))
        XCTAssertFalse(y.contains(try XCTUnwrap(CalendarDate(iso: "2022-08-31"))))
        XCTAssertFalse(y.contains(try XCTUnwrap(CalendarDate(iso: "2023-09-01"))))
    }

    func testParseAndFormat() {
        XCTAssertEqual(SchoolYear(text: "2022-2023")?.startYear, 2022)
        XCTAssertEqual(SchoolYear(text: "2022–2023")?.startYear, 2022, "an en dash is read too")
        XCTAssertEqual(SchoolYear(startYear: 2022).description, "2022-2023")
        for bad in ["2022-2024", "2022", "22-23", "2022/2023", "2023-2022", "2022-2023 ", "abcd-efgh", ""] {
            XCTAssertNil(SchoolYear(text: bad), bad)
        }
        XCTAssertLessThan(SchoolYear(startYear: 2021), SchoolYear(startYear: 2022))
    }
}
