/// Records that just appeared in the store, highlighted for a few seconds so the hall sees them arrive.

import Store

public struct FreshItems: Hashable, Sendable {
    /// Ids of awards that appeared in the last reload.
    public var awards: Set<String> = []
    /// Enrollments that appeared, as "class|learner".
    public var enrollments: Set<String> = []
    /// Until when they are highlighted.
    public var until: Moment?

    /// How long a new record stays highlighted.
    public static let seconds = 8

    public init() {}

    public static func key(_ e: Enrollment) -> String { e.classId + "|" + e.learnerId }

    public func isFresh(award id: String, at now: Moment) -> Bool {
        guard let until, now < until else { return false }
        return awards.contains(id)
    }

    public func isFresh(_ e: Enrollment, at now: Moment) -> Bool {
        guard let until, now < until else { return false }
        return enrollments.contains(Self.key(e))
    }

    /// The records of `new` that `old` did not have, when the store only grew at the end of its
    /// files (the usual case: records are appended); after other edits nothing is marked.
    static func appeared(from old: StoreSnapshot, to new: StoreSnapshot) -> (awards: [String], enrollments: [String]) {
        func tail<T>(_ a: [T], _ b: [T], same: (T, T) -> Bool) -> ArraySlice<T> {
            guard b.count > a.count, a.isEmpty || same(a[a.count - 1], b[a.count - 1]) else { return [] }
            return b[a.count...]
        }
        let awards = tail(old.awards, new.awards) { $0.id == $1.id }.map(\.id)
        let enrollments = tail(old.enrollments, new.enrollments) { key($0) == key($1) }.map(key)
        return (awards, enrollments)
    }
}
