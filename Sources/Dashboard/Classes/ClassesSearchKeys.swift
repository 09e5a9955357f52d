/// Typing a search in the classes pane: the text, ↑/↓ in the list it narrows, Enter keeps it, Esc clears it.

import Canvas

enum ClassesSearchKeys {
    /// Every other key is the search's, except the function keys and Ctrl-L (help, theme, redraw).
    static func type(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        switch key {
        case .function, .control("l"), .resize:
            return .ignored
        default:
            break
        }
        if state.classSearch.isEditing {
            if state.classSearch.input.handle(key) {
                state.classCursor = ListCursor()
                ClassesKeys.classChanged(&state)
            }
        } else if state.rosterSearch.input.handle(key) {
            state.rosterCursor = ListCursor()
        }
        return .handled
    }

    /// ↑/↓ and the paging keys still move in the list being narrowed.
    static func move(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        let index = data.classes
        if state.classSearch.isEditing {
            let before = state.classCursor
            let count = ClassesSelection.classes(state, index).count
            _ = state.classCursor.handle(key, count: count)
            if state.classCursor.clamped(count: count) != before.clamped(count: count) { ClassesKeys.classChanged(&state) }
        } else {
            _ = state.rosterCursor.handle(key, count: ClassesSelection(state, index, today: env.now.date).roster.count)
        }
        return .handled
    }

    /// Enter keeps what was typed (an empty search goes away) and gives the keys back to the list.
    static func done(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        if state.classSearch.isEditing {
            state.classSearch.isEditing = false
            if !state.classSearch.isActive { state.classSearch.clear() }
        } else {
            state.rosterSearch.isEditing = false
            if !state.rosterSearch.isActive { state.rosterSearch.clear() }
        }
        return .handled
    }

    static func clear(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        if state.classSearch.isEditing {
            state.classSearch.clear()
            state.classCursor = ListCursor()
            ClassesKeys.classChanged(&state)
        } else {
            state.rosterSearch.clear()
            state.rosterCursor = ListCursor()
        }
        return .handled
    }
}
