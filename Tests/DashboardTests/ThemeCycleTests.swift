// F2's order: next theme, wrapping, case-insensitive, and a start for unlisted themes.

import Dashboard
import XCTest

final class ThemeCycleTests: XCTestCase {
    let order = ["default", "light", "projector", "mono", "festive"]

    func testNextWrapsAround() {
        XCTAssertEqual(ThemeCycle.next(after: "default", in: order), "light")
        XCTAssertEqual(ThemeCycle.next(after: "festive", in: order), "default")
    }

    func testNamesCompareWithoutCase() {
        XCTAssertEqual(ThemeCycle.next(after: "Light", in: order), "projector")
    }

    func testAnUnlistedThemeStartsTheCycle() {
        XCTAssertEqual(ThemeCycle.next(after: "my-file", in: order), "default")
        XCTAssertNil(ThemeCycle.next(after: "default", in: []))
    }
}
