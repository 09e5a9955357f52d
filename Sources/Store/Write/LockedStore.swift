/// Every write's first steps: the store's lock, a torn append repaired, the files read; the files list noted at the end.

import Foundation
import Recfile

/// What additions, edits, removals and undo share: all of them read, check and write while
/// holding the store's exclusive lock, so no other writer can change what was checked.
enum LockedStore {
    /// Runs `body` with the store's files as read under the lock (by name; a missing file is
    /// absent), after repairing a torn append (so that a rewrite never writes its bytes back), and
    /// notes the store's files in `.hoctap-files` afterwards.
    static func withFiles<T>(in folder: String, lockTimeout: Duration?,
                             _ body: (borrowing StoreLock, [String: [UInt8]]) throws -> T) throws -> T {
        try withLock(in: folder, lockTimeout: lockTimeout) { lock in try body(lock, try readFiles(in: folder)) }
    }

    /// The same steps without reading the files: for a write that checks against what it already
    /// holds and reads them only when they changed.
    static func withLock<T>(in folder: String, lockTimeout: Duration?, _ body: (borrowing StoreLock) throws -> T) throws -> T {
        try FileAccess.checkFolder(folder)
        return try StoreLock.withExclusive(in: folder, timeout: lockTimeout) { lock in
            _ = try RecWriter.recoverAppend(under: lock)
            defer { StoreManifest.update(in: lock.folder) }
            return try body(lock)
        }
    }

    /// The store files present in `folder`, by name.
    static func readFiles(in folder: String) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for name in StoreSchema.files {
            let path = RecWriter.storePath(name, in: folder)
            guard FileManager.default.fileExists(atPath: path) else { continue }
            files[name] = try FileAccess.readAll(path)
        }
        return files
    }
}
