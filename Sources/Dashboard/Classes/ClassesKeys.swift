/// The classes pane's keys: lists, search, filters, sort, attendance, the card and the form.

import Canvas
import Reports
import Store
import VietText

enum ClassesKeys {
    static func handle(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        let index = data.classes
        state.message = nil
        settle(&state, index, today: env.now.date)
        if var enroll = state.form {
            let (outcome, close) = enroll.handle(key, index, env)
            state.form = close ? nil : enroll
            if case .effect = outcome { state.pending = .enrollment }
            return outcome
        }
        if state.card != nil { return cardKey(key, &state, index) }
        if state.classSearch.isEditing || state.rosterSearch.isEditing { return searchKey(key, &state, index, env) }
        switch key {
        case .character("s"):
            state.sort = state.sort.next
            state.rosterCursor = ListCursor()
            return .handled
        case .character("a"):
            return openForm(&state, index, env)
        default:
            break
        }
        switch state.focus {
        case .classes: return classKey(key, &state, index, env)
        case .roster: return rosterKey(key, &state, index, env)
        }
    }

    /// Turns a wanted class or learner (after a write, from the card) into the cursors' rows.
    static func settle(_ state: inout ClassesState, _ index: ClassesIndex, today: CalendarDate) {
        guard state.wantedLearner != nil || state.wantedClass != nil else { return }
        let selection = ClassesSelection(state, index, today: today)
        if state.wantedClass != nil, state.classCursor.index != selection.classRow {
            state.classCursor.index = selection.classRow
            state.sessionDate = nil
            state.rosterSearch.clear()
        }
        state.rosterCursor.index = selection.rosterRow
        state.wantedLearner = nil
        state.wantedClass = nil
    }

    // MARK: the class list

    static func classKey(_ key: Key, _ state: inout ClassesState, _ index: ClassesIndex, _ env: KeyContext) -> KeyOutcome {
        let classes = ClassesSelection.classes(state, index)
        let before = state.classCursor
        switch key {
        case .enter:
            guard !classes.isEmpty else { return .handled }
            state.focus = .roster
            carrySearch(&state, index, env)
            return .handled
        case .character("/"):
            state.classSearch.start()
            return .handled
        case .character("n"), .character("N"):
            guard state.classSearch.isActive, !classes.isEmpty else { return .handled }
            state.classCursor.index = step(state.classCursor.clamped(count: classes.count), by: key == .character("n") ? 1 : -1, count: classes.count)
        case .escape:
            if state.classSearch.isActive {
                state.classSearch.clear()
            } else if state.kind != nil || state.topic != nil {
                state.kind = nil
                state.topic = nil
            } else {
                return .ignored
            }
            state.classCursor = ListCursor()
        case .character("k"):
            let kinds: [CourseKind?] = [nil] + CourseKind.allCases
            state.kind = kinds[((kinds.firstIndex(of: state.kind) ?? 0) + 1) % kinds.count]
            state.classCursor = ListCursor()
        case .character("t"):
            let topics: [String?] = [nil] + index.topics
            state.topic = topics[((topics.firstIndex(of: state.topic) ?? 0) + 1) % topics.count]
            state.classCursor = ListCursor()
        default:
            guard state.classCursor.handle(key, count: classes.count) else { return .ignored }
        }
        if state.classCursor.clamped(count: classes.count) != before.clamped(count: classes.count) { classChanged(&state) }
        return .handled
    }

    /// A new class under the cursor: its roster from the top, its own session and search.
    static func classChanged(_ state: inout ClassesState) {
        state.rosterCursor = ListCursor()
        state.sessionDate = nil
        state.rosterSearch.clear()
    }

    /// Entering a class found by a learner's name narrows its roster to the same name.
    static func carrySearch(_ state: inout ClassesState, _ index: ClassesIndex, _ env: KeyContext) {
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

    // MARK: the roster and attendance

    static func rosterKey(_ key: Key, _ state: inout ClassesState, _ index: ClassesIndex, _ env: KeyContext) -> KeyOutcome {
        let selection = ClassesSelection(state, index, today: env.now.date)
        let count = selection.roster.count
        switch key {
        case .escape:
            if state.rosterSearch.isActive {
                state.rosterSearch.clear()
                state.rosterCursor = ListCursor()
            } else {
                state.focus = .classes
            }
        case .left, .right:
            let dates = selection.sessionDates
            if let date = selection.sessionDate, let at = dates.firstIndex(of: date) {
                let to = key == .left ? at - 1 : at + 1
                if dates.indices.contains(to) { state.sessionDate = dates[to] }
            }
        case .character(" "):
            return AttendanceMark.toggle(&state, selection, env)
        case .enter:
            if let l = selection.learner { state.card = LearnerCardState(learnerId: index.learners[Int(l)].id) }
        case .character("/"):
            state.rosterSearch.start()
        case .character("n"), .character("N"):
            guard state.rosterSearch.isActive, count > 0 else { return .handled }
            state.rosterCursor.index = step(state.rosterCursor.clamped(count: count), by: key == .character("n") ? 1 : -1, count: count)
        default:
            return state.rosterCursor.handle(key, count: count) ? .handled : .ignored
        }
        return .handled
    }

    /// One step through `count` rows, wrapping at the ends.
    static func step(_ row: Int, by delta: Int, count: Int) -> Int { (row + delta + count) % count }

    // MARK: typing a search

    /// While a search is typed every key is the search's, except the function keys and Ctrl-L:
    /// ↑/↓ still move in the list it narrows, Enter keeps it, Esc clears it.
    static func searchKey(_ key: Key, _ state: inout ClassesState, _ index: ClassesIndex, _ env: KeyContext) -> KeyOutcome {
        let onClasses = state.classSearch.isEditing
        switch key {
        case .function, .control("l"), .resize:
            return .ignored
        case .enter:
            if onClasses {
                state.classSearch.isEditing = false
                if !state.classSearch.isActive { state.classSearch.clear() }
            } else {
                state.rosterSearch.isEditing = false
                if !state.rosterSearch.isActive { state.rosterSearch.clear() }
            }
        case .escape:
            if onClasses {
                state.classSearch.clear()
                state.classCursor = ListCursor()
                classChanged(&state)
            } else {
                state.rosterSearch.clear()
                state.rosterCursor = ListCursor()
            }
        case .up, .down, .pageUp, .pageDown:
            if onClasses {
                let before = state.classCursor
                let count = ClassesSelection.classes(state, index).count
                _ = state.classCursor.handle(key, count: count)
                if state.classCursor.clamped(count: count) != before.clamped(count: count) { classChanged(&state) }
            } else {
                _ = state.rosterCursor.handle(key, count: ClassesSelection(state, index, today: env.now.date).roster.count)
            }
        default:
            if onClasses {
                if state.classSearch.input.handle(key) {
                    state.classCursor = ListCursor()
                    classChanged(&state)
                }
            } else if state.rosterSearch.input.handle(key) {
                state.rosterCursor = ListCursor()
            }
        }
        return .handled
    }

    // MARK: card and form

    static func cardKey(_ key: Key, _ state: inout ClassesState, _ index: ClassesIndex) -> KeyOutcome {
        guard let card = state.card, let l = index.learner(id: card.learnerId) else {
            state.card = nil
            return .ignored
        }
        let classes = index.classes(of: l)
        switch key {
        case .escape:
            state.card = nil
        case .enter:
            guard !classes.isEmpty else { return .handled }
            let course = classes[card.cursor.clamped(count: classes.count)]
            state.kind = nil
            state.topic = nil
            state.classSearch.clear()
            state.classCursor = ListCursor(index: course)
            classChanged(&state)
            state.wantedLearner = card.learnerId
            state.focus = .roster
            state.card = nil
        default:
            guard state.card!.cursor.handle(key, count: classes.count) else { return .ignored }
        }
        return .handled
    }

    static func openForm(_ state: inout ClassesState, _ index: ClassesIndex, _ env: KeyContext) -> KeyOutcome {
        guard env.mayEdit else {
            state.message = PaneMessage(text: env.language.pick("Chỉ xem: kho này không ghi được, không ghi danh được",
                                                                "Read-only: this store cannot be written, so no enrolling"), tone: .bad)
            return .handled
        }
        guard !index.courses.isEmpty else {
            state.message = PaneMessage(text: env.language.pick("Chưa có lớp nào để ghi danh", "There is no class to enroll in"), tone: .bad)
            return .handled
        }
        let selection = ClassesSelection(state, index, today: env.now.date)
        state.form = EnrollForm.make(course: selection.course, index)
        return .handled
    }
}
