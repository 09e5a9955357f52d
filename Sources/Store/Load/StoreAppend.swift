/// Which records a reload only appended to the snapshot before it: positions in the new snapshot's arrays.

/// The records a live reload added at the end of the sets that grow by appends (awards, donations,
/// enrollments, attendance, the ceremony log), every other set and every earlier record unchanged.
/// A viewer updates what it derived from the old snapshot with these records alone, instead of
/// deriving everything again (see `LiveStore.lastAppend`).
public struct StoreAppend: Hashable, Sendable {
    public var awards: Range<Int>
    public var donations: Range<Int>
    public var enrollments: Range<Int>
    public var attendance: Range<Int>
    public var agendaLog: Range<Int>

    /// True when nothing was appended (a reload that only changed the problems).
    public var isEmpty: Bool {
        awards.isEmpty && donations.isEmpty && enrollments.isEmpty && attendance.isEmpty && agendaLog.isEmpty
    }
}

/// How a snapshot ends: the count of every set and the last record of each set that grows by
/// appends. Small, so it is kept instead of the snapshot itself, which lets the reloader grow the
/// snapshot's arrays in place.
public struct SnapshotEnd: Hashable, Sendable {
    /// The record count of every set, in a fixed order.
    private let counts: [Int]
    private let lastAward: Award?
    private let lastDonation: Donation?
    private let lastEnrollment: Enrollment?
    private let lastAttendance: Attendance?
    private let lastAgendaLog: AgendaLogEntry?

    public init(_ s: StoreSnapshot) {
        counts = Self.counts(s)
        lastAward = s.awards.last
        lastDonation = s.donations.last
        lastEnrollment = s.enrollments.last
        lastAttendance = s.attendance.last
        lastAgendaLog = s.agendaLog.last
    }

    /// What `snapshot` appended to the snapshot this end was taken from; nil when a set shrank,
    /// a set that does not grow by appends changed its count, or the last record of a growing set
    /// is no longer the same (the reloader reads the record after the file's last boundary again,
    /// so an edit of that record in place is caught here).
    public func append(in snapshot: StoreSnapshot) -> StoreAppend? {
        let now = Self.counts(snapshot)
        guard now[Self.growing...] == counts[Self.growing...] else { return nil }
        func range<T: Equatable>(_ slot: Int, _ array: [T], _ last: T?) -> Range<Int>? {
            let old = counts[slot]
            guard array.count >= old else { return nil }
            if old > 0, array[old - 1] != last { return nil }
            return old..<array.count
        }
        guard let awards = range(0, snapshot.awards, lastAward), let donations = range(1, snapshot.donations, lastDonation),
              let enrollments = range(2, snapshot.enrollments, lastEnrollment),
              let attendance = range(3, snapshot.attendance, lastAttendance),
              let agendaLog = range(4, snapshot.agendaLog, lastAgendaLog) else { return nil }
        return StoreAppend(awards: awards, donations: donations, enrollments: enrollments, attendance: attendance, agendaLog: agendaLog)
    }

    /// The slots of `counts` from which on a set may not grow: the first five (awards, donations,
    /// enrollments, attendance, the ceremony log) may.
    private static let growing = 5

    private static func counts(_ s: StoreSnapshot) -> [Int] {
        [s.awards.count, s.donations.count, s.enrollments.count, s.attendance.count, s.agendaLog.count,
         s.campaigns.count, s.targets.count, s.indicators.count, s.agenda.count, s.classes.count, s.learners.count,
         s.branches.count, s.clans.count, s.titles.count, s.bodies.count, s.signers.count, s.papers.count,
         s.fundYears.count, s.expenses.count, s.criteriaSets.count, s.communities.count, s.units.count,
         s.partyCells.count, s.families.count, s.registrations.count, s.assessments.count]
    }
}
