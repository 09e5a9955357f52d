/// Percentages from fractions and from counts: "68,6%", exact ties; the rounding tables use the trimmed form, whole values without a fraction.

import XCTest
import VietText

final class FormatPercentTests: XCTestCase {
    func testFromFractions() {
        let cases: [(Double, Int, String, String)] = [
            (0.686, 1, "68,6%", "68.6%"), (1, 1, "100%", "100%"), (0.5, 1, "50%", "50%"),
            (0, 1, "0%", "0%"), (0.123456, 1, "12,3%", "12.3%"), (0.6855, 1, "68,6%", "68.6%"),
            (0.68549, 1, "68,5%", "68.5%"), (0.00049, 1, "0%", "0%"), (-0.05, 1, "-5%", "-5%"),
            (-0.0004, 1, "0%", "0%"), (-0.6855, 1, "-68,6%", "-68.6%"), (1.5, 1, "150%", "150%"),
            (12.3456, 1, "1.234,6%", "1,234.6%"), (0.999999, 1, "100%", "100%"),
            (0.9995, 1, "100%", "100%"), (0.9994, 1, "99,9%", "99.9%"), (0.686, 0, "69%", "69%"),
            (0.68571, 2, "68,57%", "68.57%"), (0.001, 2, "0,10%", "0.10%"), (0.0125, 1, "1,3%", "1.3%"),
            (0.7, 1, "70%", "70%"), (0.07, 1, "7%", "7%"), (0.075, 0, "8%", "8%"),
        ]
        for (fraction, places, vi, en) in cases {
            XCTAssertEqual(VietFormat.percent(fraction, fractionDigits: places, trimWhole: true), vi, "\(fraction)")
            XCTAssertEqual(VietFormat.percent(fraction, fractionDigits: places, trimWhole: true, .en), en, "\(fraction)")
        }
        XCTAssertEqual(VietFormat.percent(0.686), "68,6%")
        XCTAssertEqual(VietFormat.percent(.nan), "—")
        XCTAssertEqual(VietFormat.percent(.infinity), "∞%")
        XCTAssertEqual(VietFormat.percent(1e300, fractionDigits: 0).filter(\.isNumber).count, 303)
    }

    func testFromCounts() {
        let cases: [(Int, Int, Int, String, String)] = [
            (24, 35, 1, "68,6%", "68.6%"), (35, 35, 1, "100%", "100%"), (0, 35, 1, "0%", "0%"),
            (1, 3, 1, "33,3%", "33.3%"), (2, 3, 1, "66,7%", "66.7%"), (1, 8, 1, "12,5%", "12.5%"),
            (1, 16, 1, "6,3%", "6.3%"), (1, 16, 2, "6,25%", "6.25%"), (1, 16, 0, "6%", "6%"),
            (1, 200, 0, "1%", "1%"), (-1, 200, 0, "-1%", "-1%"), (1, -3, 1, "-33,3%", "-33.3%"),
            (-1, -3, 1, "33,3%", "33.3%"), (7, 7_000, 2, "0,10%", "0.10%"), (3, 2, 1, "150%", "150%"),
            (12_345, 10, 1, "123.450%", "123,450%"), (1, 1_000_000, 1, "0%", "0%"),
            (5, 1_000, 1, "0,5%", "0.5%"), (1, 2_000, 1, "0,1%", "0.1%"), (-1, 2_000, 1, "-0,1%", "-0.1%"),
        ]
        for (part, whole, places, vi, en) in cases {
            XCTAssertEqual(VietFormat.percent(part, of: whole, fractionDigits: places, trimWhole: true), vi, "\(part)/\(whole)")
            XCTAssertEqual(VietFormat.percent(part, of: whole, fractionDigits: places, trimWhole: true, .en), en, "\(part)/\(whole)")
        }
        XCTAssertEqual(VietFormat.percent(24, of: 35), "68,6%")
    }

    func testShareOfNothingAndExtremeCountsDoNotTrap() {
        XCTAssertEqual(VietFormat.percent(5, of: 0), "—")
        XCTAssertEqual(VietFormat.percent(0, of: 0), "—")
        XCTAssertEqual(VietFormat.percent(Int.max, of: Int.max), "100,0%")
        XCTAssertEqual(VietFormat.percent(Int.min, of: Int.min), "100,0%")
        XCTAssertEqual(VietFormat.percent(Int.min, of: 1), "-922.337.203.685.477.580.800,0%")
        XCTAssertEqual(VietFormat.percent(Int.max, of: Int.min, fractionDigits: 3), "-100,000%")
        XCTAssertEqual(VietFormat.percent(1, of: Int.max), "0,0%")
        XCTAssertEqual(VietFormat.percent(Int.max - 1, of: Int.max, fractionDigits: 20), "99,99999999999999998916%")
        XCTAssertEqual(VietFormat.percent(Int.max - 1, of: Int.max), "100,0%")
    }

    func testCountsAgainstIntegerRounding() {
        for whole in [7, 35, 80, 200, 999] {
            for part in 0...(whole * 2) {
                let tenths = (part * 2_000 + whole) / (2 * whole)      // half up, exact
                XCTAssertEqual(VietFormat.percent(part, of: whole, trimWhole: true), Self.tenthsText(tenths), "\(part)/\(whole)")
            }
        }
    }

    func testFractionsWithTiesAgainstIntegerRounding() {
        // n/80 is exact in short decimal and puts a tie (…,x5) on every odd n.
        for part in 0...240 {
            let tenths = (part * 2_000 + 80) / 160
            XCTAssertEqual(VietFormat.percent(Double(part) / 80, trimWhole: true), Self.tenthsText(tenths), "\(part)/80")
        }
    }

    private static func tenthsText(_ tenths: Int) -> String {
        let whole = VietFormat.integer(tenths / 10)
        return tenths % 10 == 0 ? "\(whole)%" : "\(whole),\(tenths % 10)%"
    }
}
