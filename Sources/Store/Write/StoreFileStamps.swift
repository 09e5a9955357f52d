/// The store's files as `stat` sees them (device, inode, size, modification time), to tell whether they are still those a snapshot was read from.

import Recfile

/// One stamp per store file (nil for a missing one). Two equal stamps taken before and after a
/// read say the read saw those files; equal stamps later say nobody wrote since: an append moves
/// the size and the time, a rename-save the inode. A stat per file costs microseconds, so a write
/// from the dashboard can ask it under the lock instead of reading the files.
public struct StoreFileStamps: Equatable, Sendable {
    private var stamps: [FileWindows.Identity?]

    /// The stamps of `directory`'s store files now.
    public init(directory: String) {
        stamps = StoreSchema.files.map { FileWindows.identity(RecWriter.storePath($0, in: directory)) }
    }

    /// The size of `file` as stamped; nil when it was missing or is no store file.
    func size(of file: String) -> Int? {
        StoreSchema.files.firstIndex(of: file).flatMap { stamps[$0]?.size }
    }

    /// True when `file`'s stamp is the same in both.
    func same(_ file: String, as other: StoreFileStamps) -> Bool {
        guard let i = StoreSchema.files.firstIndex(of: file) else { return false }
        return stamps[i] == other.stamps[i]
    }

    /// The stamps of `directory` around `read`, when nothing changed during it: what `read`
    /// returned was read from the files these stamps describe. Nil when a stamp moved.
    static func around<T>(_ directory: String, _ read: () throws -> T) rethrows -> (T, StoreFileStamps?) {
        let before = StoreFileStamps(directory: directory)
        let value = try read()
        let after = StoreFileStamps(directory: directory)
        return (value, before == after ? after : nil)
    }
}
