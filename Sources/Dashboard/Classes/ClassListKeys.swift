/// The class list's keys: move, open a roster, search, step through matches, filter by kind and topic.

import Canvas
import Reports
import Store

enum ClassListKeys {
    /// Runs `change` on the list as it is before the key; a different class under the cursor
    /// afterwards starts its roster afresh.
    private static func onList(_ state: inout ClassesState, _ data: DashboardData,
                               _ change: (inout ClassesState, [Int]) -> Void) -> KeyOutcome {
        let classes = ClassesSelection.classes(state, data.classes)
        let before = state.classCursor.clamped(count: classes.count)
        change(&state, classes)
        if state.classCursor.clamped(count: classes.count) != before { ClassesKeys.classChanged(&state) }
        return .handled
    }

    static func move(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        onList(&state, data) { state, classes in _ = state.classCursor.handle(key, count: classes.count) }
    }

    /// Enter: the class's roster, where attendance is taken.
    static func open(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        guard !ClassesSelection.classes(state, data.classes).isEmpty else { return .handled }
        state.focus = .roster
        carrySearch(&state, data.classes, env)
        return .handled
    }

    /// Entering a class found by a learner's name narrows its roster to the same name.
    private static func carrySearch(_ state: inout ClassesState, _ index: ClassesIndex, _ env: KeyContext) {
        guard state.classSearch.isActive, !state.rosterSearch.isActive else { return }
        var carried = state
        carried.rosterSearch.input = state.classSearch.input
        carried.rosterSearch.isEditing = false
        let selection = ClassesSelection(carried, index, today: env.now.date)
        if !selection.roster.isEmpty {
            state.rosterSearch = carried.rosterSearch
            state.rosterCursor = ListCursor()
        }
    }

    static func search(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        state.classSearch.start()
        return .handled
    }

    /// n / N: the next or previous class that matches the search.
    static func nextMatch(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        onList(&state, data) { state, classes in
            guard !classes.isEmpty else { return }
            let row = state.classCursor.clamped(count: classes.count)
            state.classCursor.index = ClassesKeys.step(row, by: key == .character("n") ? 1 : -1, count: classes.count)
        }
    }

    static func clearSearch(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        onList(&state, data) { state, _ in
            state.classSearch.clear()
            state.classCursor = ListCursor()
        }
    }

    static func clearFilters(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        onList(&state, data) { state, _ in
            state.kind = nil
            state.topic = nil
            state.classCursor = ListCursor()
        }
    }

    /// k: every kind, then each kind in turn.
    static func nextKind(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        onList(&state, data) { state, _ in
            let kinds: [CourseKind?] = [nil] + CourseKind.allCases
            state.kind = kinds[((kinds.firstIndex(of: state.kind) ?? 0) + 1) % kinds.count]
            state.classCursor = ListCursor()
        }
    }

    /// t: every topic, then each topic of the store in turn.
    static func nextTopic(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        onList(&state, data) { state, _ in
            let topics: [String?] = [nil] + data.classes.topics
            state.topic = topics[((topics.firstIndex(of: state.topic) ?? 0) + 1) % topics.count]
            state.classCursor = ListCursor()
        }
    }
}
