/// The watcher's fallback: compares mtime, size and inode of each `*.rec` file at intervals.

import Foundation

/// Sees changes to a folder's `*.rec` files by looking at them no more often than `interval`.
struct StoreWatcherPolling {
    /// What identifies one state of a file: changed content or a replaced file changes it.
    struct Fingerprint: Equatable {
        var inode: UInt64
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
    }

    let directory: String
    let interval: UInt64
    private var lastLook: UInt64 = 0
    private var seen: [String: Fingerprint]

    init(directory: String, intervalMilliseconds: Int) {
        self.directory = directory
        interval = UInt64(max(1, intervalMilliseconds)) * 1_000_000
        seen = Self.fingerprints(of: directory)
        lastLook = StoreWatcherDebounce.now
    }

    /// True when the folder's `*.rec` files differ from the last look; looks only once per interval.
    mutating func changed(at now: UInt64 = StoreWatcherDebounce.now) -> Bool {
        guard now &- lastLook >= interval else { return false }
        lastLook = now
        let current = Self.fingerprints(of: directory)
        guard current != seen else { return false }
        seen = current
        return true
    }

    /// The fingerprint of every relevant file in `directory`; empty when it cannot be listed.
    static func fingerprints(of directory: String) -> [String: Fingerprint] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [:] }
        var out: [String: Fingerprint] = [:]
        for name in names where StoreWatcher.isRelevant(name) {
            var info = stat()
            guard stat(directory + "/" + name, &info) == 0 else { continue }
            #if os(Linux)
            let time = info.st_mtim
            #else
            let time = info.st_mtimespec
            #endif
            out[name] = Fingerprint(inode: UInt64(info.st_ino), size: Int64(info.st_size),
                                    seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec))
        }
        return out
    }
}
