// Properties every frame keeps, whatever the size: no crash, no drift, closed borders.

import Canvas
@testable import Dashboard
import Foundation
import Store
import XCTest
@testable import Recfile

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

    func testStoreProblemsShowAsABadgeWithFileAndLineEvenBehindALongPath() {
        var data = campaign(title: "Tuần lễ học tập", themes: [])
        data.problems = [StoreProblem(file: "campaign.rec", line: 12, severity: .error, message: "WeekStart: expected a date")]
        let state = AppState(storeLabel: "/home/clerk/Tài liệu/Khuyến học/2022-2023/kho-du-lieu-chinh")
        let b = Screen.render(state: state, snapshot: data, theme: .builtinDefault, size: Size(width: 80, height: 24))
        XCTAssertTrue(b.line(22).contains("⚠ campaign.rec:12"), b.line(22))
        XCTAssertTrue(b.text.contains("Tuần lễ học tập"), "the campaign stays on screen")
    }

    func testAStoreAndAThemeProblemAreBothShownAt80Columns() {
        var data = campaign(title: "T", themes: [])
        data.problems = [StoreProblem(file: "awards.rec", line: 3, severity: .error, message: "x"),
                         StoreProblem(file: "awards.rec", line: 9, severity: .error, message: "y")]
        let state = AppState(themeName: "broken", themeProblems: [ThemeProblem(file: "/tmp/themes/broken.theme", line: 2, message: "bad colour")],
                             storeLabel: "/tmp/a/very/long/path/to/the/store/folder")
        let row = Screen.render(state: state, snapshot: data, theme: .builtinDefault, size: Size(width: 80, height: 24)).line(22)
        XCTAssertTrue(row.contains("awards.rec:3"), row)
        XCTAssertTrue(row.contains("(2 lỗi)"), row)
        XCTAssertTrue(row.contains("⚠ broken.theme:2"), row)
    }

    func testAWholeFileProblemHasNoLineZero() {
        var data = campaign(title: "T", themes: [])
        data.problems = [StoreProblem(file: "campaign.rec", line: 0, severity: .error, message: "file not found")]
        let row = Screen.render(state: AppState(), snapshot: data, theme: .builtinDefault, size: Size(width: 80, height: 24)).line(22)
        XCTAssertTrue(row.contains("⚠ campaign.rec, ! xem "), row)
        XCTAssertFalse(row.contains(":0"), row)
    }

    func testWithoutACampaignTheOverviewListsTheProblems() {
        let data = StoreSnapshot(directory: "/s", campaign: nil, problems: [
            StoreProblem(file: "campaign.rec", line: 17, severity: .error, field: "WeekStart", message: "expected a date")])
        let text = Screen.render(state: AppState(), snapshot: data, theme: .builtinDefault, size: Size(width: 80, height: 24)).text
        XCTAssertTrue(text.contains("campaign.rec:17"), text)
    }

    func testTextCutOffAtTheBottomIsAnnounced() {
        let data = campaign(title: "Tuần lễ", themes: (1...30).map { "Chủ đề số \($0)" })
        let text = Screen.render(state: AppState(), snapshot: data, theme: .builtinDefault, size: Size(width: 80, height: 24)).text
        XCTAssertTrue(text.contains("chủ đề nữa"), text)
        XCTAssertFalse(text.contains("Chủ đề số 30"))
        let roomy = Screen.render(state: AppState(), snapshot: campaign(title: "T", themes: ["Một"]), theme: .builtinDefault,
                                  size: Size(width: 80, height: 24)).text
        XCTAssertFalse(roomy.contains("nữa"), "a frame that fits says nothing")
    }

    func testTinyWindowsStillShowBothSizes() {
        for (w, h) in [(12, 4), (20, 3), (40, 10)] {
            let text = Screen.render(state: AppState(), snapshot: nil, theme: .builtinDefault, size: Size(width: w, height: h)).text
            XCTAssertTrue(text.contains("60×16"), "\(w)×\(h):\n\(text)")
            XCTAssertTrue(text.contains("\(w)×\(h)"), "\(w)×\(h):\n\(text)")
        }
    }

    func testAsciiModeDrawsOnlyAsciiAndLetters() {
        var data = campaign(title: "Tuần lễ", themes: ["Đọc và học suốt đời"])
        data.problems = [StoreProblem(file: "awards.rec", line: 3, severity: .error, message: "x")]
        for pane in Pane.allCases {
            for help in [false, true] {
                let state = AppState(pane: pane, showingHelp: help, ascii: true,
                                     themeProblems: [ThemeProblem(file: "x.theme", line: 1, message: "m")],
                                     storeLabel: "/a/very/long/path/that/will/not/fit/on/the/status/line/at/all")
                let text = Screen.render(state: state, snapshot: data, theme: .builtinDefault, size: Size(width: 80, height: 24)).text
                let odd = text.unicodeScalars.filter { !$0.isASCII && !$0.properties.isAlphabetic }
                XCTAssertTrue(odd.isEmpty, "\(pane) help=\(help): non-ASCII symbols \(odd.map { String($0) })")
            }
        }
    }
}
