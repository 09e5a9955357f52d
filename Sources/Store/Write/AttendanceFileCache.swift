/// What the dashboard's attendance marks keep of `attendance.rec` between them: its checksum and the two heads a mark's check reads, valid while the file is as stamped.

import Recfile

/// A mark appended against the snapshot on screen (`SnapshotAttendance`) needs three things of
/// the whole file: the undo journal's FNV-1a of it before the append, its head up to the first
/// enrollment (the Enrollment descriptor) and its Attendance part up to the first mark (the
/// descriptor, the comments above it). They are worked out once — one reading of the file — and
/// carried forward by each mark and enrollment the dashboard writes (neither moves the heads); a
/// file stamped otherwise (another program wrote) has them worked out again.
struct AttendanceFileCache: Sendable {
    /// The store's stamps when the rest was true of `attendance.rec`.
    private(set) var stamps: StoreFileStamps?
    private(set) var hash: UInt64 = 0
    private(set) var enrollmentHead: [UInt8] = []
    private(set) var attendanceHead: [UInt8] = []

    static let file = StoreSchema.attendance.file

    /// Makes the cache true of `attendance.rec` in `folder` as `stamps` says it is, laid out as
    /// `snapshot` (read from it) says; false when the file moved while it was read, or its parts
    /// are not where the snapshot puts them.
    mutating func refresh(_ folder: String, stamps: StoreFileStamps, snapshot: StoreSnapshot) -> Bool {
        if let known = self.stamps, known.same(Self.file, as: stamps) {
            self.stamps = stamps
            return true
        }
        self.stamps = nil
        guard let first = snapshot.enrollments.first, let last = snapshot.enrollments.last, let mark = snapshot.attendance.first,
              let bytes = try? FileAccess.readAll(RecWriter.storePath(Self.file, in: folder)), bytes.count == stamps.size(of: Self.file),
              StoreFileStamps(directory: folder).same(Self.file, as: stamps),
              let heads = bytes.withUnsafeBufferPointer({ Self.heads($0, first: first.source.line, last: last.source.line,
                                                                     mark: mark.source.line) }) else { return false }
        hash = UndoChange.fnv(bytes)
        (enrollmentHead, attendanceHead) = (Array(bytes[heads.enrollment]), Array(bytes[heads.attendance]))
        self.stamps = stamps
        return true
    }

    /// The file after `added` was appended (a mark), as now stamped.
    mutating func appended(_ added: [UInt8], stamps: StoreFileStamps) {
        hash = UndoChange.fnv(added, from: hash)
        self.stamps = stamps
    }

    /// The file after an enrollment went in before its Attendance part, or a mark came out of it,
    /// when the cache was true of it just before (`before`): the heads stand (the text before the
    /// first mark is the same), the checksum is the file's after.
    mutating func rewritten(hashAfter: UInt64, before: StoreFileStamps, stamps: StoreFileStamps) {
        guard let known = self.stamps, known.same(Self.file, as: before) else { return }
        hash = hashAfter
        self.stamps = stamps
    }

    /// The byte ranges of the two heads: the file before line `first` (the first enrollment), and
    /// its Attendance part from where an enrollment would go to line `mark` (the first mark).
    private static func heads(_ bytes: UnsafeBufferPointer<UInt8>, first: Int, last: Int,
                              mark: Int) -> (enrollment: Range<Int>, attendance: Range<Int>)? {
        guard let part = SnapshotEnrollment.enrollmentPart(bytes, first: first, last: last, attendance: mark) else { return nil }
        // The lines from the Attendance part's start on, numbered from where it starts.
        var markStart: Int?
        ShortClassStore.forEachLine(UnsafeBufferPointer(rebasing: bytes[part.place...])) { line, start, _ in
            guard part.linesBefore + line == mark else { return part.linesBefore + line < mark }
            markStart = part.place + start
            return false
        }
        guard let markStart else { return nil }
        return (0..<part.head, part.place..<markStart)
    }
}
