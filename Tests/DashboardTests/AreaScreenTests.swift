/// The read-only area view: each member beside the total on both panes, problems badged per member, every editing key refused.

import Canvas
@testable import Dashboard
import Reports
import Store
import StoreFixtures
import XCTest

final class AreaScreenTests: XCTestCase {
    /// Three members from the small fixture (the second a former ward with a problem) and one
    /// that could not be read.
    private static let report: AreaReport = {
        let first = StoreFixture.snapshot()
        let second = StoreFixture.snapshot([
            "campaign.rec": [("Ward: Phường Hòa Bình", "Ward: Phường Quảng Châu (cũ)")],
            "learners.rec": [("Name: Trần Văn An", "Name: Trần Văn An\nBirthDate: 17/05/1991")],
        ])
        let area = Area(name: "Phường Sầm Sơn", level: .ward, members: [])
        return AreaReport(area: area, schoolYear: SchoolYear(text: "2022-2023"), members: [
            AreaMemberReport(name: "Phường Hòa Bình (cũ)", source: .store("hoa-binh"),
                             figures: AreaReport.figures(first, schoolYear: SchoolYear(text: "2022-2023"))),
            AreaMemberReport(name: "Phường Quảng Châu (cũ)", source: .store("quang-chau"),
                             figures: AreaReport.figures(second, schoolYear: SchoolYear(text: "2022-2023"))),
            AreaMemberReport(name: "Phường Quảng Tiến (cũ)", source: .summary("quang-tien.json"),
                             failure: "Phường Quảng Tiến (cũ): không đọc được số liệu công bố quang-tien.json (không mở được tệp)"),
        ])
    }()

    private func frame(_ state: AreaViewState, _ size: Size) -> Buffer {
        AreaScreen.render(report: Self.report, state: state, theme: .builtinDefault, size: size)
    }

    func testBothPanesAtThreeSizes() {
        for pane in AreaPane.allCases {
            for size in [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)] {
                assertSnapshot(frame(AreaViewState(pane: pane), size), theme: .builtinDefault,
                               named: "area-\(pane.rawValue)-\(size.width)x\(size.height)")
            }
        }
    }

    func testTheTotalIsTheSumOfTheMembersShownAndProblemsAreBadgedPerMember() {
        let text = frame(AreaViewState(), Size(width: 120, height: 40)).text
        let awards = Self.report.members.compactMap { $0.figures?.awards.count }
        XCTAssertEqual(Self.report.total.awards.count, awards.reduce(0, +))
        XCTAssertTrue(text.contains("Phường Quảng Châu (cũ): 1 lỗi"), text)
        XCTAssertTrue(text.contains("Phường Quảng Tiến (cũ): không đọc được"), text)
    }

    func testTheHeaderSaysWhichYearsTheFiguresCover() {
        let size = Size(width: 80, height: 24)
        XCTAssertTrue(frame(AreaViewState(), size).text.contains("năm học 2022-2023"))
        var allYears = Self.report
        allYears.schoolYear = nil
        let text = AreaScreen.render(report: allYears, state: AreaViewState(), theme: .builtinDefault, size: size).text
        XCTAssertTrue(text.contains("mọi năm học"), text)
    }

    func testEveryEditingKeyIsRefusedAndNothingElseChanges() {
        for key in [Key.character("a"), .character("e"), .character("d"), .character("i"), .character("u"),
                    .character("p"), .character(" "), .enter, .delete] {
            var state = AreaViewState(pane: .awards)
            XCTAssertNil(state.update(key))
            XCTAssertEqual(state.notice, AreaViewState.readOnlyNotice, "\(key)")
            XCTAssertEqual(state.pane, .awards)
            XCTAssertTrue(frame(state, Size(width: 80, height: 24)).text.contains(AreaViewState.readOnlyNotice))
        }
        var state = AreaViewState()
        XCTAssertNil(state.update(.tab))
        XCTAssertEqual(state.pane, .awards)
        XCTAssertNil(state.notice)
        XCTAssertEqual(state.update(.character("q")), .quit)
    }

    func testAShortScreenScrollsTheAwardsListAndKeepsTheTotal() {
        // The list gives up rows first (not below header, 3 rows and total), then the blocks at the end go.
        XCTAssertEqual(AreaScreen.layout([(30, true), (5, false)], height: 20), [14, 5])
        XCTAssertEqual(AreaScreen.layout([(30, true), (5, false)], height: 8), [8, 0])
        XCTAssertEqual(AreaScreen.layout([(6, false), (5, false)], height: 20), [6, 5])
        var state = AreaViewState(pane: .awards)
        _ = state.update(.down, rows: 3)
        _ = state.update(.end, rows: 3)
        XCTAssertEqual(state.scroll, 2)
        _ = state.update(.pageUp, rows: 3)
        XCTAssertEqual(state.scroll, 0)
    }
}
