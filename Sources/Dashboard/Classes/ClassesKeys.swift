/// What the classes pane's keys do before and beside its lists: the turn of each key, the card, the form, sort.

import Canvas
import Reports
import Store

enum ClassesKeys {
    /// Each key starts with no message, a wanted row found, and a card whose learner has gone closed.
    static func prepare(_ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome? {
        let index = data.classes
        state.message = nil
        settle(&state, index, today: env.now.date)
        // The store changed under an open card: it closes, and the key is the global table's.
        if state.form == nil, let card = state.card, index.learner(id: card.learnerId) == nil {
            state.card = nil
            return .ignored
        }
        return nil
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

    /// A new class under the cursor: its roster from the top, its own session and search.
    static func classChanged(_ state: inout ClassesState) {
        state.rosterCursor = ListCursor()
        state.sessionDate = nil
        state.rosterSearch.clear()
    }

    /// One step through `count` rows, wrapping at the ends.
    static func step(_ row: Int, by delta: Int, count: Int) -> Int { (row + delta + count) % count }

    static func sort(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        state.sort = state.sort.next
        state.rosterCursor = ListCursor()
        return .handled
    }

    // MARK: the enroll form

    /// Every key goes to the open form, which decides what it means (see `EnrollForm.handle`).
    static func formKey(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        guard var enroll = state.form else { return .ignored }
        let (outcome, close) = enroll.handle(key, data.classes, env)
        state.form = close ? nil : enroll
        return outcome
    }

    static func openForm(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        let index = data.classes
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

    // MARK: the learner's card

    /// The card's learner and their classes (`prepare` has closed a card whose learner has gone).
    private static func cardClasses(_ state: ClassesState, _ index: ClassesIndex) -> [Int] {
        guard let card = state.card, let l = index.learner(id: card.learnerId) else { return [] }
        return index.classes(of: l)
    }

    static func cardMove(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        let count = cardClasses(state, data.classes).count
        _ = state.card?.cursor.handle(key, count: count)
        return .handled
    }

    static func cardClose(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        state.card = nil
        return .handled
    }

    /// Enter on one of the learner's classes: that class's roster, the learner selected.
    static func cardOpen(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        let classes = cardClasses(state, data.classes)
        guard let card = state.card, !classes.isEmpty else { return .handled }
        let course = classes[card.cursor.clamped(count: classes.count)]
        state.kind = nil
        state.topic = nil
        state.classSearch.clear()
        state.classCursor = ListCursor(index: course)
        classChanged(&state)
        state.wantedLearner = card.learnerId
        state.focus = .roster
        state.card = nil
        return .handled
    }
}
