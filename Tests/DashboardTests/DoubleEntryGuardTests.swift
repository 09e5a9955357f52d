// The double-entry guard of the award form: folded names, the same school year.

@testable import Dashboard
import Store
import XCTest

final class DoubleEntryGuardTests: XCTestCase {
    func testTheDoubleEntryGuardFoldsNamesAndKeepsToTheYear() {
        let s = AwardsFixtures.twoYears
        let guardKeys = DoubleEntryGuard(s.awards)
        let d = AwardsFixtures.date
        XCTAssertEqual(guardKeys.existing(recipient: "nguyen thi hoa", category: "HỌC SINH GIỎI", date: d("2023-03-01"), in: s.awards), 3)
        XCTAssertEqual(guardKeys.existing(recipient: "Nguyễn Thị Hòa", category: "Học sinh giỏi", date: d("2022-09-01"), in: s.awards), 3,
                       "Hòa and Hoà are one name")
        XCTAssertNil(guardKeys.existing(recipient: "Nguyễn Thị Hòa", category: "Học bổng", date: d("2023-03-01"), in: s.awards))
        XCTAssertNil(guardKeys.existing(recipient: "Nguyễn Thị Hòa", category: "Học sinh giỏi", date: d("2023-09-01"), in: s.awards),
                     "another school year")
        XCTAssertNil(guardKeys.existing(recipient: "Nguyễn Thị Hoa", category: "Học sinh giỏi", date: d("2021-09-01"), in: s.awards))
    }
}
