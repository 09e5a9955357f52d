/// Weekdays as a timetable names them: short and long forms, accents or not, and what is not a day.

import VietText
import XCTest

final class WeekdayNamesTests: XCTestCase {
    func testShortForms() {
        XCTAssertEqual(VietText.weekdays("T3,T5"), [2, 4])
        XCTAssertEqual(VietText.weekdays("T2 T4 T6"), [1, 3, 5])
        XCTAssertEqual(VietText.weekdays("t7, cn"), [6, 7])
        XCTAssertEqual(VietText.weekdays("CN"), [7])
    }

    func testLongFormsWithAndWithoutAccents() {
        XCTAssertEqual(VietText.weekdays("Thứ Ba, Thứ Năm"), [2, 4])
        XCTAssertEqual(VietText.weekdays("thu ba va thu nam"), [2, 4])
        XCTAssertEqual(VietText.weekdays("Thứ Hai; Thứ Tư; Thứ Sáu"), [1, 3, 5])
        XCTAssertEqual(VietText.weekdays("Thứ Bảy và Chủ nhật"), [6, 7])
        XCTAssertEqual(VietText.weekdays("THU BAY, CHU NHAT"), [6, 7])
        XCTAssertEqual(VietText.weekdays("Thứ 2 / thứ 4"), [1, 3])
        // Decomposed input (Unikey's "tổ hợp") reads the same.
        XCTAssertEqual(VietText.weekdays("Thu\u{031B}\u{0301} Ba\u{0309}y"), [6])
    }

    func testEachDayOnceInOrder() {
        XCTAssertEqual(VietText.weekdays("T5, T3, Thứ Năm"), [2, 4])
    }

    func testWhatIsNotADayIsRefused() {
        XCTAssertNil(VietText.weekdays(""))
        XCTAssertNil(VietText.weekdays(" , "))
        XCTAssertNil(VietText.weekdays("T8"))
        XCTAssertNil(VietText.weekdays("T1"))
        XCTAssertNil(VietText.weekdays("T23"))
        XCTAssertNil(VietText.weekdays("T3T5"))
        XCTAssertNil(VietText.weekdays("Thứ Ba, buổi sáng"))
        XCTAssertNil(VietText.weekdays("thu batu"))
        XCTAssertNil(VietText.weekdays("Monday"))
    }
}
