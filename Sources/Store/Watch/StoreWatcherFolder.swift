/// Which folder is at the store's path now: noticing it deleted, recreated or swapped by a rename.

import Foundation

/// The device and inode of the folder at `directory`, looked at no more often than `interval`
/// (or at once when asked). A change means the watch is on the wrong folder or on none.
struct StoreWatcherFolder {
    struct Identity: Equatable {
        var device: UInt64
        var inode: UInt64
    }

    let directory: String
    let interval: UInt64
    private var lastLook: UInt64
    /// The folder seen at the last look; nil when there was none.
    private(set) var identity: Identity?

    init(directory: String, intervalMilliseconds: Int) {
        self.directory = directory
        interval = UInt64(max(1, intervalMilliseconds)) * 1_000_000
        identity = Self.identity(of: directory)
        lastLook = StoreWatcherDebounce.now
    }

    /// True when the folder at the path is not the one seen last (gone, back, or another one).
    /// Looks once per interval, or now when `force`.
    mutating func changed(at now: UInt64 = StoreWatcherDebounce.now, force: Bool = false) -> Bool {
        guard force || now &- lastLook >= interval else { return false }
        lastLook = now
        let current = Self.identity(of: directory)
        guard current != identity else { return false }
        identity = current
        return true
    }

    /// The identity of the folder at `path`; nil when there is no folder there.
    static func identity(of path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
}
