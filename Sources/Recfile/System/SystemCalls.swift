/// The one place the recfile layer and the store call the system: every failure carries its step and errno.

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A failed system call: which step, and the errno it left.
package struct SystemCallFailure: Error, Equatable {
    package var step: String
    package var code: Int32
}

/// Thin wrappers over open, write, pread, fsync, flock and friends. They retry on EINTR and throw
/// `SystemCallFailure`; callers add the path and the state the file was left in. Nothing else in
/// the package loops on EINTR or words an errno by itself. Writes, fsyncs, ftruncate and rename
/// pass `CrashPoint`, inert unless a crash test sets `HOCTAP_CRASH_AT`.
package enum SystemCalls {
    /// The system's wording of an errno, such as "No space left on device".
    package static func errorText(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "system error \(code)" }
        return String(cString: text)
    }

    package static func open(_ path: String, _ flags: Int32, mode: mode_t = 0o644) throws -> Int32 {
        while true {
            let fd = path.withCString { systemOpen($0, flags, mode) }
            if fd >= 0 { return fd }
            if errno != EINTR { throw SystemCallFailure(step: "open", code: errno) }
        }
    }

    /// Writes every byte. One `write` call unless the system accepts only part of it (a short write,
    /// which regular files do not do short of a full disk or a signal), then the rest is written.
    package static func writeAll(_ fd: Int32, _ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try writeAll(fd, $0) }
    }

    /// Writes every byte of `raw` at the descriptor's position.
    package static func writeAll(_ fd: Int32, _ raw: UnsafeRawBufferPointer) throws {
        try loop(raw.count, step: "write") { done, length in write(fd, raw.baseAddress! + done, length) }
    }

    /// Writes every byte at `offset`, leaving the descriptor's position alone.
    package static func writeAll(_ fd: Int32, _ bytes: [UInt8], at offset: Int) throws {
        try bytes.withUnsafeBytes { raw in
            try loop(raw.count, step: "write") { done, length in
                pwrite(fd, raw.baseAddress! + done, length, off_t(offset + done))
            }
        }
    }

    /// Calls `call` with the bytes done so far and the number left until `count` are done,
    /// retrying on EINTR; a call that does nothing (0) fails with EIO rather than spin. Each call
    /// passes the test crash point.
    private static func loop(_ count: Int, step: String, _ call: (Int, Int) -> Int) throws {
        var done = 0
        while done < count {
            let n = CrashPoint.pass(length: count - done) { call(done, $0) }
            if n > 0 {
                done += n
            } else if n < 0, errno == EINTR {
                continue
            } else {
                throw SystemCallFailure(step: step, code: n < 0 ? errno : EIO)
            }
        }
    }

    /// Reads from `offset` into `buffer` until it is full or the file ends; returns the count read.
    package static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws -> Int {
        var done = 0
        while done < buffer.count {
            let n = pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
            if n > 0 {
                done += n
            } else if n == 0 {
                break
            } else if errno != EINTR {
                throw SystemCallFailure(step: "read", code: errno)
            }
        }
        return done
    }

    /// Up to `count` bytes from `offset`, fewer at the end of the file.
    package static func read(_ fd: Int32, count: Int, at offset: Int) throws -> [UInt8] {
        var result = [UInt8](repeating: 0, count: count)
        let done = try result.withUnsafeMutableBytes { try read(fd, into: $0, at: offset) }
        result.removeLast(count - done)
        return result
    }

    /// Opens the file at `path` for reading, links followed, without ever waiting: a FIFO, a
    /// device such as /dev/zero or a folder is refused with `StoreError.notRegularFile` (reading
    /// one would block for ever or never end), any other failure as `SystemCallFailure`.
    package static func openRegularFile(_ path: String) throws -> Int32 {
        let fd = try open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard let status = try? status(fd), status.isRegular else {
            close(fd)
            throw StoreError.notRegularFile(path: path)
        }
        return fd
    }

    /// Up to `count` bytes of the file at `path` from `offset`; nil when it cannot be read.
    package static func read(path: String, count: Int, at offset: Int) -> [UInt8]? {
        guard let fd = try? openRegularFile(path) else { return nil }
        defer { close(fd) }
        return try? read(fd, count: count, at: offset)
    }

    /// Every byte of an open file, from its start.
    package static func readAll(_ fd: Int32) throws -> [UInt8] {
        let size = try status(fd).size
        var result = try read(fd, count: size, at: 0)
        while true {
            let more = try read(fd, count: 1 << 16, at: result.count)
            if more.isEmpty { return result }
            result += more
        }
    }

    /// What the writer needs to know of an open file.
    package struct Status: Equatable {
        package var size: Int
        package var device: UInt64
        package var inode: UInt64
        package var mode: mode_t
        package var isRegular: Bool
        package var isSymbolicLink: Bool
        package var isDirectory: Bool
        package var owner: UInt32
        package var group: UInt32

        package init(_ info: stat) {
            size = Int(info.st_size)
            device = UInt64(truncatingIfNeeded: info.st_dev)
            inode = UInt64(truncatingIfNeeded: info.st_ino)
            mode = info.st_mode & 0o7777
            isRegular = (info.st_mode & S_IFMT) == S_IFREG
            isSymbolicLink = (info.st_mode & S_IFMT) == S_IFLNK
            isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
            owner = UInt32(info.st_uid)
            group = UInt32(info.st_gid)
        }

        /// True when some write permission bit is set: a file whose owner took them all away is
        /// read-only on purpose, even for root, whom the kernel would let write.
        package var allowsWriting: Bool { mode & 0o222 != 0 }
    }

    package static func status(_ fd: Int32) throws -> Status {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw SystemCallFailure(step: "fstat", code: errno) }
        return Status(info)
    }

    /// The status of `path` itself (a symbolic link is not followed); nil when nothing is there.
    package static func linkStatus(path: String) throws -> Status? {
        var info = stat()
        if lstat(path, &info) == 0 { return Status(info) }
        if errno == ENOENT { return nil }
        throw SystemCallFailure(step: "lstat", code: errno)
    }

    /// The status of what `path` names, links followed.
    package static func status(path: String) throws -> Status {
        var info = stat()
        guard stat(path, &info) == 0 else { throw SystemCallFailure(step: "stat", code: errno) }
        return Status(info)
    }

    /// Flushes the file's data (and its size) to the disk.
    package static func syncData(_ fd: Int32) throws {
        #if os(Linux)
        let ok = CrashPoint.pass { _ in fdatasync(fd) == 0 }
        #else
        let ok = CrashPoint.pass { _ in fcntl(fd, F_FULLFSYNC) == 0 || fsync(fd) == 0 }
        #endif
        if !ok { throw SystemCallFailure(step: "fsync", code: errno) }
    }

    /// Flushes a folder, so that a file created or renamed in it survives a power cut.
    package static func syncFolder(_ path: String) throws {
        let fd = try open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { close(fd) }
        guard CrashPoint.pass({ _ in fsync(fd) }) == 0 else {
            throw SystemCallFailure(step: "fsync of the folder", code: errno)
        }
    }

    package static func truncate(_ fd: Int32, to size: Int) throws {
        while CrashPoint.pass({ _ in ftruncate(fd, off_t(size)) }) != 0 {
            if errno != EINTR { throw SystemCallFailure(step: "ftruncate", code: errno) }
        }
    }

    /// `rename(2)`: puts `source` in the place of `target`, at once.
    package static func rename(_ source: String, _ target: String) throws {
        guard CrashPoint.pass({ _ in systemRename(source, target) }) == 0 else {
            throw SystemCallFailure(step: "rename", code: errno)
        }
    }

    /// `flock(2)`: true when the lock was taken, false when `LOCK_NB` found it held.
    package static func flock(_ fd: Int32, _ operation: Int32) throws -> Bool {
        while systemFlock(fd, operation) != 0 {
            if errno == EINTR { continue }
            if errno == EWOULDBLOCK { return false }
            throw SystemCallFailure(step: "flock", code: errno)
        }
        return true
    }

    /// Sleeps for a few milliseconds (interrupted sleeps simply end early).
    package static func sleep(milliseconds: Int) {
        usleep(useconds_t(max(0, milliseconds) * 1000))
    }
}

/// `flock(2)` under a name that does not clash with the wrapper above.
private func systemFlock(_ fd: Int32, _ operation: Int32) -> Int32 {
    flock(fd, operation)
}

/// `rename(2)` under a name that does not clash with the wrapper above.
private func systemRename(_ source: String, _ target: String) -> Int32 {
    rename(source, target)
}

/// `open(2)` under a name that does not clash with the wrapper above.
private func systemOpen(_ path: UnsafePointer<CChar>, _ flags: Int32, _ mode: mode_t) -> Int32 {
    open(path, flags, mode)
}
