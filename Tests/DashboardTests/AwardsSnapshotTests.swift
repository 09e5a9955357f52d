// The awards pane's modes as frames: projected, a branch opened, the form and its double-entry question, two years.

import Canvas
@testable import Dashboard
import Store
import XCTest

final class AwardsSnapshotTests: XCTestCase {
    private func frame(_ state: AppState, _ snapshot: StoreSnapshot, _ size: Size) -> Buffer {
        Screen.render(state: state, data: DashboardData(snapshot), theme: .builtinDefault, size: size)
    }

    private func keys(_ state: inout AppState, _ snapshot: StoreSnapshot, _ keys: [Key]) {
        let data = DashboardData(snapshot)
        for k in keys { _ = state.handle(k, data: data) }
    }

    func testPresentedOnTheProjector() {
        var state = AppState(pane: .awards, storeLabel: "Dữ liệu mẫu, người và số tiền là giả định (chỉ xem)",
                             presentation: PresentationState(isOn: true, isViewer: true, rotateSeconds: 0, margin: 1))
        // The last award just arrived: its branch and its line stand out.
        state.fresh.awards = [AwardsFixtures.demo.awards.last!.id]
        state.fresh.until = state.now.adding(seconds: 8)
        for size in [Size(width: 120, height: 40), Size(width: 80, height: 24)] {
            assertSnapshot(frame(state, AwardsFixtures.demo, size), theme: .builtinDefault, named: "awards-present-\(size.width)x\(size.height)")
        }
    }

    func testABranchOpened() {
        var state = AwardsFixtures.state()
        keys(&state, AwardsFixtures.demo, [.down, .down, .down, .enter])
        assertSnapshot(frame(state, AwardsFixtures.demo, Size(width: 100, height: 30)), theme: .builtinDefault, named: "awards-branch-100x30")
    }

    func testTheFormAndTheDoubleEntryQuestion() throws {
        var state = AwardsFixtures.state()
        let snapshot = AwardsFixtures.demo
        // The form starts on the branch selected in the pane: the guard looks for doubles in it.
        var peek = state
        keys(&peek, snapshot, [.character("a")])
        let branch = try XCTUnwrap(peek.awards.form?.form.value("Branch"))
        let first = try XCTUnwrap(snapshot.awards.first { $0.branch == branch && $0.date.year == 2022 && $0.date.month >= 9 })
        keys(&state, snapshot, [.character("a")] + first.recipient.map { Key.character($0) } + [.tab, .tab]
             + first.category.map { Key.character($0) } + [.tab, .tab] + "200k".map { Key.character($0) })
        assertSnapshot(frame(state, snapshot, Size(width: 80, height: 24)), theme: .builtinDefault, named: "awards-form-80x24")
        // Entered for the same school year as the first award: the guard asks.
        for _ in 0..<2 { keys(&state, snapshot, [.tab]) }
        keys(&state, snapshot, Array(repeating: Key.backspace, count: 10) + "05/09/2022".map { Key.character($0) } + [.enter])
        XCTAssertNotNil(state.awards.form?.form.confirmation)
        assertSnapshot(frame(state, snapshot, Size(width: 80, height: 24)), theme: .builtinDefault, named: "awards-double-80x24")
        // At the projector's usual 120×40 the whole question is read, nothing cut.
        let wide = frame(state, snapshot, Size(width: 120, height: 40))
        assertSnapshot(wide, theme: .builtinDefault, named: "awards-double-120x40")
        let question = try XCTUnwrap(state.awards.form?.form.confirmation)
        XCTAssertTrue(wide.text.replacingOccurrences(of: "\n", with: " ").contains(String(question.suffix(20))), wide.text)
    }

    func testTwoYearsWithTheChangeAndEachSidePanel() {
        var state = AwardsFixtures.state()
        let snapshot = AwardsFixtures.twoYears
        assertSnapshot(frame(state, snapshot, Size(width: 120, height: 30)), theme: .builtinDefault, named: "awards-twoyears-120x30")
        keys(&state, snapshot, [.character("v")])
        assertSnapshot(frame(state, snapshot, Size(width: 80, height: 24)), theme: .builtinDefault, named: "awards-fund-80x24")
        keys(&state, snapshot, [.character("v")])
        assertSnapshot(frame(state, snapshot, Size(width: 80, height: 24)), theme: .builtinDefault, named: "awards-titles-80x24")
        keys(&state, snapshot, [.character("[")])
        state.language = .en
        state.ascii = true
        assertSnapshot(frame(state, snapshot, Size(width: 80, height: 24)), theme: .builtinDefault, named: "awards-en-ascii-80x24")
    }

    func testAStoreWithoutAwardsSaysWhatWouldFillThePane() {
        let state = AwardsFixtures.state()
        assertSnapshot(frame(state, StoreSnapshot(directory: ""), Size(width: 80, height: 24)), theme: .builtinDefault, named: "awards-empty-80x24")
    }
}
