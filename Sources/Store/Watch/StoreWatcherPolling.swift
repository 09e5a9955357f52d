/// The watcher's fallback: compares the device, inode, size and mtime of each `*.rec` file at intervals.

import Foundation
import Recfile

/// Sees changes to a folder's `*.rec` files by looking at them no more often than `interval`. A
/// file's state is its identity as the loader records it: changed content or a replaced file changes it.
struct StoreWatcherPolling {
    let directory: String
    let interval: UInt64
    private var lastLook: UInt64 = 0
    private var seen: [String: FileWindows.Identity]

    init(directory: String, intervalMilliseconds: Int) {
        self.directory = directory
        interval = UInt64(max(1, intervalMilliseconds)) * 1_000_000
        seen = Self.identities(of: directory)
        lastLook = StoreWatcherDebounce.now
    }

    /// True when the folder's `*.rec` files differ from the last look; looks only once per interval.
    mutating func changed(at now: UInt64 = StoreWatcherDebounce.now) -> Bool {
        guard now &- lastLook >= interval else { return false }
        lastLook = now
        let current = Self.identities(of: directory)
        guard current != seen else { return false }
        seen = current
        return true
    }

    /// The identity of every relevant file in `directory`; empty when it cannot be listed.
    static func identities(of directory: String) -> [String: FileWindows.Identity] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [:] }
        var out: [String: FileWindows.Identity] = [:]
        for name in names where StoreWatcher.isRelevant(name) {
            out[name] = FileWindows.identity(directory + "/" + name)
        }
        return out
    }
}
