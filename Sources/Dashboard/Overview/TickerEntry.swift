/// The latest awards and enrollments, newest first, picked once per snapshot for the overview's ticker.

import Store

/// One line of the ticker: an award handed out or a learner enrolled.
struct TickerEntry: Hashable, Sendable {
    enum What: Hashable, Sendable {
        case award(Award)
        /// The enrollment, the learner's name and the class's name.
        case enrollment(Enrollment, learner: String, course: String)
    }

    var what: What
    var date: CalendarDate?

    /// How many entries the overview keeps: more than any screen shows.
    static let kept = 24

    /// The newest `kept` awards and enrollments: by date, and within a date the later in the file
    /// first (records are appended as they happen). Undated enrollments come after dated ones.
    static func latest(_ snapshot: StoreSnapshot) -> [TickerEntry] {
        // Rank: (date, set, position); a running top-k keeps this to one pass over the records.
        var top: [(rank: (Int, Int, Int), index: Int, isAward: Bool)] = []
        func offer(_ rank: (Int, Int, Int), _ index: Int, _ isAward: Bool) {
            if top.count == kept, let last = top.last, !(rank > last.rank) { return }
            let at = top.firstIndex { rank > $0.rank } ?? top.count
            top.insert((rank, index, isAward), at: at)
            if top.count > kept { top.removeLast() }
        }
        for (i, a) in snapshot.awards.enumerated() { offer((a.date.daysSinceEpoch, 1, i), i, true) }
        for (i, e) in snapshot.enrollments.enumerated() { offer((e.date?.daysSinceEpoch ?? Int.min, 0, i), i, false) }
        guard !top.isEmpty else { return [] }
        let wantedLearners = Set(top.filter { !$0.isAward }.map { snapshot.enrollments[$0.index].learnerId })
        var names: [String: String] = [:]
        for l in snapshot.learners where wantedLearners.contains(l.id) { names[l.id] = l.name }
        var courses: [String: String] = [:]
        for c in snapshot.classes { courses[c.id] = c.name }
        return top.map { item in
            if item.isAward {
                let a = snapshot.awards[item.index]
                return TickerEntry(what: .award(a), date: a.date)
            }
            let e = snapshot.enrollments[item.index]
            return TickerEntry(what: .enrollment(e, learner: names[e.learnerId] ?? e.learnerId, course: courses[e.classId] ?? e.classId),
                               date: e.date)
        }
    }
}
