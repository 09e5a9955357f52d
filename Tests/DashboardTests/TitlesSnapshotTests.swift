// The learning titles as frames: the whole view (t on the awards pane) at three sizes and in the projector theme, the side panel, a year after 2025.

import Canvas
@testable import Dashboard
import Foundation
import Store
import XCTest

final class TitlesSnapshotTests: XCTestCase {
    private static let themesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes")

    private func projector() throws -> Theme {
        let text = try String(contentsOf: Self.themesFolder.appendingPathComponent("projector.theme"), encoding: .utf8)
        let (theme, problems) = ThemeParser.parse(text: text, name: "projector", file: "projector.theme")
        XCTAssertEqual(problems, [])
        return theme
    }

    private func titlesState(_ keys: [Key] = []) -> AppState {
        var state = AwardsFixtures.state()
        let data = AwardsFixtures.demoData
        for k in [.character("t")] + keys { _ = state.handle(k, data: data) }
        return state
    }

    private func frame(_ state: AppState, _ size: Size, theme: Theme = .builtinDefault) -> Buffer {
        Screen.render(state: state, data: AwardsFixtures.demoData, theme: theme, size: size)
    }

    // MARK: the whole view

    func testTheTitlesViewAtThreeSizes() {
        let state = titlesState()
        XCTAssertEqual(state.awards.mode, .titles)
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)] {
            let buffer = frame(state, size)
            assertSnapshot(buffer, theme: .builtinDefault, named: "titles-\(size.width)x\(size.height)")
            let text = buffer.text
            // Every title and every figure whole, at every size: the demo's counts of 2022.
            for name in ["Công dân học tập", "Gia đình học tập", "Dòng họ học tập", "Cộng đồng học tập", "Đơn vị học tập"] {
                XCTAssertTrue(text.contains(name), "\(name) at \(size)")
            }
            for figure in ["3.887", "5.710", "24", "35", "QĐ 387", "QĐ 677"] {
                XCTAssertTrue(text.contains(figure), "\(figure) at \(size)\n\(text)")
            }
            XCTAssertTrue(text.contains("Đảng viên là"), "the party's block at \(size)")
            XCTAssertFalse(text.contains("…/") || text.contains("…%"), "a cut figure at \(size)\n\(text)")
        }
    }

    func testTheBranchesShowWhereThereIsRoom() {
        let state = titlesState()
        XCTAssertFalse(frame(state, Size(width: 80, height: 24)).text.contains("Theo chi hội"))
        let wide = frame(state, Size(width: 200, height: 60)).text
        XCTAssertTrue(wide.contains("Theo chi hội"))
        // The demo's families are counted by branch: each of its twelve neighbourhoods has a row.
        XCTAssertTrue(wide.contains("Khu phố 12"), wide)
        XCTAssertFalse(wide.contains("chi hội nữa"), "at 200×60 every branch is shown")
    }

    func testTheProjectorThemeShowsCountsOnly() throws {
        let theme = try projector()
        let state = titlesState()
        let buffer = frame(state, Size(width: 120, height: 40), theme: theme)
        assertSnapshot(buffer, theme: theme, named: "titles-projector-120x40")
        let text = buffer.text
        // No learner's name on the titles: counts only.
        for learner in AwardsFixtures.demo.learners.prefix(200) {
            XCTAssertFalse(text.contains(learner.name), "\(learner.name) on the projected titles")
        }
    }

    func testAYearAfter2025CarriesNoExpiredTarget() {
        // From 2022, ] four times: 2026.
        let state = titlesState(Array(repeating: .character("]"), count: 4))
        XCTAssertEqual(state.awards.titlesYear, 2026)
        let buffer = frame(state, Size(width: 120, height: 40))
        assertSnapshot(buffer, theme: .builtinDefault, named: "titles-2026-120x40")
        let text = buffer.text
        XCTAssertTrue(text.contains("năm 2026"))
        XCTAssertTrue(text.contains("≥ 60% · QĐ 677/QĐ-TTg (2030)"), text)
        XCTAssertTrue(text.contains("chưa có chỉ tiêu"), text)
        XCTAssertFalse(text.contains("QĐ 387"), "an expired 2025 target shown in 2026\n\(text)")
    }

    // MARK: the assessment form

    func testTheFormWithAnItemUnderTheLine() throws {
        let data = AwardsFixtures.demoData
        let done = Set(data.snapshot.assessments.map(\.subject))
        let learner = try XCTUnwrap(data.snapshot.learners.first { !done.contains($0.id) })
        var state = titlesState([.character("đ"), .tab] + learner.id.map { Key.character($0) } + [.tab, .tab, .tab])
        for score in ["10", "9", "4", "8"] { for k in score.map({ Key.character($0) }) + [.tab] { _ = state.handle(k, data: data) } }
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
            let buffer = frame(state, size)
            assertSnapshot(buffer, theme: .builtinDefault, named: "titles-form-\(size.width)x\(size.height)")
            let text = buffer.text
            XCTAssertTrue(text.contains("Tổng 31/100 (đã chấm 4/10) — cần ≥ 80, không chỉ tiêu nào dưới 5"), text)
            XCTAssertTrue(text.contains("Kết quả nếu ghi: Chưa chấm đủ các chỉ tiêu"), text)
            XCTAssertTrue(text.contains("dưới 5 điểm: chưa đạt"), text)
        }
    }

    // MARK: the side panel

    func testTheSidePanelAt80x24() {
        var state = AwardsFixtures.state()
        let data = AwardsFixtures.demoData
        for k: Key in [.character("v"), .character("v")] { _ = state.handle(k, data: data) }
        let buffer = frame(state, Size(width: 80, height: 24))
        assertSnapshot(buffer, theme: .builtinDefault, named: "titles-panel-80x24")
        XCTAssertTrue(buffer.text.contains("3.887/5.710"), buffer.text)
        XCTAssertTrue(buffer.text.contains("t: chi tiết"), buffer.text)
    }
}
