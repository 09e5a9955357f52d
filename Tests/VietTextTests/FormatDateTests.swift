/// Dates, weekdays, the long form and times, in Vietnamese and English, over whole years of days.

import XCTest
import VietText

private struct Day: CalendarDay {
    var year: Int
    var month: Int
    var day: Int
    var weekday: Int

    /// A real day; the weekday by Sakamoto's method (1 = Monday … 7 = Sunday).
    init(_ year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        let sundayFirst = (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
        weekday = sundayFirst == 0 ? 7 : sundayFirst
    }

    init(year: Int, month: Int, day: Int, weekday: Int) {
        (self.year, self.month, self.day, self.weekday) = (year, month, day, weekday)
    }
}

private struct Clock: TimeOfDay {
    var hour: Int
    var minute: Int
}

final class FormatDateTests: XCTestCase {
    func testTheExamplesOfTheDesign() {
        let day = Day(2022, 10, 6)
        XCTAssertEqual(day.weekday, 4)
        XCTAssertEqual(VietFormat.date(day), "06/10/2022")
        XCTAssertEqual(VietFormat.date(day, .en), "06/10/2022")
        XCTAssertEqual(VietFormat.weekday(day), "Thứ Năm")
        XCTAssertEqual(VietFormat.weekday(day, .en), "Thursday")
        XCTAssertEqual(VietFormat.weekdayShort(day), "T5")
        XCTAssertEqual(VietFormat.weekdayShort(day, .en), "Thu")
        XCTAssertEqual(VietFormat.longDate(day), "ngày 06 tháng 10 năm 2022")
        XCTAssertEqual(VietFormat.longDate(day, .en), "6 October 2022")
        XCTAssertEqual(VietFormat.dateWithWeekday(day), "Thứ Năm, 06/10/2022")
        XCTAssertEqual(VietFormat.dateWithWeekday(day, .en), "Thursday, 06/10/2022")
        XCTAssertEqual(VietFormat.time(Clock(hour: 7, minute: 30)), "07:30")
        XCTAssertEqual(VietFormat.dateTime(day, Clock(hour: 7, minute: 30)), "06/10/2022 07:30")
    }

    func testLongFormPadsDaysBelowTenAndTheFirstTwoMonths() {
        let cases: [(Day, String, String)] = [
            (Day(2022, 1, 15), "ngày 15 tháng 01 năm 2022", "15 January 2022"),
            (Day(2023, 3, 5), "ngày 05 tháng 3 năm 2023", "5 March 2023"),
            (Day(2024, 2, 29), "ngày 29 tháng 02 năm 2024", "29 February 2024"),
            (Day(2024, 12, 31), "ngày 31 tháng 12 năm 2024", "31 December 2024"),
            (Day(2021, 9, 2), "ngày 02 tháng 9 năm 2021", "2 September 2021"),
            (Day(2020, 11, 20), "ngày 20 tháng 11 năm 2020", "20 November 2020"),
        ]
        for (day, vi, en) in cases {
            XCTAssertEqual(VietFormat.longDate(day), vi)
            XCTAssertEqual(VietFormat.longDate(day, .en), en)
        }
    }

    func testWeekdayNames() {
        let vi = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
        let viShort = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]
        let en = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let enShort = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        for number in 1...7 {
            XCTAssertEqual(VietFormat.weekdayName(number), vi[number - 1])
            XCTAssertEqual(VietFormat.weekdayName(number, short: true), viShort[number - 1])
            XCTAssertEqual(VietFormat.weekdayName(number, .en), en[number - 1])
            XCTAssertEqual(VietFormat.weekdayName(number, short: true, .en), enShort[number - 1])
        }
        XCTAssertEqual(VietFormat.weekdayName(0), "Chủ nhật")
        XCTAssertEqual(VietFormat.weekdayName(8), "Thứ Hai")
        XCTAssertEqual(VietFormat.weekdayName(-1), "Thứ Bảy")
        XCTAssertFalse(VietFormat.weekdayName(Int.min).isEmpty)
        XCTAssertFalse(VietFormat.weekdayName(Int.max, short: true, .en).isEmpty)
    }

    func testMonthNames() {
        XCTAssertEqual(VietFormat.monthName(10), "tháng 10")
        XCTAssertEqual(VietFormat.monthName(1, .en), "January")
        XCTAssertEqual(VietFormat.monthName(12, .en), "December")
        XCTAssertEqual(VietFormat.monthName(13, .en), "January")
        XCTAssertEqual(VietFormat.monthName(0, .en), "December")
        XCTAssertFalse(VietFormat.monthName(Int.min).isEmpty)
    }

    func testEveryDayOfSixYears() {
        let names = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
        let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var weekday = Day(2020, 1, 1).weekday
        var count = 0
        for year in 2020...2025 {
            for month in 1...12 {
                let leap = month == 2 && year % 4 == 0
                for dayNumber in 1...(lengths[month - 1] + (leap ? 1 : 0)) {
                    let day = Day(year, month, dayNumber)
                    XCTAssertEqual(day.weekday, weekday, "\(year)-\(month)-\(dayNumber)")
                    let expected = String(format: "%02d/%02d/%04d", dayNumber, month, year)
                    XCTAssertEqual(VietFormat.date(day), expected)
                    XCTAssertEqual(VietFormat.dateWithWeekday(day), names[weekday - 1] + ", " + expected)
                    weekday = weekday % 7 + 1
                    count += 1
                }
            }
        }
        XCTAssertEqual(count, 2_192)
    }

    func testOddYearsAndNumbersDoNotTrap() {
        XCTAssertEqual(VietFormat.date(Day(999, 1, 1)), "01/01/0999")
        XCTAssertEqual(VietFormat.date(Day(year: 12_345, month: 1, day: 1, weekday: 1)), "01/01/12345")
        XCTAssertEqual(VietFormat.date(Day(year: -44, month: 3, day: 15, weekday: 1)), "15/03/-0044")
        let odd = Day(year: Int.min, month: Int.min, day: Int.max, weekday: Int.min)
        XCTAssertFalse(VietFormat.date(odd).isEmpty)
        XCTAssertFalse(VietFormat.longDate(odd).isEmpty)
        XCTAssertFalse(VietFormat.longDate(odd, .en).isEmpty)
        XCTAssertFalse(VietFormat.dateWithWeekday(odd).isEmpty)
        XCTAssertFalse(VietFormat.time(Clock(hour: Int.min, minute: Int.max)).isEmpty)
    }

    func testEveryMinuteOfTheDay() {
        for hour in 0..<24 {
            for minute in 0..<60 {
                let expected = String(format: "%02d:%02d", hour, minute)
                XCTAssertEqual(VietFormat.time(Clock(hour: hour, minute: minute)), expected)
                XCTAssertEqual(VietFormat.time(Clock(hour: hour, minute: minute), .en), expected)
            }
        }
    }
}
