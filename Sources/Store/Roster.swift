/// A class list: the learners enrolled in one class, in the order Vietnamese class lists use.

import VietText
import Recfile

/// The roster of one class, as the teacher's sheet and the dashboard list it: each learner once,
/// sorted by given name, then middle names, then family name (`VietText.nameSortKey`), ties by
/// the learner's id; with the sessions each attended out of the sessions held (the distinct
/// dates of the class's attendance records).
public struct Roster: Sendable {
    public struct Entry: Sendable, Equatable {
        public let learner: Learner
        /// The date of the learner's first enrollment in the class, when it has one.
        public let enrolledOn: CalendarDate?
        /// Sessions of the class the learner attended.
        public let attended: Int
    }

    public let course: Course
    public let entries: [Entry]
    /// The distinct dates of the class's attendance records, oldest first.
    public let sessionsHeld: [CalendarDate]

    /// The roster of the class `classId`; nil when the store has no such class.
    public init?(classId: String, snapshot: StoreSnapshot) {
        guard let course = snapshot.classes.first(where: { $0.id == classId }) else { return nil }
        self.course = course
        var enrolledOn: [String: CalendarDate?] = [:]
        var order: [String] = []
        for e in snapshot.enrollments where e.classId == classId {
            if let seen = enrolledOn[e.learnerId] {
                if let d = e.date, seen.map({ d < $0 }) ?? true { enrolledOn[e.learnerId] = d }
            } else {
                enrolledOn[e.learnerId] = e.date
                order.append(e.learnerId)
            }
        }
        var attended: [String: Int] = [:]
        var dates = Set<CalendarDate>()
        var seen = Set<String>()
        for a in snapshot.attendance where a.classId == classId {
            dates.insert(a.date)
            // A session marked twice counts once.
            if seen.insert(a.learnerId + "|" + a.date.description).inserted { attended[a.learnerId, default: 0] += 1 }
        }
        var byId: [String: Learner] = [:]
        for l in snapshot.learners where enrolledOn[l.id] != nil { byId[l.id] = l }
        let entries = order.compactMap { id in
            byId[id].map { Entry(learner: $0, enrolledOn: enrolledOn[id] ?? nil, attended: attended[id] ?? 0) }
        }
        self.entries = Self.sorted(entries)
        sessionsHeld = dates.sorted()
    }

    /// Entries in class-list order: Vietnamese name keys, then ids.
    static func sorted(_ entries: [Entry]) -> [Entry] {
        entries.map { (key: VietText.nameSortKey($0.learner.name), entry: $0) }
            .sorted { $0.key != $1.key ? $0.key < $1.key : $0.entry.learner.id < $1.entry.learner.id }
            .map(\.entry)
    }
}
