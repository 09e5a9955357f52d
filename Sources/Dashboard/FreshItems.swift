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

    /// The records of `new` that were not in the snapshot `old` describes, when the store only
    /// grew at the end of its files (the usual case: records are appended); after other edits
    /// nothing is marked.
    static func appeared(from old: SnapshotTail, to new: StoreSnapshot) -> (awards: ArraySlice<Award>, enrollments: ArraySlice<Enrollment>) {
        func tail<T>(_ count: Int, _ last: String?, _ b: [T], key: (T) -> String) -> ArraySlice<T> {
            guard b.count > count, count == 0 || key(b[count - 1]) == last else { return [] }
            return b[count...]
        }
        return (tail(old.awards, old.lastAward, new.awards) { $0.id }, tail(old.enrollments, old.lastEnrollment, new.enrollments, key: key))
    }
}
