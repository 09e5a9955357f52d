// The double-entry guard of the award form, `add award` and `check`: folded names, the same school year.

@testable import Store
import XCTest
import StoreFixtures

final class DoubleEntryGuardTests: XCTestCase {
    func testTheDoubleEntryGuardFoldsNamesAndKeepsToTheYear() {
        let s = TwoYears.twoYears
        let guardKeys = DoubleEntryGuard(s.awards)
        let d = { (iso: String) in CalendarDate(iso: iso)! }
        XCTAssertEqual(guardKeys.existing(recipient: "nguyen thi hoa", category: "HỌC SINH GIỎI", branch: "TR01", date: d("2023-03-01"), in: s.awards), 3)
        XCTAssertEqual(guardKeys.existing(recipient: "Nguyễn Thị Hòa", category: "Học sinh giỏi", branch: "TR01", date: d("2022-09-01"), in: s.awards), 3,
                       "Hòa and Hoà are one name")
        XCTAssertNil(guardKeys.existing(recipient: "Nguyễn Thị Hòa", category: "Học bổng", branch: "TR01", date: d("2023-03-01"), in: s.awards))
        XCTAssertNil(guardKeys.existing(recipient: "Nguyễn Thị Hòa", category: "Học sinh giỏi", branch: "TR01", date: d("2023-09-01"), in: s.awards),
                     "another school year")
        XCTAssertNil(guardKeys.existing(recipient: "Nguyễn Thị Hoa", category: "Học sinh giỏi", branch: "TR01", date: d("2021-09-01"), in: s.awards))
        XCTAssertNil(guardKeys.existing(recipient: "Nguyễn Thị Hoà", category: "Học sinh giỏi", branch: "KP01", date: d("2023-03-01"), in: s.awards),
                     "a namesake in another branch is another child")
    }

    func testAnAwardNamingTheYearItRewardsIsGuardedInThatYear() {
        var awards = TwoYears.twoYears.awards
        let i = 3
        awards[i].schoolYear = SchoolYear(startYear: 2021)
        let guardKeys = DoubleEntryGuard(awards)
        let a = awards[i]
        XCTAssertEqual(guardKeys.existing(recipient: a.recipient, category: a.category, branch: a.branch, year: SchoolYear(startYear: 2021), in: awards), i)
        XCTAssertNil(guardKeys.existing(recipient: a.recipient, category: a.category, branch: a.branch, year: SchoolYear(containing: a.date), in: awards)
                     .flatMap { $0 == i ? $0 : nil }, "no longer counted in the year of its date")
    }

    func testDoublesAreListedWithTheirFirst() {
        var awards = TwoYears.twoYears.awards
        XCTAssertTrue(DoubleEntryGuard.doubles(in: awards).isEmpty)
        var copy = awards[1]
        copy.id = "X9"
        copy.recipient = copy.recipient.uppercased()
        awards.append(copy)
        let found = DoubleEntryGuard.doubles(in: awards)
        XCTAssertEqual(found.map(\.later), [awards.count - 1])
        XCTAssertEqual(found.map(\.first), [1])
    }
}
