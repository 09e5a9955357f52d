// The panes' data built when a pane is first shown: the same frames, key by key, as the data built whole.

import Canvas
@testable import Dashboard
import Store
import XCTest

final class DataPartsTests: XCTestCase {
    /// The data for the first frame holds the overview's figures alone.
    func testTheFirstFrameBuildsTheOverviewsFiguresAlone() {
        let data = DashboardData(AwardsFixtures.demo, building: [])
        XCTAssertEqual(data.built, [])
        XCTAssertFalse(data.report.hasLists, "the awards pane's lists wait for the pane")
        XCTAssertEqual(DashboardData(AwardsFixtures.demo).built, .all)
        XCTAssertEqual(DataParts.needed(by: AppState(pane: .overview)), [])
        XCTAssertEqual(DataParts.needed(by: AppState(pane: .indicators)), [])
        XCTAssertEqual(DataParts.needed(by: AppState(pane: .classes)), .classes)
        XCTAssertEqual(DataParts.needed(by: AppState(pane: .awards)), .awardLists)
    }

    /// Every pane, at the clerk's desk and on the projector, drawn from data built for it alone
    /// equals the pane drawn from the data built whole; and only its parts were built.
    func testEachPaneDrawnFromItsOwnPartsEqualsThePaneFromTheWhole() throws {
        let snapshot = AwardsFixtures.demo
        XCTAssertFalse(snapshot.awards.isEmpty, "the demo store is in the resources")
        let whole = DashboardData(snapshot)
        for presenting in [false, true] {
            for pane in Pane.allCases where !presenting || pane != .indicators {
                var state = AppState(pane: pane, presentation: PresentationState(isOn: presenting))
                state.now = .reference
                var data = DashboardData(snapshot, building: [])
                data.prepare(DataParts.needed(by: state))
                XCTAssertEqual(data.built, DataParts.needed(by: state), "\(pane)")
                let size = Size(width: 200, height: 60)
                XCTAssertEqual(Screen.render(state: state, data: data, theme: .builtinDefault, size: size).text,
                               Screen.render(state: state, data: whole, theme: .builtinDefault, size: size).text,
                               "the \(pane) pane\(presenting ? ", projected" : "")")
            }
        }
    }

    /// The keys of a session, handed to the state as the run loop does (the screen's parts built
    /// before each key and each frame): from the overview to the awards pane, a branch opened,
    /// the award form with a double entry, the classes pane. Each frame equals the frame drawn from
    /// the data built whole, and each part is built only once its screen is shown.
    func testASessionsKeysGiveTheFramesOfTheWholeData() throws {
        let snapshot = AwardsFixtures.demo
        let whole = DashboardData(snapshot)
        var lazy = DashboardData(snapshot, building: [])
        var state = AwardsFixtures.state()
        state.pane = .overview
        var other = state
        let size = Size(width: 120, height: 40)
        var checked = 0
        func step(_ keys: [Key], expecting built: DataParts, _ what: String) {
            for key in keys {
                lazy.prepare(DataParts.needed(by: state))
                _ = state.handle(key, data: lazy)
                _ = other.handle(key, data: whole)
            }
            lazy.prepare(DataParts.needed(by: state))
            XCTAssertEqual(state, other, what)
            XCTAssertEqual(lazy.built, built, what)
            XCTAssertEqual(Screen.render(state: state, data: lazy, theme: .builtinDefault, size: size).text,
                           Screen.render(state: other, data: whole, theme: .builtinDefault, size: size).text, what)
            checked += 1
        }
        step([], expecting: [], "the overview")
        step([.character("3")], expecting: .awardLists, "the awards pane")
        step([.down, .down, .down, .enter], expecting: .awardLists, "a branch opened")
        step([.escape, .character("a")], expecting: [.awardLists, .doubleEntryGuard], "the award form")
        // The form starts on the branch selected in the pane: an award of it, entered again, is a double.
        let branch = try XCTUnwrap(state.awards.form?.form.value("Branch"))
        let first = try XCTUnwrap(snapshot.awards.first { $0.branch == branch && $0.date.year == 2022 && $0.date.month >= 9 })
        var typed: [Key] = first.recipient.map { Key.character($0) } + [.tab, .tab]
        typed += first.category.map { Key.character($0) } + [.tab, .tab]
        typed += "200k".map { Key.character($0) } + [.tab, .tab]
        typed += Array(repeating: Key.backspace, count: 10) + "05/09/2022".map { Key.character($0) } + [.enter]
        step(typed, expecting: [.awardLists, .doubleEntryGuard], "the double-entry question")
        XCTAssertNotNil(state.awards.form?.form.confirmation, "the guard asked, from the part built when the form opened")
        step([.escape, .escape, .character("2")], expecting: .all, "the classes pane")
        XCTAssertEqual(checked, 6)
    }
}
