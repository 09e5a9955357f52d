/// Reading a store file in pieces cut at record boundaries, and finding the lines problems name in a piece.

import Foundation

/// Reads a file with pread(2) into one buffer of a few megabytes, handing over pieces that end
/// just after a record boundary, so a large file is never in memory whole.
enum FileWindows {
    static let size = 8 << 20

    /// What a reload compares to tell whether a file changed: device, inode, size and modification time.
    struct Identity: Equatable {
        var device: UInt64
        var inode: UInt64
        var size: Int
        var modified: Int
    }

    /// Calls `body` with each piece of the file from `offset` on: its bytes, its file offset, and
    /// whether it is the last (the rest of the file). Returns the file's identity as it was opened,
    /// with `size` the offset just past the last byte read.
    @discardableResult
    static func read(_ path: String, from offset: Int = 0, size window: Int = FileWindows.size,
                     _ body: (UnsafeBufferPointer<UInt8>, Int, Bool) throws -> Void) throws -> Identity {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError.unreadable(path: path, reason: lastErrorText()) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw StoreError.unreadable(path: path, reason: lastErrorText()) }
        var identity = Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: 0,
                                modified: Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec))
        let expected = max(0, Int(info.st_size) - offset)
        var capacity = max(4096, min(window, expected + 1))
        var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        var filled = 0
        var base = offset
        while true {
            var atEnd = false
            while filled < capacity {
                let n = pread(fd, buffer + filled, capacity - filled, off_t(base + filled))
                if n > 0 {
                    filled += n
                } else if n == 0 {
                    atEnd = true
                    break
                } else if errno != EINTR {
                    throw StoreError.unreadable(path: path, reason: lastErrorText())
                }
            }
            let bytes = UnsafeBufferPointer(start: buffer, count: filled)
            if atEnd {
                try body(bytes, base, true)
                identity.size = base + filled
                return identity
            }
            var lineEnd = filled
            while lineEnd > 0, buffer[lineEnd - 1] != 0x0A { lineEnd -= 1 }
            if let cut = RecBoundary.last(in: bytes, to: lineEnd), cut > 0 {
                try body(UnsafeBufferPointer(start: buffer, count: cut), base, false)
                (buffer + cut).withMemoryRebound(to: UInt8.self, capacity: filled - cut) { rest in
                    buffer.update(from: rest, count: filled - cut)
                }
                base += cut
                filled -= cut
            } else {
                // One record longer than the buffer: make room for more of it.
                let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
                grown.update(from: buffer, count: filled)
                buffer.deallocate()
                buffer = grown
                capacity *= 2
            }
        }
    }

    /// The identity of the file at `path` now, or nil when it cannot be examined.
    static func identity(_ path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int(info.st_size),
                        modified: Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec))
    }

    static func lastErrorText() -> String {
        let code = errno
        guard let text = strerror(code) else { return "system error \(code)" }
        return String(cString: text)
    }
}

/// The lines of one piece of a file, found on demand, for the excerpts of the problems found in it.
struct LineFinder {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The file offset of the piece, and the number of its first line.
    let base: Int
    let firstLine: Int

    /// Gives every problem from `start` on that names a line of this piece its excerpt.
    func attach(_ problems: inout [StoreProblem], from start: Int) {
        let first = firstLine
        let wanted = Set(problems[start...].filter { $0.line >= first && $0.anchor != .none && $0.excerpt == nil }
            .map(\.line))
        guard !wanted.isEmpty, let origin = bytes.baseAddress else { return }
        let last = wanted.max() ?? 0
        var ranges: [Int: Range<Int>] = [:]
        let n = bytes.count
        var pos = base == 0 && n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var line = firstLine
        while pos < n, line <= last {
            var end = n
            if let hit = memchr(origin + pos, 0x0A, n - pos) {
                end = UnsafeRawPointer(hit) - UnsafeRawPointer(origin)
            }
            if wanted.contains(line) {
                var contentEnd = end
                if contentEnd > pos, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
                ranges[line] = pos..<contentEnd
            }
            pos = end + 1
            line += 1
        }
        for i in start..<problems.count {
            guard problems[i].excerpt == nil, problems[i].anchor != .none, let range = ranges[problems[i].line] else { continue }
            problems[i].excerpt = ExcerptBuilder.excerpt(UnsafeBufferPointer(rebasing: bytes[range]),
                                                         lineStart: base + range.lowerBound, anchor: problems[i].anchor)
        }
    }
}
