/// What the dashboard's writes keep of `awards.rec` between them: its checksum and its ids' pattern, valid while the file is as stamped.

import Recfile

/// An award written against the snapshot on screen still needs two things of the whole file: the
/// undo journal's FNV-1a of the file after the append (continued from the file's checksum before),
/// and the next id (from the ids' pattern, `IdPattern`). Both are worked out once — a reading of
/// the file, a pass over the snapshot's ids — and then carried forward by each write the
/// dashboard makes; a file stamped otherwise (another program wrote) has them worked out again.
public struct SnapshotWriteCache: Sendable {
    /// The stamps of the store when `hash` and `ids` were true of `awards.rec`.
    var stamps: StoreFileStamps?
    var hash: UInt64 = 0
    var ids: [String] = []
    /// The same for `attendance.rec`, for the roster's marks.
    var attendance = AttendanceFileCache()
    /// True when the last write was checked against the snapshot, written or refused (false: the usual way).
    public internal(set) var lastUsedSnapshot = false
    /// The last addition's files before and after it (nil after any other write).
    public internal(set) var lastWrite: OwnWrite?

    public init() {}

    /// Makes the cache true of `awards.rec` in `folder` as `stamps` says it is, and the awards of
    /// `snapshot` (read from it); false when the file moved while it was read.
    mutating func refresh(_ folder: String, stamps: StoreFileStamps, awards snapshot: StoreSnapshot) -> Bool {
        if let known = self.stamps, known.same("awards.rec", as: stamps) {
            self.stamps = stamps
            return true
        }
        self.stamps = nil
        let path = RecWriter.storePath("awards.rec", in: folder)
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        guard let read = try? FileWindows.read(path, { piece, _, _ in h = UndoChange.fnv(piece, from: h) }),
              read.size == stamps.size(of: "awards.rec"), StoreFileStamps(directory: folder).same("awards.rec", as: stamps) else {
            return false
        }
        hash = h
        ids = IdPattern.short(snapshot.awards.lazy.map(\.id))
        self.stamps = stamps
        return true
    }

    /// The file after `added` was appended and `id` used, as now stamped.
    mutating func appended(_ added: [UInt8], id: String, stamps: StoreFileStamps) {
        hash = UndoChange.fnv(added, from: hash)
        ids = IdPattern.short(ids + [id])
        self.stamps = stamps
    }
}
