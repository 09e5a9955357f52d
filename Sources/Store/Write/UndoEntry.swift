/// One write in the undo journal: what it was, its changes file by file, and how far it got.

/// A write hoctap made (or was about to make) to the store, as the journal keeps it.
package struct UndoEntry: Codable, Equatable, Sendable {
    package enum State: String, Codable, Sendable {
        /// Noted before the write; the write may not have happened (the process died in between).
        case pending
        /// Written, and not taken back.
        case done
        /// Noted before an undo; the undo may not have happened, or only in some files.
        case undoing
        /// Taken back.
        case undone
    }

    /// Counts the store's journaled writes, from 1.
    package var number: Int
    /// The local time of the write, `YYYY-MM-DD HH:MM`.
    package var at: String
    package var summary: ChangeSummary
    /// In the order they were made; taken back in the other order.
    package var changes: [UndoChange]
    package var state: State
    /// While `pending` or `undoing`: each file's FNV-1a once the step is made. A file that has it
    /// was written; one that has not was not (or was changed since: the safe side is "not").
    package var expected: [String: String] = [:]

    /// Settles a `pending` or `undoing` entry against the files as they are (`current` gives a
    /// file's bytes, nil when missing): a write keeps the changes of the files it reached, and an
    /// undo drops them. Returns nil for a write that reached no file: there is nothing to take back.
    func settled(_ current: (String) -> [UInt8]?) -> UndoEntry? {
        guard state == .pending || state == .undoing else { return self }
        let reached = Set(expected.keys.filter { file in current(file).map(UndoChange.hash) == expected[file] })
        var entry = self
        entry.expected = [:]
        if state == .pending {
            entry.changes = changes.filter { reached.contains($0.file) }
            entry.state = .done
            return entry.changes.isEmpty ? nil : entry
        }
        entry.changes = changes.filter { !reached.contains($0.file) }
        entry.state = entry.changes.isEmpty ? .undone : .done
        return entry
    }
}
