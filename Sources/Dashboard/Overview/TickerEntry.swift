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

    /// The last recorded awards and enrollments, newest first: records are appended as they
    /// happen, so the end of each file is the newest, whatever dates the records bear (an award
    /// entered now for the ceremony's day is new). The two files share no clock, so the ticker
    /// takes them in turn: the newest award, the newest enrollment, the award before, …
    static func latest(_ snapshot: StoreSnapshot) -> [TickerEntry] {
        taking(snapshot.awards, enrollments: entries(awards: [], enrollments: snapshot.enrollments.suffix(kept).reversed(), in: snapshot))
    }

    /// `latest(snapshot)` after awards alone were appended to the snapshot `before` was taken
    /// from: its enrollments are those of `before` (more awards never call for more of them), so
    /// their learners' names are not looked up again.
    static func latest(_ snapshot: StoreSnapshot, enrollmentsOf before: [TickerEntry]) -> [TickerEntry] {
        taking(snapshot.awards, enrollments: enrollmentEntries(of: before))
    }

    /// `latest(snapshot)` after the enrollments `appended` (the snapshot's last) were added to the
    /// snapshot `before` was taken from, with no learner or class (an append brings none): only the
    /// new enrollments' learners are looked up; the older entries keep the names they were given,
    /// which are the snapshot's still.
    static func latest(_ snapshot: StoreSnapshot, appended: Range<Int>, after before: [TickerEntry]) -> [TickerEntry] {
        let fresh = entries(awards: [], enrollments: snapshot.enrollments[appended].suffix(kept).reversed(), in: snapshot)
        return taking(snapshot.awards, enrollments: Array((fresh + enrollmentEntries(of: before)).prefix(kept)))
    }

    /// The enrollments' entries of a ticker, in its order.
    private static func enrollmentEntries(of entries: [TickerEntry]) -> [TickerEntry] {
        entries.filter { if case .enrollment = $0.what { true } else { false } }
    }

    /// The last awards and `enrollments` (newest first) in turn.
    private static func taking(_ all: [Award], enrollments: [TickerEntry]) -> [TickerEntry] {
        let awards = all.suffix(kept).reversed().map { TickerEntry(what: .award($0), date: $0.date) }
        var out: [TickerEntry] = []
        for i in 0..<max(awards.count, enrollments.count) where out.count < kept {
            if i < awards.count { out.append(awards[i]) }
            if i < enrollments.count, out.count < kept { out.append(enrollments[i]) }
        }
        return out
    }

    /// Entries for `awards`, then `enrollments`, in the order given; an enrollment names its
    /// learner and class as `snapshot` has them.
    static func entries(awards: some Collection<Award>, enrollments: some Collection<Enrollment>, in snapshot: StoreSnapshot) -> [TickerEntry] {
        let wanted = Set(enrollments.map(\.learnerId))
        var names: [String: String] = [:]
        if !wanted.isEmpty {
            // Newest learners first, stopping when every name is found: the last record of an id is
            // the one named, as a pass from the start that kept overwriting named it. A few ids are
            // compared as they are rather than hashed (a pass hashing 100.000 ids was most of the
            // time from a form's enrollment to the screen).
            let few = wanted.count <= 8 ? Array(wanted) : nil
            for l in snapshot.learners.reversed() {
                guard few?.contains(l.id) ?? wanted.contains(l.id), names[l.id] == nil else { continue }
                names[l.id] = l.name
                if names.count == wanted.count { break }
            }
        }
        var courses: [String: String] = [:]
        if !enrollments.isEmpty {
            for c in snapshot.classes { courses[c.id] = c.name }
        }
        return awards.map { TickerEntry(what: .award($0), date: $0.date) } + enrollments.map { e in
            TickerEntry(what: .enrollment(e, learner: names[e.learnerId] ?? e.learnerId, course: courses[e.classId] ?? e.classId), date: e.date)
        }
    }

    /// The ticker's lines: what arrived while the dashboard ran, newest first, then the store's
    /// last recorded records that are not among them.
    static func ticker(arrivals: [TickerEntry], latest: [TickerEntry]) -> [TickerEntry] {
        guard !arrivals.isEmpty else { return latest }
        let shown = Set(arrivals.map(\.identity))
        return Array((arrivals + latest.filter { !shown.contains($0.identity) }).prefix(kept))
    }

    /// The entries whose records `snapshot` still holds (a record taken out, or corrected, since
    /// it arrived is no longer news). The newest records are looked for near the end first.
    static func stillIn(_ snapshot: StoreSnapshot, _ entries: [TickerEntry]) -> [TickerEntry] {
        guard !entries.isEmpty else { return [] }
        func holds(_ entry: TickerEntry) -> Bool {
            switch entry.what {
            case .award(let a):
                return snapshot.awards.suffix(256).contains(a) || snapshot.awards.contains(a)
            case .enrollment(let e, _, _):
                let same = { (x: Enrollment) in x.classId == e.classId && x.learnerId == e.learnerId && x.date == e.date }
                return snapshot.enrollments.suffix(256).contains(where: same) || snapshot.enrollments.contains(where: same)
            }
        }
        return entries.filter(holds)
    }

    /// Which record the entry is about: an award's id, an enrollment's class and learner.
    var identity: String {
        switch what {
        case .award(let a): "A|" + a.id
        case .enrollment(let e, _, _): "E|" + FreshItems.key(e)
        }
    }
}
