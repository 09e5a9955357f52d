// Key sequences fed to the state: panes, help, theme and quit effects.

import Canvas
@testable import Dashboard
import XCTest

final class StateTests: XCTestCase {
    private func run(_ keys: [Key], from state: AppState = AppState()) -> (AppState, [Effect]) {
        var s = state
        var effects: [Effect] = []
        for k in keys { if let e = s.handle(k) { effects.append(e) } }
        return (s, effects)
    }

    // MARK: panes

    func testRightAndLeftMoveBetweenPanesAndWrap() {
        XCTAssertEqual(run([.right]).0.pane, .classes)
        XCTAssertEqual(run([.right, .right, .right]).0.pane, .indicators)
        XCTAssertEqual(run([.right, .right, .right, .right]).0.pane, .overview)
        XCTAssertEqual(run([.left]).0.pane, .indicators)
        XCTAssertEqual(run([.right, .left]).0.pane, .overview)
    }

    func testTabAndShiftTabFollowTheSameOrder() {
        XCTAssertEqual(run([.tab, .tab]).0.pane, .awards)
        XCTAssertEqual(run([.backTab]).0.pane, .indicators)
    }

    func testDigitsJumpToPanes() {
        XCTAssertEqual(run([.character("3")]).0.pane, .awards)
        XCTAssertEqual(run([.character("4"), .character("1")]).0.pane, .overview)
        XCTAssertEqual(run([.character("5")]).0.pane, .overview, "there is no fifth pane yet")
    }

    // MARK: help

    func testHelpOpensWithQuestionMarkOrF1AndClosesWithEscOrAgain() {
        XCTAssertTrue(run([.character("?")]).0.showingHelp)
        XCTAssertTrue(run([.function(1)]).0.showingHelp)
        XCTAssertFalse(run([.character("?"), .escape]).0.showingHelp)
        XCTAssertFalse(run([.function(1), .character("?")]).0.showingHelp)
    }

    func testChangingPaneClosesTheHelp() {
        let (s, _) = run([.character("?"), .right])
        XCTAssertFalse(s.showingHelp)
        XCTAssertEqual(s.pane, .classes)
    }

    // MARK: effects

    func testQuitThemeAndRedrawAreEffectsForTheLoop() {
        XCTAssertEqual(run([.character("q")]).1, [.quit])
        XCTAssertEqual(run([.function(2)]).1, [.nextTheme])
        XCTAssertEqual(run([.control("l")]).1, [.redraw])
    }

    func testUnknownKeysChangeNothing() {
        let start = AppState(pane: .awards)
        let (s, effects) = run([.character("z"), .function(9), .character("ệ"), .resize], from: start)
        XCTAssertEqual(s, start)
        XCTAssertEqual(effects, [])
    }

    // MARK: the key table

    func testEveryKeyIsBoundOnceAtMost() {
        var seen: [Key: String] = [:]
        for b in KeyMap.bindings {
            for e in b.entries {
                XCTAssertNil(seen[e.key], "\(e.key) is bound by both \(seen[e.key] ?? "") and \(b.keyLabel)")
                seen[e.key] = b.keyLabel
            }
        }
    }

    func testTheHintBarShowsOnlyBoundKeysFromTheTable() {
        let buffer = Screen.render(state: AppState(), snapshot: nil, theme: .builtinDefault, size: Size(width: 120, height: 30))
        let hintRow = buffer.line(29)
        for b in KeyMap.bindings {
            if let hint = b.hintText(.vi) {
                XCTAssertTrue(hintRow.contains("\(b.keyLabel) \(hint)"), "hint bar lacks \(b.keyLabel) \(hint): \(hintRow)")
            }
        }
        XCTAssertFalse(hintRow.contains("Tab/Shift-Tab"), "a binding without a hint is in the hint bar")
    }

    func testTheHelpListsEveryBinding() {
        let state = AppState(showingHelp: true)
        let text = Screen.render(state: state, snapshot: nil, theme: .builtinDefault, size: Size(width: 120, height: 40)).text
        for b in KeyMap.bindings {
            XCTAssertTrue(text.contains(b.keyLabel), "help lacks \(b.keyLabel)")
            XCTAssertTrue(text.contains(b.helpText(.vi)), "help lacks \(b.helpText(.vi))")
        }
    }
}
