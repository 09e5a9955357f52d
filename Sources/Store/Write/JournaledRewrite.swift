/// An edit or a removal written: one file rewritten (temporary file, fsync, rename), noted in the undo journal first.

import Recfile

/// What was done, for the program that asked: the records and the words for them.
public struct StoreWriteReport: Sendable, Equatable {
    /// The records written, removed or edited (as they now are); for an undo, those it put back.
    public var records: [RecordText]
    public var summary: ChangeSummary
    /// True when the write took back `summary`, an earlier write.
    public var isUndo: Bool
    /// Text an addition put inside a file rather than at its end (see `FileInsertion`).
    var insertions: [FileInsertion] = []
    /// A record a removal took out, when the reload may drop it alone (see `FileRemoval`).
    var removal: FileRemoval?

    public init(records: [RecordText], summary: ChangeSummary, isUndo: Bool = false) {
        self.records = records
        self.summary = summary
        self.isUndo = isUndo
    }
}

extension UndoJournal {
    /// Replaces `file` (`before`) by `after` under the lock, journaled as `summary`: `put` and
    /// `took` are the records' texts the rewrite puts in and takes out.
    static func rewrite(_ file: String, set: String, from before: [UInt8]?, to after: [UInt8], put: [[UInt8]], took: [[UInt8]],
                        summary: ChangeSummary, now: String, under lock: borrowing StoreLock) throws {
        let change = UndoChange(file: file, set: set, before: before, after: after, put: put, took: took)
        try recording(summary, [change], now: now, under: lock) {
            try StoreManifest.rewrite(file, contents: after, under: lock)
        }
    }
}

extension RecordEdit {
    /// Writes the edit made from `files` (read under `lock`).
    func write(_ files: [String: [UInt8]], now: String, under lock: borrowing StoreLock) throws {
        try UndoJournal.rewrite(set.file, set: set.name, from: files[set.file], to: contents, put: [record.bytes], took: [replaced],
                                summary: ChangeSummary(.edit, [label]), now: now, under: lock)
    }
}

extension RecordRemoval {
    /// Writes the removal made from `files` (read under `lock`).
    func write(_ files: [String: [UInt8]], now: String, under lock: borrowing StoreLock) throws {
        try UndoJournal.rewrite(set.file, set: set.name, from: files[set.file], to: contents, put: [], took: [taken],
                                summary: ChangeSummary(.remove, [label]), now: now, under: lock)
    }
}
