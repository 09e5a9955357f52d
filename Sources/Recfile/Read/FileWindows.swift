/// Reading a recfile in pieces cut at record boundaries, so a large file is never in memory whole.

import Foundation

/// Reads a file with pread(2) into one buffer of a few megabytes, handing over pieces that end
/// just after a record boundary, so a large file is never in memory whole.
package enum FileWindows {
    package static let size = 8 << 20

    /// What a reload compares to tell whether a file changed: device, inode, size and modification time.
    package struct Identity: Equatable, Sendable {
        package var device: UInt64
        package var inode: UInt64
        package var size: Int
        package var modified: Int

        package init(_ info: stat) {
            device = UInt64(truncatingIfNeeded: info.st_dev)
            inode = UInt64(truncatingIfNeeded: info.st_ino)
            size = Int(info.st_size)
            #if canImport(Darwin)
            modified = Int(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int(info.st_mtimespec.tv_nsec)
            #else
            modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
            #endif
        }
    }

    /// Calls `body` with each piece of the file from `offset` on: its bytes, its file offset, and
    /// whether it is the last (the rest of the file). Returns the file's identity as it was opened,
    /// with `size` the offset just past the last byte read.
    @discardableResult
    package static func read(_ path: String, from offset: Int = 0, size window: Int = FileWindows.size,
                     _ body: (UnsafeBufferPointer<UInt8>, Int, Bool) throws -> Void) throws -> Identity {
        do {
            return try readPieces(path, from: offset, size: window, body)
        } catch let failure as SystemCallFailure {
            throw StoreError.unreadable(path: path, reason: SystemCalls.errorText(failure.code))
        }
    }

    private static func readPieces(_ path: String, from offset: Int, size window: Int,
                                   _ body: (UnsafeBufferPointer<UInt8>, Int, Bool) throws -> Void) throws -> Identity {
        let fd = try SystemCalls.openRegularFile(path)
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw SystemCallFailure(step: "fstat", code: errno) }
        var identity = Identity(info)
        identity.size = 0
        let expected = max(0, Int(info.st_size) - offset)
        var capacity = max(4096, min(window, expected + 1))
        var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        var filled = 0
        var base = offset
        while true {
            let wanted = capacity - filled
            filled += try SystemCalls.read(fd, into: UnsafeMutableRawBufferPointer(start: buffer + filled, count: wanted),
                                           at: base + filled)
            let atEnd = filled < capacity
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
    package static func identity(_ path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Identity(info)
    }
}
