// Phone numbers as Vietnamese write them: mobiles, landlines with their area code, +84.

import VietText
import XCTest

final class PhoneNumberTests: XCTestCase {
    func testUsualFormsAreReadIntoDigits() {
        let cases: [(String, String?)] = [
            ("0912345678", "0912345678"),
            ("0912 345 678", "0912345678"),
            ("0912.345.678", "0912345678"),
            ("091-234-5678", "0912345678"),
            ("+84 912 345 678", "0912345678"),
            ("+84912345678", "0912345678"),
            ("84912345678", "0912345678"),
            ("0084 912 345 678", "0912345678"),
            ("02373851234", "02373851234"),
            ("(0237) 385 1234", "02373851234"),
            ("+84 237 385 1234", "02373851234"),
            ("0387654321", "0387654321"),
        ]
        for (written, stored) in cases {
            XCTAssertEqual(VietText.phoneNumber(written), stored, written)
        }
    }

    func testWhatIsNotAVietnamesePhoneNumberIsRefused() {
        for text in ["", "091234567", "09123456789", "1912345678", "0112345678", "0212345678", "abc",
                     "0912 345 67x", "+1 415 555 0100", "+", "0912+345678", "02373851234567"] {
            XCTAssertNil(VietText.phoneNumber(text), text)
        }
    }
}
