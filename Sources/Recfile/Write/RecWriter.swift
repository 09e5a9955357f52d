/// Appends records to a store file: one write on O_APPEND, then fsync, under the store's lock.

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The store's only way of writing. When a call returns, what it wrote is on the disk; when it
/// throws, the error says what failed and whether the file was left as it was.
public enum RecWriter {
    /// Appends the records to `file` (a name inside `folder`, created if missing), taking the lock.
    public static func append(
        _ records: [RecordText], to file: String, in folder: String,
        lockTimeout: Duration? = StoreLock.defaultTimeout
    ) throws {
        try StoreLock.withExclusive(in: folder, timeout: lockTimeout) { lock in
            try append(records, to: file, under: lock)
        }
    }

    /// Appends the records to `file` in the locked store folder, for a caller that read and
    /// checked the store under the same lock (so that, say, a new id is still free).
    ///
    /// The whole chunk (separator and records) goes in one `write` on a descriptor opened with
    /// O_APPEND, then fdatasync. Before writing, a note in the lock file announces the append,
    /// so that if this process dies in the middle, the next writer removes the torn part.
    public static func append(_ records: [RecordText], to file: String, under lock: borrowing StoreLock) throws {
        guard !records.isEmpty else { return }
        let name = try checkedName(file)
        try recoverAppend(under: lock)
        let path = storePath(name, in: lock.folder)
        var created = false
        var fd: Int32
        do {
            do {
                fd = try SystemCalls.open(path, O_RDWR | O_APPEND | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
            } catch let failure as SystemCallFailure where failure.code == ENOENT {
                fd = try SystemCalls.open(path, O_RDWR | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC)
                created = true
            }
        } catch let failure as SystemCallFailure where failure.code == ELOOP {
            throw RecWriterError.unsafeFile(path: path, reason: .symbolicLink)
        } catch let failure as SystemCallFailure {
            throw RecWriterError.failed(path: path, step: failure.step, code: failure.code, unchanged: true)
        }
        defer { close(fd) }
        let before: SystemCalls.Status
        let chunk: [UInt8]
        do {
            before = try SystemCalls.status(fd)
            if let unsafe = unsafeReason(before) { throw RecWriterError.unsafeFile(path: path, reason: unsafe) }
            let tailLength = min(before.size, RecordText.tailLength)
            let tail = try SystemCalls.read(fd, count: tailLength, at: before.size - tailLength)
            chunk = RecordText.chunk(records, afterTail: tail)
        } catch let failure as SystemCallFailure {
            if created { unlink(path) }
            throw RecWriterError.failed(path: path, step: failure.step, code: failure.code, unchanged: true)
        }
        let intent = AppendIntent(file: name, device: before.device, inode: before.inode,
                                  offset: before.size, length: chunk.count, checksum: AppendIntent.checksum(chunk))
        try lock.writeNote(intent, bytes: chunk)
        do {
            try SystemCalls.writeAll(fd, chunk)
            try SystemCalls.syncData(fd)
            if created { try SystemCalls.syncFolder(lock.folder) }
        } catch let failure as SystemCallFailure {
            // Not acknowledged, so not kept: cut the file back to its old length.
            let restored = (try? SystemCalls.truncate(fd, to: before.size)) != nil
                && (try? SystemCalls.syncData(fd)) != nil
            if restored { lock.clearNote() }
            if restored, created { unlink(path) }
            throw RecWriterError.failed(path: path, step: failure.step, code: failure.code, unchanged: restored)
        }
        lock.clearNote()
    }

    /// Why an existing store file may not be written, or nil when it may: the same rule for an
    /// append and a rewrite, so no way of writing changes what another refuses.
    package static func unsafeReason(_ status: SystemCalls.Status) -> RecWriterError.UnsafeFile? {
        if status.isSymbolicLink { return .symbolicLink }
        if !status.isRegular { return .notRegular }
        if !status.allowsWriting { return .readOnly }
        return nil
    }

    /// The path of a store file.
    package static func storePath(_ name: String, in folder: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// A plain file name inside the folder: not empty, no slash, no line break or NUL, not `.` or `..`.
    package static func checkedName(_ name: String) throws -> String {
        let bad = name.isEmpty || name == "." || name == ".."
            || name.utf8.contains { $0 == UInt8(ascii: "/") || $0 == 0x0A || $0 == 0x00 }
        if bad { throw RecWriterError.badFileName(name) }
        return name
    }
}
