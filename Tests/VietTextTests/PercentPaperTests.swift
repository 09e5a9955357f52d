/// The one percent format, on paper and on screen: one decimal always, a comma, a whole value too.

import XCTest
import VietText

final class PercentPaperTests: XCTestCase {
    func testAWholePercentKeepsItsDecimalOnPaper() {
        XCTAssertEqual(VietFormat.percent(0.76, trimWhole: false), "76,0%")
        XCTAssertEqual(VietFormat.percent(0.986, trimWhole: false), "98,6%")
        XCTAssertEqual(VietFormat.percent(1, trimWhole: false), "100,0%")
        XCTAssertEqual(VietFormat.percent(0.76), "76,0%", "the screens write it as the papers do")
        XCTAssertEqual(VietFormat.percent(24, of: 35), "68,6%")
        XCTAssertEqual(VietFormat.percent(35, of: 35), "100,0%")
    }
}
