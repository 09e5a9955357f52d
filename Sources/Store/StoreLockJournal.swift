/// The note a writer keeps in the lock file while an append is under way, for the next writer to read.

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

extension StoreLock {
    /// The note's room: its line, then spaces and a line break up to this size. The lock file keeps
    /// this size, so writing and erasing a note changes no metadata and its fsync stays cheap
    /// (3 ms per append here, against 10 ms when the size changes each time).
    static let noteSize = 512

    /// The note's line, or nil when there is none (an empty or blank lock file).
    func readNote() -> String? {
        guard let bytes = try? RecWriterSystem.read(descriptor, count: 4096, at: 0) else { return nil }
        return Self.note(in: bytes)
    }

    /// The first line of a lock file's bytes, unless it is blank.
    static func note(in bytes: [UInt8]) -> String? {
        let line = bytes.prefix { $0 != 0x0A }
        guard line.contains(where: { $0 != 0x20 }) else { return nil }
        return String(decoding: line, as: UTF8.self)
    }

    /// Writes `line` (no line break in it) as the note and flushes it to the disk, so that it
    /// survives a power cut during the append it announces.
    func writeNote(_ line: String) throws {
        do {
            try overwrite(Array(line.utf8))
            try RecWriterSystem.syncData(descriptor)
        } catch let failure as SystemCallFailure {
            throw RecWriterError.failed(path: lockFile, step: failure.step, code: failure.code, unchanged: true)
        }
    }

    /// Erases the note. Not flushed: a stale note left by a power cut is checked, never trusted.
    func clearNote() {
        try? overwrite([])
    }

    /// Puts `line` and padding at the start of the lock file, in one pwrite.
    private func overwrite(_ line: [UInt8]) throws {
        var bytes = line
        if !bytes.isEmpty { bytes.append(0x0A) }
        if bytes.count < Self.noteSize {
            bytes += [UInt8](repeating: 0x20, count: Self.noteSize - 1 - bytes.count) + [0x0A]
        }
        try bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = pwrite(descriptor, raw.baseAddress! + done, raw.count - done, off_t(done))
                if n > 0 { done += n } else if n < 0, errno == EINTR { continue } else {
                    throw SystemCallFailure(step: "write to the lock file", code: n < 0 ? errno : EIO)
                }
            }
        }
    }
}
