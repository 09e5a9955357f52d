// Properties every frame keeps, whatever the size: no crash, no drift, closed borders.

import Canvas
@testable import Dashboard
import Foundation
import Store
import XCTest

final class ScreenPropertyTests: XCTestCase {
    private func campaign(title: String, themes: [String]) -> StoreSnapshot {
        let c = Campaign(
            id: "C", title: title, ward: "Phường Hòa Bình", center: "Trung tâm học tập cộng đồng",
            schoolYear: "2022-2023",
            weekStart: CalendarDate(year: 2022, month: 10, day: 1)!, weekEnd: CalendarDate(year: 2022, month: 10, day: 7)!,
            ceremonyDate: CalendarDate(year: 2022, month: 10, day: 6), ceremonyTime: ClockTime(hour: 7, minute: 30),
            venue: "Hội trường", themes: themes)
        return StoreSnapshot(directory: "/tmp", campaign: c, problems: [])
    }

    func testEverySizeFromTinyToHugeRendersWithoutCrashing() {
        let data = campaign(title: "Tuần lễ", themes: ["Đọc và học suốt đời"])
        for w in [0, 1, 2, 5, 29, 59, 60, 61, 80, 133, 250] {
            for h in [0, 1, 2, 7, 15, 16, 17, 24, 61] {
                for pane in Pane.allCases {
                    let state = AppState(pane: pane, showingHelp: (w + h) % 2 == 0)
                    let b = Screen.render(state: state, snapshot: data, theme: .builtinDefault, size: Size(width: w, height: h))
                    XCTAssertEqual(b.size, Size(width: w, height: h))
                }
            }
        }
    }

    func testTooSmallSaysTheSizeNeededAndTheSizeNow() {
        let b = Screen.render(state: AppState(), snapshot: nil, theme: .builtinDefault, size: Size(width: 30, height: 8))
        XCTAssertTrue(b.text.contains("60×16"), b.text)
        XCTAssertTrue(b.text.contains("30×8"), b.text)
    }

    func testNFDAndNFCTextGiveTheSameFrame() {
        let title = "Tuần lễ hưởng ứng học tập suốt đời — Nguyễn Thị Thuỷ"
        let themes = ["Thúc đẩy chuyển đổi số phục vụ cho học tập suốt đời sau đại dịch Covid-19"]
        let nfc = campaign(title: title.precomposedStringWithCanonicalMapping, themes: themes.map(\.precomposedStringWithCanonicalMapping))
        let nfd = campaign(title: title.decomposedStringWithCanonicalMapping, themes: themes.map(\.decomposedStringWithCanonicalMapping))
        for size in [Size(width: 80, height: 24), Size(width: 61, height: 16)] {
            let a = Screen.render(state: AppState(), snapshot: nfc, theme: .builtinDefault, size: size)
            let b = Screen.render(state: AppState(), snapshot: nfd, theme: .builtinDefault, size: size)
            // Same columns: every row has the same display width, and the borders sit in the same place.
            XCTAssertEqual(a.lines.map(\.displayWidth), b.lines.map(\.displayWidth))
            XCTAssertEqual(a.lines.map { $0.precomposedStringWithCanonicalMapping }, b.lines.map { $0.precomposedStringWithCanonicalMapping })
            for y in 0..<size.height { XCTAssertEqual(b[size.width - 1, y].character, a[size.width - 1, y].character, "row \(y)") }
        }
    }

    func testStoreProblemsShowAsABadgeWithFileAndLine() {
        var data = campaign(title: "T", themes: [])
        data.problems = [StoreProblem(file: "/x/campaign.rec", line: 12, severity: .error, message: "WeekStart: expected a date")]
        let b = Screen.render(state: AppState(), snapshot: data, theme: .builtinDefault, size: Size(width: 100, height: 24))
        XCTAssertTrue(b.line(22).contains("campaign.rec:12"), b.line(22))
        XCTAssertTrue(b.text.contains("Tuần lễ") || b.text.contains("T"), "the data stays on screen")
    }

    func testThemeProblemsAreShownNotSilent() {
        let state = AppState(themeName: "nosuch", themeProblems: ["no theme named \"nosuch\""])
        let b = Screen.render(state: state, snapshot: nil, theme: .builtinDefault, size: Size(width: 120, height: 24))
        XCTAssertTrue(b.line(22).contains("nosuch"), b.line(22))
    }
}
