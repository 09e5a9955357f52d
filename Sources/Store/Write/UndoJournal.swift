/// `.hoctap-undo`: the store's last writes and what it takes to take each back, noted before each write.

import Foundation
import Recfile

/// The undo journal, a file in the store folder beside the lock. Local to the machine: it is not
/// part of the store's data, never listed in `.hoctap-files` and never synced or copied with the
/// store (its offsets and checksums describe this machine's files). One line of JSON a write,
/// the last `kept` writes, rewritten whole (temporary file, fsync, rename) under the store's lock.
///
/// The protocol (`recording`): under the lock, an entry is noted `pending` with each file's
/// checksum once written, and the journal made durable; only then is the store written, and the
/// entry marked `done`. If the process dies between the two, the next journaled write or undo
/// finds the entry still pending and settles it by the checksums: a file that has its checksum
/// was written, one that has not was not, and an entry that reached no file is dropped rather
/// than "undone".
package struct UndoJournal: Equatable, Sendable {
    package static let fileName = ".hoctap-undo"
    /// How many writes are kept.
    package static let kept = 50
    /// The crash point between the journal and the write it announces (`HOCTAP_CRASH_AT=undo-journal`).
    package static let crashPoint = "undo-journal"

    package var entries: [UndoEntry] = []

    private static let header = """
        # .hoctap-undo: hoctap's last writes to this store and what it takes to take each back (hoctap undo,
        # the u key). Local to this machine: not store data, never synced or copied with the store.
        # One write a line, the oldest first; written by hoctap only.

        """

    /// The journal of the store in `folder`; empty when it has none. A line that cannot be read
    /// (a journal cut short) is passed over.
    package static func read(in folder: String) -> UndoJournal {
        guard let bytes = try? FileAccess.readAll(RecWriter.storePath(fileName, in: folder)) else { return UndoJournal() }
        let decoder = JSONDecoder()
        let entries = bytes.split(separator: 0x0A).compactMap { line -> UndoEntry? in
            guard line.first != UInt8(ascii: "#") else { return nil }
            return try? decoder.decode(UndoEntry.self, from: Data(line))
        }
        return UndoJournal(entries: entries)
    }

    /// The journal's encoder: keys sorted, so that a line is the same bytes each time.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Writes the journal durably (temporary file, fsync, rename, fsync of the folder). `last`,
    /// when given, is the last entry's line already encoded (`line(_:changes:summary:)`).
    package func write(under lock: borrowing StoreLock, last: [UInt8]? = nil) throws {
        let encoder = Self.encoder()
        var bytes = Array(Self.header.utf8)
        let kept = entries.suffix(Self.kept)
        for (i, entry) in zip(kept.indices, kept) {
            if let last, i == entries.count - 1 { bytes += last } else { bytes += try encoder.encode(entry) }
            bytes.append(0x0A)
        }
        try RecWriter.rewrite(Self.fileName, contents: bytes, under: lock)
    }

    /// The line `JSONEncoder` makes of `entry` with sorted keys, its `changes` and `summary` given
    /// already encoded: an import's entry holds every record it wrote, and it is noted twice
    /// (pending, then done), so those two parts are encoded once. The keys are the entry's own, in
    /// the sorted order the encoder writes them.
    static func line(_ entry: UndoEntry, changes: [UInt8], summary: [UInt8]) throws -> [UInt8] {
        let encoder = encoder()
        var out = Array("{\"at\":".utf8) + (try encoder.encode(entry.at))
        out += Array(",\"changes\":".utf8) + changes
        out += Array(",\"expected\":".utf8) + (try encoder.encode(entry.expected))
        out += Array(",\"number\":".utf8) + (try encoder.encode(entry.number))
        out += Array(",\"state\":".utf8) + (try encoder.encode(entry.state))
        out += Array(",\"summary\":".utf8) + summary
        out.append(UInt8(ascii: "}"))
        return out
    }

    /// Settles an entry left `pending` or `undoing` by a process that died (see the type's note).
    package mutating func settle(in folder: String) {
        entries = entries.compactMap { entry in
            entry.settled { file in try? FileAccess.readAll(RecWriter.storePath(file, in: folder)) }
        }
    }

    /// Runs `write`, the store write whose changes are `changes`, journaled: noted pending and made
    /// durable before it, marked done after it, dropped when it throws.
    /// - Throws: `StoreChangeError.journal` when the journal cannot be written (then nothing is),
    ///   and what `write` throws.
    package static func recording<T>(_ summary: ChangeSummary, _ changes: [UndoChange], now: String,
                                      under lock: borrowing StoreLock, _ write: () throws -> T) throws -> T {
        var journal = read(in: lock.folder)
        journal.settle(in: lock.folder)
        var expected: [String: String] = [:]
        for change in changes { expected[change.file] = change.afterHash }
        let number = (journal.entries.last?.number ?? 0) + 1
        journal.entries.append(UndoEntry(number: number, at: now, summary: summary, changes: changes,
                                         state: .pending, expected: expected))
        journal.entries = Array(journal.entries.suffix(kept))
        let encodedChanges: [UInt8], encodedSummary: [UInt8]
        do {
            encodedChanges = UndoJournalJSON.changes(changes)
            encodedSummary = UndoJournalJSON.summary(summary)
            try journal.write(under: lock, last: line(journal.entries[journal.entries.count - 1],
                                                      changes: encodedChanges, summary: encodedSummary))
        } catch {
            throw StoreChangeError.journal("\(error)")
        }
        CrashPoint.reached(crashPoint)
        let result: T
        do {
            result = try write()
        } catch {
            journal.entries.removeLast()
            try? journal.write(under: lock)
            throw error
        }
        journal.entries[journal.entries.count - 1].state = .done
        journal.entries[journal.entries.count - 1].expected = [:]
        // Left pending if this fails: the next write settles it by the checksums.
        try? journal.write(under: lock, last: line(journal.entries[journal.entries.count - 1],
                                                   changes: encodedChanges, summary: encodedSummary))
        return result
    }
}
