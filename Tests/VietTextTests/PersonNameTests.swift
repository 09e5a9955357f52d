// Names tidied on write: NFC, single spaces, each word capitalised.

import XCTest
@testable import VietText

final class PersonNameTests: XCTestCase {
    func testSpacesAreCollapsedAndTheTextIsNFC() {
        XCTAssertEqual(VietText.spaced("  Chi hội \t  khu phố\u{00A0}1 "), "Chi hội khu phố 1")
        let nfd = "Tra\u{0302}\u{0300}n"
        XCTAssertEqual(Array(VietText.spaced(nfd).unicodeScalars).count, 4, "Trần in NFC is four scalars")
    }

    func testEachWordOfANameIsCapitalised() {
        XCTAssertEqual(VietText.personName("nguyễn  thị HOÀ"), "Nguyễn Thị Hoà")
        XCTAssertEqual(VietText.personName("đỗ văn đức"), "Đỗ Văn Đức")
        XCTAssertEqual(VietText.personName("ÂU DƯƠNG ỨNG"), "Âu Dương Ứng")
        XCTAssertEqual(VietText.personName("  "), "")
        let nfd = "le\u{0302}\u{0300} thi\u{0323}"
        XCTAssertEqual(VietText.personName(nfd), "Lề Thị")
    }
}

/// The folded hash is the hash of the folded key, for every kind of text.
final class SearchHashTests: XCTestCase {
    func testTheHashIsTheHashOfTheSearchKey() {
        let texts = ["  Nguyễn   HIỀN ", "Nguyen Hien", "Hoà", "Hòa", "HOA", "Ho\u{0300}a", "Đỗ Văn Đức", "do van duc",
                     "Gia đình ông Lê Văn Dũng", "Tổ dân phố 3, khu phố 2", "Müller", "Σωκράτης", "", " ", "a\tb"]
        for t in texts {
            XCTAssertEqual(VietText.searchHash(t), VietText.fnv(VietText.searchKey(t)), t.debugDescription)
        }
        XCTAssertEqual(VietText.searchHash("Nguyễn Thị Hoà"), VietText.searchHash("nguyen thi hoa"))
        XCTAssertNotEqual(VietText.searchHash("Nguyễn Thị Hoa"), VietText.searchHash("Nguyễn Thị Hoan"))
    }
}
