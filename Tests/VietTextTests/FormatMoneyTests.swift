/// Money in đồng, full ("500.000 đ") and short ("1,5 triệu"), in Vietnamese and English.

import XCTest
import VietText

final class FormatMoneyTests: XCTestCase {
    func testFullForm() {
        let cases: [(Int, String, String)] = [
            (500_000, "500.000 đ", "500,000 VND"), (0, "0 đ", "0 VND"), (1_900, "1.900 đ", "1,900 VND"),
            (-500_000, "-500.000 đ", "-500,000 VND"), (999, "999 đ", "999 VND"),
            (1_500_000_000, "1.500.000.000 đ", "1,500,000,000 VND"),
            (Int.min, "-9.223.372.036.854.775.808 đ", "-9,223,372,036,854,775,808 VND"),
        ]
        for (dong, vi, en) in cases {
            XCTAssertEqual(VietFormat.money(dong), vi)
            XCTAssertEqual(VietFormat.money(dong, .en), en)
        }
    }

    func testShortForm() {
        let cases: [(Int, String, String)] = [
            (1_500_000, "1,5 triệu", "1.5 million"), (2_000_000_000, "2 tỷ", "2 billion"),
            (750_000, "750 nghìn", "750 thousand"), (999, "999 đ", "999 VND"), (0, "0 đ", "0 VND"),
            (1_000, "1 nghìn", "1 thousand"), (1_049, "1 nghìn", "1 thousand"),
            (1_050, "1,1 nghìn", "1.1 thousand"), (1_550_000, "1,6 triệu", "1.6 million"),
            (1_549_999, "1,5 triệu", "1.5 million"), (999_949, "999,9 nghìn", "999.9 thousand"),
            (999_950, "1 triệu", "1 million"), (999_999_999, "1 tỷ", "1 billion"),
            (999_949_999, "999,9 triệu", "999.9 million"), (12_345_678, "12,3 triệu", "12.3 million"),
            (100_000_000, "100 triệu", "100 million"), (250_000, "250 nghìn", "250 thousand"),
            (1_500_000_000_000, "1.500 tỷ", "1,500 billion"), (-1_500_000, "-1,5 triệu", "-1.5 million"),
            (-999, "-999 đ", "-999 VND"), (-1_050, "-1,1 nghìn", "-1.1 thousand"),
            (Int.max, "9.223.372.036,9 tỷ", "9,223,372,036.9 billion"),
            (Int.min, "-9.223.372.036,9 tỷ", "-9,223,372,036.9 billion"),
        ]
        for (dong, vi, en) in cases {
            XCTAssertEqual(VietFormat.moneyShort(dong), vi, "\(dong)")
            XCTAssertEqual(VietFormat.moneyShort(dong, .en), en, "\(dong)")
        }
    }

    func testWholeUnitsHaveNoDecimal() {
        let units: [(Int, String, String)] = [(1_000, "nghìn", "thousand"), (1_000_000, "triệu", "million"),
                                              (1_000_000_000, "tỷ", "billion")]
        for (size, vi, en) in units {
            for count in 1...999 {
                XCTAssertEqual(VietFormat.moneyShort(count * size), "\(count) \(vi)")
                XCTAssertEqual(VietFormat.moneyShort(-count * size, .en), "-\(count) \(en)")
            }
        }
    }

    func testTenthsOfAMillion() {
        for tenths in 10...9_999 where tenths % 10 != 0 {
            let text = "\(VietFormat.integer(tenths / 10)),\(tenths % 10) triệu"
            XCTAssertEqual(VietFormat.moneyShort(tenths * 100_000), text)
            XCTAssertEqual(VietFormat.moneyShort(tenths * 100_000 + 49_999), text)
        }
    }
}
