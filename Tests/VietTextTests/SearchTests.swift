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

// MARK: Ranking

final class SearchRankTests: XCTestCase {
    func testWholeWordsRankBeforePrefixes() {
        let query = SearchQuery("hoa")
        for name in ["Lê Thị Hoa", "Lê Thị Hòa", "LÊ THỊ HOÀ", "Đỗ Hoà Bình"] {
            XCTAssertEqual(query.rank(VietText.searchKey(name)), 0, name)
        }
        for name in ["Hoàng Anh", "Trần Hoài Nam", "Lê Hoan"] {
            XCTAssertEqual(query.rank(VietText.searchKey(name)), 1, name)
        }
        XCTAssertNil(query.rank(VietText.searchKey("Nguyễn Văn An")))
        XCTAssertNil(query.rank(VietText.searchKey("Khoa")), "a word inside another is not a match")
    }

    func testAWholeWordAnywhereInTheNameCountsOnce() {
        // "Hoàng" begins with "hoa" but "Hòa" is the word itself: whole.
        XCTAssertEqual(SearchQuery("hoa").rank(VietText.searchKey("Hoàng Thị Hòa")), 0)
        // Each query word is ranked on its own: "nguyen" whole, "ho" a prefix.
        XCTAssertEqual(SearchQuery("nguyen ho").rank(VietText.searchKey("Nguyễn Hoa")), 1)
        XCTAssertEqual(SearchQuery("ng ho").rank(VietText.searchKey("Nguyễn Hoa")), 2)
        XCTAssertEqual(SearchQuery("hoa nguyen").rank(VietText.searchKey("Nguyễn Thị Hoà")), 0)
        XCTAssertEqual(SearchQuery("").rank("bat ky"), 0)
    }

    func testRankAgreesWithMatches() {
        let names = ["Nguyễn Văn An", "Trần Thị Hiền", "Lê Hiếu", "Phạm Thị Hoà", "Đỗ Hòa Bình", "Hoàng Anh", "Khoa", ""]
        for typed in ["hoa", "hi", "ng", "an hoang", "thi", "", "x"] {
            let query = SearchQuery(typed)
            for name in names {
                let key = VietText.searchKey(name)
                XCTAssertEqual(query.rank(key) != nil, query.matches(key), "\(typed) / \(name)")
            }
        }
    }

    func testRankedKeepsTheListsOrderWithinARank() {
        let names = ["Hoàng Văn An", "Nguyễn Thị Hoa", "Hoàng Thị Bình", "Lê Hòa", "Trần Hoài Nam", "Phạm Thị Hoà Bình", "Võ Minh An"]
        XCTAssertEqual(SearchQuery("hoa").ranked(names, key: VietText.searchKey),
                       ["Nguyễn Thị Hoa", "Lê Hòa", "Phạm Thị Hoà Bình", "Hoàng Văn An", "Hoàng Thị Bình", "Trần Hoài Nam"])
        XCTAssertEqual(SearchQuery("an").ranked(names, key: VietText.searchKey), ["Hoàng Văn An", "Võ Minh An"])
        XCTAssertEqual(SearchQuery("").ranked(names, key: VietText.searchKey), names)
    }
}
