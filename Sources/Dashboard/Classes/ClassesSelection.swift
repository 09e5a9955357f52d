/// What the pane's lists hold for a state: the classes shown, the selected class, its roster rows, the session.

import Reports
import Store
import VietText

/// The lists as the state narrows them, worked out the same way for keys and for frames.
struct ClassesSelection {
    let index: ClassesIndex
    /// Classes shown on the left (indexes into `index.courses`).
    let classes: [Int]
    /// The class under the cursor.
    let course: Int?
    /// The selected class's learners, sorted and narrowed by the roster search.
    let roster: [Int32]
    /// The roster row under the cursor.
    let learner: Int32?
    /// The session shown in the attendance view, and the dates ←/→ choose from.
    let sessionDate: CalendarDate?
    let sessionDates: [CalendarDate]

    init(_ state: ClassesState, _ index: ClassesIndex, today: CalendarDate) {
        self.index = index
        classes = Self.classes(state, index)
        var classRow = state.classCursor.clamped(count: classes.count)
        if let wanted = state.wantedClass, let c = index.course(id: wanted), let at = classes.firstIndex(of: c) { classRow = at }
        self.classRow = classRow
        course = classes.isEmpty ? nil : classes[classRow]
        if let course {
            let roll = index.rolls[course]
            roster = Self.roster(roll.learners(state.sort), search: state.rosterSearch, index)
            let dates = Self.dates(index.courses[course], roll, today: today)
            if let chosen = state.sessionDate, dates.contains(chosen) {
                sessionDate = chosen
            } else {
                sessionDate = Self.defaultDate(dates, today: today)
            }
            sessionDates = dates
        } else {
            roster = []
            sessionDates = []
            sessionDate = nil
        }
        var row = state.rosterCursor.clamped(count: roster.count)
        if let wanted = state.wantedLearner, let l = index.learner(id: wanted), let at = roster.firstIndex(of: l) { row = at }
        learner = roster.isEmpty ? nil : roster[row]
        rosterRow = roster.isEmpty ? 0 : row
    }

    /// The row of `course` in `classes` (where `wantedClass` puts it).
    let classRow: Int
    /// The row of `learner` in `roster` (where `wantedLearner` puts it).
    let rosterRow: Int

    /// The classes that pass the kind and topic filters and the search: the search matches a
    /// class's own words (name, topic, partner, teacher, venue, id) or the name of a learner
    /// enrolled in it. Classes matched by whole words come first (`SearchQuery.rank`), each rank
    /// in file order.
    static func classes(_ state: ClassesState, _ index: ClassesIndex) -> [Int] {
        var shown = index.courses.indices.filter { i in
            (state.kind == nil || index.courses[i].kind == state.kind) && (state.topic == nil || index.courses[i].topic == state.topic)
        }
        guard state.classSearch.isActive else { return shown }
        let query = state.classSearch.query
        var rank = index.courses.indices.map { query.rank(index.courseSearch[$0]) ?? Int.max }
        if rank.contains(where: { $0 > 0 }), let found = index.learners(matching: query) {
            for (l, r) in found.ranked { index.markClasses(of: l, rank: r, in: &rank) }
        }
        shown = shown.filter { rank[$0] != Int.max }
        return shown.enumerated().sorted { a, b in
            rank[a.element] != rank[b.element] ? rank[a.element] < rank[b.element] : a.offset < b.offset
        }.map(\.element)
    }

    /// The roster narrowed to learners whose name matches, whole-word matches first, each rank
    /// in the roster's order.
    static func roster(_ learners: [Int32], search: SearchBox, _ index: ClassesIndex) -> [Int32] {
        guard search.isActive else { return learners }
        let query = search.query
        // A long roster is narrowed through the word index; a short one by its names.
        if learners.count > 2_000, let found = index.learners(matching: query) {
            let ranked = learners.compactMap { l in found.rank(of: l).map { (l, $0) } }
            return ranked.enumerated().sorted { a, b in
                a.element.1 != b.element.1 ? a.element.1 < b.element.1 : a.offset < b.offset
            }.map(\.element.0)
        }
        return query.ranked(learners) { index.learnerSearch[Int($0)] }
    }

    /// The days attendance may be taken on, oldest first: the class's sessions when it lists them;
    /// else the sessions held, with today when the class's dates allow it, or else the class's
    /// first day for a class of another year where nothing was held yet. Never a day the store
    /// would refuse.
    static func dates(_ course: Course, _ roll: ClassRoll, today: CalendarDate) -> [CalendarDate] {
        let allowed = ClassDates(course)
        if !allowed.sessions.isEmpty { return Array(Set(allowed.sessions + roll.sessions)).sorted() }
        if allowed.allowsAttendance(on: today) {
            return roll.sessionIndex(today) == nil ? (roll.sessions + [today]).sorted() : roll.sessions
        }
        if roll.sessions.isEmpty, let first = allowed.attendanceRange?.lowerBound { return [first] }
        return roll.sessions
    }

    /// Today when it is one of `dates`, else the latest of them before today, else the first.
    static func defaultDate(_ dates: [CalendarDate], today: CalendarDate) -> CalendarDate? {
        if dates.contains(today) { return today }
        return dates.last(where: { $0 <= today }) ?? dates.first
    }
}
