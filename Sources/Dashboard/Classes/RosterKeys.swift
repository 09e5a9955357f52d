/// The roster's keys: move, mark attendance, choose the session, open a learner's card, search, go back.

import Canvas

enum RosterKeys {
    private static func selection(_ state: ClassesState, _ data: DashboardData, _ env: KeyContext) -> ClassesSelection {
        ClassesSelection(state, data.classes, today: env.now.date)
    }

    static func move(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        _ = state.rosterCursor.handle(key, count: selection(state, data, env).roster.count)
        return .handled
    }

    static func mark(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        AttendanceMark.toggle(&state, selection(state, data, env), env)
    }

    /// ← / →: the session before or after among those held (and today).
    static func session(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        let selection = selection(state, data, env)
        let dates = selection.sessionDates
        if let date = selection.sessionDate, let at = dates.firstIndex(of: date) {
            let to = key == .left ? at - 1 : at + 1
            if dates.indices.contains(to) { state.sessionDate = dates[to] }
        }
        return .handled
    }

    static func openCard(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        if let l = selection(state, data, env).learner { state.card = LearnerCardState(learnerId: data.classes.learners[Int(l)].id) }
        return .handled
    }

    static func search(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        state.rosterSearch.start()
        return .handled
    }

    /// n / N: the next or previous learner that matches the search.
    static func nextMatch(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        let count = selection(state, data, env).roster.count
        guard count > 0 else { return .handled }
        state.rosterCursor.index = ClassesKeys.step(state.rosterCursor.clamped(count: count), by: key == .character("n") ? 1 : -1, count: count)
        return .handled
    }

    /// Esc clears the search first, then goes back to the class list.
    static func back(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        if state.rosterSearch.isActive {
            state.rosterSearch.clear()
            state.rosterCursor = ListCursor()
        } else {
            state.focus = .classes
        }
        return .handled
    }
}
