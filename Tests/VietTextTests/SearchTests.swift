// Search folding and the word-prefix matcher.

import XCTest
import VietText

final class SearchTests: XCTestCase {
    // MARK: Keys

    func testSearchKeys() {
        let cases = [
            ("Nguyễn Hiền", "nguyen hien"), ("NGUYỄN HIỀN", "nguyen hien"), ("  Nguyễn \t  Hiền  ", "nguyen hien"),
            ("Đồng", "dong"), ("ĐẶNG ĐỨC", "dang duc"), ("Hòa", "hoa"), ("Hoà", "hoa"), ("Ư Ơ Ă Â Ê Ô", "u o a a e o"),
            ("Lớp 10A1", "lop 10a1"), ("", ""), ("   ", ""), ("Ñandú Müller", "nandu muller"), ("Ἀθῆναι", "αθηναι"),
            ("Đà\u{A0}Nẵng", "da nang"), ("khỏe–khoẻ", "khoe–khoe"),
        ]
        for (text, key) in cases {
            XCTAssertEqual(VietText.searchKey(text), key, text)
            XCTAssertEqual(VietText.searchKey(text.decomposedStringWithCanonicalMapping), key, "NFD " + text)
        }
    }

    // MARK: Matching

    func testQueriesThatFindNguyenHien() {
        let key = VietText.searchKey("Nguyễn Hiền")
        for typed in ["hien", "nguyen hien", "NGUYỄN HIỀN", "hiền", "Hiền", "ng hi", "hien nguyen", "", "  "] {
            XCTAssertTrue(SearchQuery(typed).matches(key), typed)
        }
        for typed in ["hieu", "ien", "nguyen van", "hienx", "guyen"] {
            XCTAssertFalse(SearchQuery(typed).matches(key), typed)
        }
    }

    func testDFindsDStrokeAndHoaFindsBothSpellings() {
        XCTAssertTrue(SearchQuery("dong").matches(VietText.searchKey("Trần Đồng")))
        XCTAssertTrue(SearchQuery("đồng").matches(VietText.searchKey("Trần Dong")))
        for name in ["Lê Thị Hòa", "Lê Thị Hoà", "LÊ THỊ HOÀ", "Lê Thị Hoa"] {
            XCTAssertTrue(SearchQuery("hoa").matches(VietText.searchKey(name)), name)
            XCTAssertTrue(SearchQuery("le hoa").matches(text: name), name)
        }
    }

    func testQueryWords() {
        XCTAssertEqual(SearchQuery("  Nguyễn   HIỀN ").words, ["nguyen", "hien"])
        XCTAssertTrue(SearchQuery(" ").isEmpty)
    }

    func testScanningPrecomputedKeys() {
        let names = ["Nguyễn Văn An", "Trần Thị Hiền", "Lê Hiếu", "Phạm Thị Hoà", "Đỗ Hòa Bình", "Hoàng Anh"]
        let keys = names.map(VietText.searchKey)
        let query = SearchQuery("hoa")
        XCTAssertEqual(keys.indices.filter { query.matches(keys[$0]) }.map { names[$0] },
                       ["Phạm Thị Hoà", "Đỗ Hòa Bình", "Hoàng Anh"])
        let hi = SearchQuery("hi")
        XCTAssertEqual(keys.filter { hi.matches($0) }.count, 2)
    }
}
