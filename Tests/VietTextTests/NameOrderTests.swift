// Person names as class lists print them: given name, then middle names, then family name.

import XCTest
import VietText

final class NameOrderTests: XCTestCase {
    private func sorted(_ names: [String]) -> [String] {
        names.map { ($0, VietText.nameSortKey($0)) }.sorted { $0.1 < $1.1 }.map(\.0)
    }

    private func assertOrder(_ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        for shuffled in [expected.reversed(), expected.shuffled(), expected.shuffled()] {
            XCTAssertEqual(sorted(Array(shuffled)), expected, file: file, line: line)
        }
    }

    // MARK: Given names

    func testGivenNamesInVietnameseOrder() {
        assertOrder(["An", "Anh", "Ánh", "Ân", "Ấn", "Bình", "Dũng", "Duyên", "Đức", "Ô", "Ơn", "U", "Ư"])
    }

    func testGivenNameFirstFamilyNameOnlyBreaksTies() {
        assertOrder([
            "Nguyễn Văn An", "Trần Thị Anh", "Lê Ánh", "Võ Thị Ân", "Phạm Văn Ấn", "Đỗ Thị Bình",
            "Bùi Dũng", "Huỳnh Thị Duyên", "Âu Đức", "Lý Thị Ô", "Hồ Văn Ơn", "Đinh U", "Dương Thị Ư",
        ])
        assertOrder(["Lê Văn An", "Nguyễn Văn An", "Trần Văn An"])
    }

    // MARK: Ties

    func testMiddleNamesBeforeTheFamilyName() {
        assertOrder(["Trần Thị Bình", "Lê Văn Bình"])
        assertOrder(["Nguyễn Thị Anh", "Nguyễn Thị Mai Anh", "Nguyễn Thị Ngọc Anh", "Nguyễn Văn Anh"])
        assertOrder(["Lê Anh", "Nguyễn Anh", "Lê Thị Anh"])
    }

    func testToneAndCaseOfAWordBeforeTheNextWord() {
        assertOrder(["Nguyễn Văn Hoa", "Lê Văn Hòa", "Trần Văn Họa"])
        assertOrder(["Nguyễn văn Hà", "Nguyễn Văn Hà"])
    }

    func testSpellingsOfOneNameAreEqualSoIdBreaksTheTie() {
        let forms = [
            "Nguyễn Thị Hòa", "Nguyễn Thị Hoà", "Nguyễn  Thị   Hòa ",
            "Nguyễn Thị Hoà".decomposedStringWithCanonicalMapping,
        ]
        for form in forms {
            XCTAssertEqual(VietText.nameSortKey(form), VietText.nameSortKey(forms[0]), form)
        }
        let records = [(id: 7, name: forms[1]), (id: 3, name: forms[0]), (id: 5, name: "Nguyễn Thị Hạnh")]
        let ordered = records.sorted { (VietText.nameSortKey($0.name), $0.id) < (VietText.nameSortKey($1.name), $1.id) }
        XCTAssertEqual(ordered.map(\.id), [5, 3, 7])
    }

    func testOddNames() {
        assertOrder(["", "An", "An Bình", "Nguyễn Bình"])
        XCTAssertLessThan(VietText.nameSortKey("Nguyễn Văn An"), VietText.nameSortKey("nguyễn văn ăn"))
    }
}
