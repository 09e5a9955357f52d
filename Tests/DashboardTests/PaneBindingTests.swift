// Every pane's binding rows, in every kind of state: no key bound twice, and each hint names keys its own row takes.

import Canvas
@testable import Dashboard
import Store
import XCTest

final class PaneBindingTests: XCTestCase {
    private static let envs = [KeyContext(mayEdit: true), KeyContext(mayEdit: false)]

    /// The keys a label names, read the way a person reads it ("Tab/↓", "a d", "[ ]", "Up/Down");
    /// nil for the label of typing ("a–z", "a-z").
    private func keys(named label: String) -> [Key]? {
        if label == "a–z" || label == "a-z" { return nil }
        if label == "/" { return [.character("/")] }
        let names: [String: Key] = [
            "↑": .up, "↓": .down, "←": .left, "→": .right, "Up": .up, "Down": .down, "Left": .left, "Right": .right,
            "Enter": .enter, "Esc": .escape, "Tab": .tab, "Space": .character(" "), "Del": .delete,
        ]
        return label.split(whereSeparator: { $0 == "/" || $0 == " " }).map { token -> Key in
            if let key = names[String(token)] { return key }
            XCTAssertEqual(token.count, 1, "a key label the test cannot read: \(label)")
            return .character(token.first!)
        }
    }

    /// In each state: no key is named by two active rows, at most one row takes what is typed, and
    /// every row the help or the hint bar shows takes each key its labels name (no row before it
    /// does), or, for typing, a letter.
    private func check<State>(_ table: PaneKeyTable<State>, _ states: [State], _ name: String,
                              file: StaticString = #filePath, line: UInt = #line) {
        var checked = 0
        for env in Self.envs {
            for (n, state) in states.enumerated() {
                let rows = table.active(state, env)
                let place = "\(name) state \(n), mayEdit \(env.mayEdit)"
                var seen: [Key: Int] = [:]
                for (i, row) in rows.enumerated() {
                    for key in row.namedKeys {
                        XCTAssertNil(seen[key], "\(place): \(key) is bound by rows \(seen[key] ?? -1) and \(i)", file: file, line: line)
                        seen[key] = i
                    }
                }
                XCTAssertLessThanOrEqual(rows.filter(\.isTyping).count, 1, "\(place): two rows take what is typed", file: file, line: line)
                for (i, row) in rows.enumerated() {
                    guard let hint = row.hint else { continue }
                    for label in [hint.keyLabel, hint.asciiKeyLabel] {
                        let named = keys(named: label) ?? [.character("x")]
                        XCTAssertEqual(keys(named: label) == nil, row.isTyping, "\(place): \(label) names typing", file: file, line: line)
                        for key in named {
                            XCTAssertEqual(PaneKeyTable<State>.taker(of: key, among: rows), i,
                                           "\(place): the hint \(label) shows \(key), which its row does not take", file: file, line: line)
                        }
                    }
                    checked += 1
                }
                XCTAssertEqual(table.hints(state, env).map(\.keyLabel), rows.compactMap(\.hint?.keyLabel), file: file, line: line)
            }
        }
        XCTAssertGreaterThan(checked, 0, file: file, line: line)
    }

    func testOverviewAndIndicators() {
        check(OverviewPane.keys, [OverviewState()], "overview")
        check(IndicatorsPane.keys, [IndicatorsState()], "indicators")
    }

    func testPresentation() {
        check(PresentationKeys.keys, [PresentationState(isOn: true), PresentationState(isOn: true, paused: true)], "presentation")
    }

    func testClasses() {
        let data = ClassesStateTests.data
        var states: [ClassesState] = []
        for focus in [ClassesState.Focus.classes, .roster] {
            for search in 0..<3 {
                for filtered in [false, true] {
                    var s = ClassesState()
                    s.focus = focus
                    if search > 0 { s.classSearch.input.set("hoa"); s.rosterSearch.input.set("hoa") }
                    if search == 2 { if focus == .classes { s.classSearch.start() } else { s.rosterSearch.start() } }
                    if filtered { s.kind = .club }
                    states.append(s)
                }
            }
        }
        var card = ClassesState()
        card.card = LearnerCardState(learnerId: "HV01")
        var form = ClassesState()
        form.form = EnrollForm.make(course: 0, data.classes)
        var asking = form
        asking.form?.form.confirmation = "?"
        check(ClassesPane.keys, states + [card, form, asking], "classes")
    }

    func testAwards() {
        let data = DashboardData(AwardsFixtures.twoYears)
        let year = data.awards.shownYear(nil)
        var states: [AwardsState] = []
        for mode in [AwardsState.Mode.tallies, .branch("TR01")] {
            var s = AwardsState()
            s.mode = mode
            states.append(s)
            s.form = AwardForm.make(data, year: year, branch: "TR01", env: KeyContext())
            states.append(s)
            s.form?.form.confirmation = "?"
            states.append(s)
            s.form = DonationForm.make(data, year: year, branch: nil, env: KeyContext())
            states.append(s)
        }
        check(AwardsPane.keys, states, "awards")
    }
}
