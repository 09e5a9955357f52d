// Amounts as a clerk types them in a form: grouped digits, short units, a decimal comma with a unit.

import VietText
import XCTest

final class ParseAmountTests: XCTestCase {
    func testTheWaysOfWritingTwoHundredThousand() {
        for typed in ["200000", "200.000", "200,000", "200 000", "200k", "200K", "200 k", "200 nghìn", "200 ngàn",
                      "200.000 đ", "200000đ", "200.000 đồng", "200000 VND", " 200000 "] {
            XCTAssertEqual(VietText.parseAmount(typed), 200_000, typed)
        }
    }

    func testMillionsWithADecimalCommaOrDot() {
        XCTAssertEqual(VietText.parseAmount("1,5tr"), 1_500_000)
        XCTAssertEqual(VietText.parseAmount("1.5tr"), 1_500_000)
        XCTAssertEqual(VietText.parseAmount("1,5 triệu"), 1_500_000)
        XCTAssertEqual(VietText.parseAmount("2 TRIỆU"), 2_000_000)
        XCTAssertEqual(VietText.parseAmount("1,25tr"), 1_250_000)
        XCTAssertEqual(VietText.parseAmount("2,5k"), 2_500)
        XCTAssertEqual(VietText.parseAmount("1 tỷ"), 1_000_000_000)
        XCTAssertEqual(VietText.parseAmount("1.500k"), 1_500_000, "a dot before three digits groups them")
        XCTAssertEqual(VietText.parseAmount("1.200.000"), 1_200_000)
        XCTAssertEqual(VietText.parseAmount("0"), 0)
    }

    func testWhatIsNotAnAmount() {
        for typed in ["", " ", "abc", "-200000", "1,5", "200.00", "1,2345k", "1.2.3tr", "k", "tr", "2tr5", "200.000.0",
                      "12,34,567", "99999999999999999999", "5e3", ".5tr", "5.tr"] {
            XCTAssertNil(VietText.parseAmount(typed), typed)
        }
    }

    func testTheLargestAmountIsAThousandTy() {
        XCTAssertEqual(VietText.parseAmount("1000000 tỷ"), VietText.maximumAmount)
        XCTAssertNil(VietText.parseAmount("1000001 tỷ"))
    }
}
