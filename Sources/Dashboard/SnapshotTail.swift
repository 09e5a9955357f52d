/// How a snapshot ends: enough to tell, after a reload, which records were appended to it.

import Store

/// The counts and last keys of the sets whose new records are highlighted. Kept instead of the
/// old snapshot itself, so a reload can grow the store's arrays in place rather than copy them.
public struct SnapshotTail: Hashable, Sendable {
    public var awards: Int
    public var lastAward: String?
    public var enrollments: Int
    public var lastEnrollment: String?

    public init(_ snapshot: StoreSnapshot) {
        awards = snapshot.awards.count
        lastAward = snapshot.awards.last?.id
        enrollments = snapshot.enrollments.count
        lastEnrollment = snapshot.enrollments.last.map(FreshItems.key)
    }
}
