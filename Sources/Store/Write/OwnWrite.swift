/// A write this program made to the store it shows: the files stamped just before it and just after it, under the lock, and the enrollments it put in.

/// A dashboard's enrollment goes before the Attendance part of `attendance.rec`, so the file is
/// rewritten. When the files were, just before the write, those the snapshot on screen was read
/// from, and the reload finds them as the write left them, the only change is the write's own
/// records: `LiveStore.reload(after:)` then reads the inserted text alone (`insertion`), moves
/// what follows it, and says the reload appended the enrollments (`StoreAppend`), which the panes
/// count in place.
public struct OwnWrite: Equatable, Sendable {
    /// True when the files under the lock, before the write, were those of the snapshot shown.
    public var fromShown: Bool
    /// The files as the write left them.
    public var after: StoreFileStamps
    /// The enrollments the write put in, when it put in nothing else; nil for any other write.
    public var enrollments: Int?
    /// Where those enrollments went in `attendance.rec`, when the write put them there at one
    /// record boundary: the reload then reads them alone (`LiveStore.reload(after:)`).
    public var insertion: FileInsertion?
    /// The record the write took out, when it took out one record and nothing else: the reload
    /// then drops it alone (`LiveStore.reload(after:)`).
    public var removal: FileRemoval?

    /// The write of `records`, from files stamped `before` (under the lock), the snapshot shown
    /// having `shown`, with the text it put inside files (`insertions`).
    init(records: [NewRecord], before: StoreFileStamps, shown: StoreFileStamps, after: StoreFileStamps,
         insertions: [FileInsertion] = [], removal: FileRemoval? = nil) {
        fromShown = before == shown
        self.after = after
        enrollments = !records.isEmpty && records.allSatisfy { $0.set == StoreSchema.enrollment.name } ? records.count : nil
        insertion = enrollments != nil && insertions.count == 1 && insertions[0].file == StoreSchema.enrollment.file
            ? insertions[0] : nil
        self.removal = records.isEmpty && insertions.isEmpty ? removal : nil
    }

    /// The append that `new` (the store read whole after the write) is of `old` (the snapshot
    /// shown before it): the enrollments at the end, when every other set kept its records and
    /// the problems are the same but for their lines; nil otherwise.
    func append(from old: StoreSnapshot.Counts, to new: StoreSnapshot) -> StoreAppend? {
        guard let enrollments, new.enrollments.count == old.enrollments + enrollments,
              new.awards.count == old.awards, new.donations.count == old.donations,
              new.attendance.count == old.attendance, new.agendaLog.count == old.agendaLog,
              old.lastEnrollment.map({ new.enrollments[old.enrollments - 1] == $0 }) ?? true,
              old.problems == StoreSnapshot.Counts.problems(new) else { return nil }
        return StoreAppend(awards: old.awards..<old.awards, donations: old.donations..<old.donations,
                           enrollments: old.enrollments..<new.enrollments.count, attendance: old.attendance..<old.attendance,
                           agendaLog: old.agendaLog..<old.agendaLog)
    }
}

extension StoreSnapshot {
    /// What `OwnWrite.append` compares of the snapshot before a write: the sets in the file an
    /// enrollment goes to and those that grow, the last enrollment, the problems without their lines.
    struct Counts {
        var awards, donations, enrollments, attendance, agendaLog: Int
        var lastEnrollment: Enrollment?
        var problems: [String]

        init(_ s: StoreSnapshot) {
            (awards, donations, enrollments, attendance, agendaLog) =
                (s.awards.count, s.donations.count, s.enrollments.count, s.attendance.count, s.agendaLog.count)
            lastEnrollment = s.enrollments.last
            problems = Self.problems(s)
        }

        static func problems(_ s: StoreSnapshot) -> [String] {
            s.problems.map { "\($0.file) \($0.severity) \($0.field ?? "") \($0.message)" }.sorted()
        }
    }
}
