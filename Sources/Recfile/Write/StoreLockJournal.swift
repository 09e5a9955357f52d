/// The note a writer keeps in the lock file while an append is under way, for the next writer to read.

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

extension StoreLock {
    /// The note's room: its line and the copy of the bytes, then spaces and a line break up to
    /// this size. The lock file keeps this size (one page) unless a larger append needs more, so
    /// writing and erasing a note changes no metadata and its fsync stays cheap (3 ms per append
    /// here, against 10 ms when the size changes each time).
    package static let noteSize = 4096

    /// The lock file's bytes when they hold a note (its first line is not blank), else nil.
    package func readNote() -> [UInt8]? {
        guard let bytes = try? SystemCalls.readAll(descriptor), Self.note(in: bytes) != nil else { return nil }
        return bytes
    }

    /// The first line of a lock file's bytes, unless it is blank.
    package static func note(in bytes: [UInt8]) -> String? {
        let line = bytes.prefix { $0 != 0x0A }
        guard line.contains(where: { $0 != 0x20 }) else { return nil }
        return String(decoding: line, as: UTF8.self)
    }

    /// Writes the announcement of an append and a copy of its bytes, and flushes them to the disk,
    /// so that they survive a power cut during the append they announce.
    package func writeNote(_ intent: AppendIntent, bytes: [UInt8]) throws {
        do {
            try overwrite(intent.note(with: bytes))
            try SystemCalls.syncData(descriptor)
        } catch let failure as SystemCallFailure {
            throw RecWriterError.failed(path: lockFile, step: failure.step, code: failure.code, unchanged: true)
        }
    }

    /// Erases the note. Not flushed: a stale note left by a power cut is checked, never trusted.
    package func clearNote() {
        try? overwrite([])
    }

    /// Puts `note` and padding at the start of the lock file, in one pwrite. A note longer than the
    /// room grows the file; what lies past a shorter note is never read (the first line says how
    /// many bytes follow it).
    private func overwrite(_ note: [UInt8]) throws {
        var bytes = note
        if !bytes.isEmpty { bytes.append(0x0A) }
        if bytes.count < Self.noteSize {
            bytes += [UInt8](repeating: 0x20, count: Self.noteSize - 1 - bytes.count) + [0x0A]
        }
        try SystemCalls.writeAll(descriptor, bytes, at: 0)
    }
}
