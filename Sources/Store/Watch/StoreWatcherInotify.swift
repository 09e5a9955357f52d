/// The watcher's Linux source: an inotify descriptor on the store folder, read without blocking.

#if os(Linux)
import Glibc

/// An inotify watch on one folder. Reading drains every queued event and says whether any of
/// them concerned a `*.rec` file (or the queue overflowed, when nothing can be ruled out).
final class StoreWatcherInotify {
    let fileDescriptor: Int32
    /// Room for many events at once; reused by every `drain`.
    private var buffer = [UInt8](repeating: 0, count: 16 * 1024)

    /// Nil when inotify is unavailable or the folder cannot be watched; the caller then polls.
    init?(directory: String) {
        let fd = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        let mask = UInt32(IN_MODIFY) | UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_MOVED_FROM)
            | UInt32(IN_CREATE) | UInt32(IN_DELETE) | UInt32(IN_ATTRIB)
        guard inotify_add_watch(fd, directory, mask) >= 0 else {
            close(fd)
            return nil
        }
        fileDescriptor = fd
    }

    deinit { close(fileDescriptor) }

    /// Reads all queued events; true when at least one names a relevant file.
    func drain() -> Bool {
        var relevant = false
        while true {
            let fd = fileDescriptor
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return relevant }
            if Self.scan(buffer[..<count]) { relevant = true }
        }
    }

    /// Walks `struct inotify_event` records: wd, mask, cookie, len (4 bytes each), then len bytes of
    /// NUL-padded name.
    static func scan(_ bytes: ArraySlice<UInt8>) -> Bool {
        let header = 16
        var pos = bytes.startIndex
        var relevant = false
        while pos + header <= bytes.endIndex {
            let mask = word(bytes, pos + 4)
            let length = Int(word(bytes, pos + 12))
            let nameStart = pos + header
            let nameEnd = min(nameStart + length, bytes.endIndex)
            if mask & UInt32(IN_Q_OVERFLOW) != 0 { relevant = true }
            if length > 0 {
                let raw = bytes[nameStart..<nameEnd].prefix { $0 != 0 }
                if StoreWatcher.isRelevant(String(decoding: raw, as: UTF8.self)) { relevant = true }
            }
            pos = nameEnd
        }
        return relevant
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
