/// Repairs what a writer that died mid-append left behind: a torn append, stray temporary files.

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// What the lock file's note said about the last append, and what was done about it.
public enum AppendRecovery: Sendable, Equatable {
    /// No append was under way.
    case nothingPending
    /// The writer stopped before writing a byte.
    case notStarted(file: String)
    /// Every byte was written (the writer stopped before confirming); kept.
    case complete(file: String)
    /// Only part was written; that part (never confirmed to anyone) was cut off.
    case removedTornAppend(file: String, bytes: Int)
    /// The file was replaced or changed since; it was not touched.
    case leftAlone(file: String, reason: String)
}

/// The result of `RecWriter.recover(in:)`.
public struct RecWriterRecovery: Sendable, Equatable {
    public var append: AppendRecovery
    /// Names of temporary files of rewrites that never finished, now removed.
    public var removedTemporaryFiles: [String]
}

extension RecWriter {
    /// Under the lock, finishes the clean-up after a writer that died: cuts off a torn append and
    /// removes temporary files of unfinished rewrites. Every append and rewrite does the first part
    /// itself; call this at start-up to do both and to tell the user what was repaired.
    public static func recover(in folder: String, lockTimeout: Duration? = StoreLock.defaultTimeout) throws -> RecWriterRecovery {
        try StoreLock.withExclusive(in: folder, timeout: lockTimeout) { lock in
            let append = try recoverAppend(under: lock)
            return RecWriterRecovery(append: append, removedTemporaryFiles: removeTemporaryFiles(under: lock))
        }
    }

    /// The append under way (or interrupted) in `folder`, read without taking the lock: bytes of
    /// `file` from `offset` on are not confirmed yet. A live reader may treat them as pending.
    public static func unconfirmedAppend(in folder: String) -> (file: String, offset: Int)? {
        let path = storePath(StoreLock.fileName, in: folder)
        guard let fd = try? SystemCalls.open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK) else {
            return nil
        }
        defer { close(fd) }
        guard (try? SystemCalls.status(fd))?.isRegular == true,
              let bytes = try? SystemCalls.read(fd, count: 4096, at: 0),
              let note = StoreLock.note(in: bytes), let intent = AppendIntent(line: note) else { return nil }
        return (intent.file, intent.offset)
    }

    /// Reads the lock file's note and settles it; the note is cleared unless a system call fails.
    @discardableResult
    package static func recoverAppend(under lock: borrowing StoreLock) throws -> AppendRecovery {
        guard let note = lock.readNote() else { return .nothingPending }
        guard let (intent, bytes) = AppendIntent.read(note: note) else {
            lock.clearNote()
            return .nothingPending
        }
        // Without a whole copy of its bytes the note was never flushed, and the append it
        // announces never began (it starts only after the note is on the disk).
        let outcome = try bytes.map { try settle(intent, bytes: $0, in: lock.folder) }
            ?? .leftAlone(file: intent.file, reason: "the note was never completed, so the append never began")
        lock.clearNote()
        return outcome
    }

    /// Compares the file with what the note announced and cuts off a torn append: only when every
    /// byte from the append's start to the end of the file is the dead writer's own (a prefix of
    /// the announced bytes, or that prefix followed by the zeros a power cut leaves). Bytes that
    /// anybody else wrote after it died, an editor saving in place or a `>>`, are never cut.
    private static func settle(_ intent: AppendIntent, bytes announced: [UInt8], in folder: String) throws -> AppendRecovery {
        let path = storePath(intent.file, in: folder)
        let fd: Int32
        do {
            fd = try SystemCalls.open(path, O_RDWR | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        } catch let failure as SystemCallFailure where failure.code == ENOENT {
            return .leftAlone(file: intent.file, reason: "the file is gone")
        } catch let failure as SystemCallFailure where failure.code == ELOOP {
            return .leftAlone(file: intent.file, reason: "the file is now a symbolic link")
        } catch let failure as SystemCallFailure {
            throw RecWriterError.failed(path: path, step: "recovery: " + failure.step, code: failure.code, unchanged: true)
        }
        defer { close(fd) }
        do {
            let now = try SystemCalls.status(fd)
            if !now.isRegular || now.device != intent.device || now.inode != intent.inode {
                return .leftAlone(file: intent.file, reason: "the file was replaced since")
            }
            if now.size < intent.offset {
                return .leftAlone(file: intent.file, reason: "the file is shorter than before the append")
            }
            if now.size == intent.offset { return .notStarted(file: intent.file) }
            let present = try SystemCalls.read(fd, count: min(now.size - intent.offset, intent.length), at: intent.offset)
            let same = zip(present, announced).prefix { $0 == $1 }.count
            if same == intent.length { return .complete(file: intent.file) }
            let onlyOurs = now.size - intent.offset == present.count
                && present[same...].allSatisfy { $0 == 0 }
            guard onlyOurs else {
                return .leftAlone(file: intent.file, reason: "the file was changed after the append")
            }
            try SystemCalls.truncate(fd, to: intent.offset)
            try SystemCalls.syncData(fd)
            return .removedTornAppend(file: intent.file, bytes: now.size - intent.offset)
        } catch let failure as SystemCallFailure {
            throw RecWriterError.failed(path: path, step: "recovery: " + failure.step, code: failure.code, unchanged: false)
        }
    }

    /// Removes `.NAME.tmp-PID-RANDOM` files. Safe under the lock: a rewrite holds the lock for as
    /// long as its temporary file exists, so any found now belongs to a writer that died.
    package static func removeTemporaryFiles(under lock: borrowing StoreLock) -> [String] {
        guard let dir = opendir(lock.folder) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: $0.pointee)) {
                    String(cString: $0)
                }
            }
            if isTemporaryName(name) { names.append(name) }
        }
        return names.sorted().filter { unlink(storePath($0, in: lock.folder)) == 0 }
    }
}
