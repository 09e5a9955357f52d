/// The watcher's Linux source: an inotify descriptor on the store folder, read without blocking.

#if os(Linux)
import Glibc

/// An inotify watch on one folder. Reading drains every queued event and says whether any of
/// them concerned a `*.rec` file (or the queue overflowed, when nothing can be ruled out), and
/// whether the watch itself ended: the folder was deleted or renamed away (`IN_DELETE_SELF`,
/// `IN_MOVE_SELF`, `IN_IGNORED`). The descriptor stays the same when the path is watched again.
final class StoreWatcherInotify {
    let fileDescriptor: Int32
    /// The current watch, -1 when there is none (the folder is gone).
    private var watch: Int32 = -1
    /// Room for many events at once; reused by every `drain`.
    private var buffer = [UInt8](repeating: 0, count: 16 * 1024)

    static let mask = UInt32(IN_MODIFY) | UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_MOVED_FROM)
        | UInt32(IN_CREATE) | UInt32(IN_DELETE) | UInt32(IN_ATTRIB) | UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF)
    /// The events that say the watched folder is no longer the one at the path.
    static let selfGone = UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF) | UInt32(IN_IGNORED)

    /// Nil when inotify is unavailable or the folder cannot be watched; the caller then polls.
    init?(directory: String) {
        let fd = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        fileDescriptor = fd
        guard watch(directory) else { return nil }
    }

    deinit { close(fileDescriptor) }

    /// Whether a folder is being watched.
    var isWatching: Bool { watch >= 0 }

    /// Watches the folder now at `directory`, in place of the one watched before; false when
    /// there is none to watch (then nothing is).
    @discardableResult
    func watch(_ directory: String) -> Bool {
        unwatch()
        watch = inotify_add_watch(fileDescriptor, directory, Self.mask)
        return watch >= 0
    }

    /// Ends the current watch, if the kernel has not already.
    func unwatch() {
        if watch >= 0 { _ = inotify_rm_watch(fileDescriptor, watch) }
        watch = -1
    }

    /// What the queued events said.
    struct Drained: Equatable {
        /// A `*.rec` file changed (or events were lost).
        var relevant = false
        /// The watched folder was deleted or renamed away, or its watch ended.
        var lost = false
    }

    /// Reads all queued events.
    func drain() -> Drained {
        var out = Drained()
        while true {
            let fd = fileDescriptor
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return out }
            let found = Self.scan(buffer[..<count], watch: watch)
            out.relevant = out.relevant || found.relevant
            out.lost = out.lost || found.lost
        }
    }

    /// Walks `struct inotify_event` records: wd, mask, cookie, len (4 bytes each), then len bytes of
    /// NUL-padded name. Only events of the current watch `watch` can say it was lost (a watch
    /// removed before gives an `IN_IGNORED` too).
    static func scan(_ bytes: ArraySlice<UInt8>, watch: Int32) -> Drained {
        let header = 16
        var pos = bytes.startIndex
        var out = Drained()
        while pos + header <= bytes.endIndex {
            let wd = Int32(bitPattern: word(bytes, pos))
            let mask = word(bytes, pos + 4)
            let length = Int(word(bytes, pos + 12))
            let nameStart = pos + header
            let nameEnd = min(nameStart + length, bytes.endIndex)
            if mask & UInt32(IN_Q_OVERFLOW) != 0 { out.relevant = true }
            if mask & selfGone != 0, wd == watch { out.lost = true }
            if length > 0 {
                let raw = bytes[nameStart..<nameEnd].prefix { $0 != 0 }
                if StoreWatcher.isRelevant(String(decoding: raw, as: UTF8.self)) { out.relevant = true }
            }
            pos = nameEnd
        }
        return out
    }

    /// A `uint32_t` in the machine's own byte order, as the kernel wrote it.
    private static func word(_ bytes: ArraySlice<UInt8>, _ at: Int) -> UInt32 {
        var value: UInt32 = 0
        withUnsafeMutableBytes(of: &value) { raw in
            for i in 0..<4 { raw[i] = bytes[at + i] }
        }
        return value
    }
}
#endif
