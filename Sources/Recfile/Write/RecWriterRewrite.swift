/// Replaces a store file whole (edits, deletions): temporary file, fsync, rename, fsync of the folder.

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

extension RecWriter {
    /// Replaces `file` in `folder` with `contents`, taking the lock. Use the `transform` variant
    /// for an edit, so that what is edited is what is on disk under the lock.
    public static func rewrite(
        _ file: String, in folder: String, contents: [UInt8],
        lockTimeout: Duration? = StoreLock.defaultTimeout
    ) throws {
        try StoreLock.withExclusive(in: folder, timeout: lockTimeout) { lock in
            try rewrite(file, contents: contents, under: lock)
        }
    }

    /// Reads `file` and replaces it with what `transform` makes of its bytes, all under the lock,
    /// so no append can slip in between the read and the rename and be lost. If `transform`
    /// throws, nothing is written and its error is passed on.
    public static func rewrite(
        _ file: String, in folder: String, lockTimeout: Duration? = StoreLock.defaultTimeout,
        transform: ([UInt8]) throws -> [UInt8]
    ) throws {
        try StoreLock.withExclusive(in: folder, timeout: lockTimeout) { lock in
            let name = try checkedName(file)
            try recoverAppend(under: lock)
            let path = storePath(name, in: lock.folder)
            let current: [UInt8]
            do {
                let fd = try SystemCalls.open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
                defer { close(fd) }
                current = try SystemCalls.readAll(fd)
            } catch let failure as SystemCallFailure where failure.code == ELOOP {
                throw RecWriterError.unsafeFile(path: path, reason: .symbolicLink)
            } catch let failure as SystemCallFailure {
                throw RecWriterError.failed(path: path, step: failure.step, code: failure.code, unchanged: true)
            }
            try rewrite(name, contents: try transform(current), under: lock)
        }
    }

    /// Replaces `file` with `contents` in the locked store folder. The new bytes go to a temporary
    /// file beside it (`.NAME.tmp-PID-RANDOM`), which is flushed, renamed over the file, and the
    /// folder flushed. Until the rename the original is untouched; on a failure before it, the
    /// temporary file is removed. An existing file keeps its permission bits (a new one gets 0644
    /// less the umask). A file that an append would refuse (a symbolic link, not a regular file,
    /// read-only, or not writable by this user) is refused here too, and left as it is.
    public static func rewrite(_ file: String, contents: [UInt8], under lock: borrowing StoreLock) throws {
        try rewrite(file, parts: [contents[...]], under: lock)
    }

    /// The same, with the new text given in parts written one after another (the text before an
    /// insertion, the inserted bytes, the text after it), so that it is never put together in memory.
    public static func rewrite(_ file: String, parts: [ArraySlice<UInt8>], under lock: borrowing StoreLock) throws {
        try prepareRewrite(file, parts: parts, under: lock).commit()
    }

    /// The first half of `rewrite(_:parts:under:)`: the new text written to the temporary file
    /// and flushed, the file itself untouched, so that a caller can do other work (note the change
    /// in a journal) before `PreparedRewrite.commit()` renames it over the file, under the same lock.
    public static func prepareRewrite(_ file: String, parts: [ArraySlice<UInt8>],
                                      under lock: borrowing StoreLock) throws -> PreparedRewrite {
        let name = try checkedName(file)
        try recoverAppend(under: lock)
        let path = storePath(name, in: lock.folder)
        let temporary = storePath(temporaryName(for: name), in: lock.folder)
        var kept: mode_t?
        do {
            if let status = try SystemCalls.linkStatus(path: path) {
                if let unsafe = unsafeReason(status) { throw RecWriterError.unsafeFile(path: path, reason: unsafe) }
                // What an append would need too: permission to open the file for writing.
                let probe = try SystemCalls.open(path, O_WRONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
                close(probe)
                kept = status.mode
            }
        } catch let failure as SystemCallFailure {
            throw RecWriterError.failed(path: path, step: failure.step, code: failure.code, unchanged: true)
        }
        do {
            let fd = try SystemCalls.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode: kept ?? 0o644)
            defer { close(fd) }
            if let kept, fchmod(fd, kept) != 0 { throw SystemCallFailure(step: "fchmod", code: errno) }
            for part in parts { try part.withUnsafeBytes { try SystemCalls.writeAll(fd, $0) } }
            try SystemCalls.syncData(fd)
        } catch let failure as SystemCallFailure {
            unlink(temporary)
            throw RecWriterError.failed(path: path, step: failure.step, code: failure.code, unchanged: true)
        }
        return PreparedRewrite(path: path, temporary: temporary, folder: lock.folder)
    }

    /// `.NAME.tmp-PID-RANDOM`: hidden, beside the file, unique to this process and attempt.
    package static func temporaryName(for name: String) -> String {
        ".\(name).tmp-\(getpid())-\(String(UInt32.random(in: .min ... .max), radix: 16))"
    }

    /// True for names made by `temporaryName(for:)`.
    package static func isTemporaryName(_ name: String) -> Bool {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3, name.hasPrefix(".") else { return false }
        let random = parts[parts.count - 1]
        let pid = parts[parts.count - 2]
        let head = parts[..<(parts.count - 2)].joined(separator: "-")
        return head.hasSuffix(".tmp") && head.count >= ".x.tmp".count
            && !pid.isEmpty && pid.allSatisfy { $0.isASCII && $0.isNumber }
            && !random.isEmpty && random.allSatisfy(\.isHexDigit)
    }
}
