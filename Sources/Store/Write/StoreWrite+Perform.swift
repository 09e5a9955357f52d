/// Carries out a `StoreWrite` on a store folder: read, check and write under the store's lock.

import Foundation
import Recfile

extension StoreWrite {
    /// Performs the write in `folder` and returns the records added (or the one removed, or the
    /// one edited as it now is); an undo returns the records it put back.
    ///
    /// Additions are made one after another against the store as it will be, so a later record may
    /// name an earlier one (an enrollment of a learner added in the same write); every record is
    /// checked as `hoctap add` checks it before anything is written, all of them in one decoding
    /// of the store (`RecordBatch`). Then each file touched gets
    /// its records in one append (or one rewrite when they do not go at its end). Nothing is
    /// written when any record is refused; when writing a later file fails, the files already
    /// written are put back as they were read (so a new learner is not left without the
    /// enrollment that came with them). Every write is noted in the undo journal first.
    /// - Throws: `RecordAdditionError` or `StoreChangeError` (nothing written), `RecWriterError`,
    ///   `StoreError`.
    public func perform(in folder: String, now: String,
                        lockTimeout: Duration? = StoreLock.defaultTimeout) throws -> [RecordText] {
        try performed(in: folder, now: now, lockTimeout: lockTimeout).records
    }

    /// As `perform`, with what was done in words.
    ///
    /// `checked` is a batch made earlier for a preview (`RecordBatch.preview`) of the same records
    /// at the same `now`: when the files read under the lock are byte for byte the ones it was
    /// checked against, its check stands and is not run again; otherwise the records are checked
    /// anew, as without it.
    public func performed(in folder: String, now: String,
                          lockTimeout: Duration? = StoreLock.defaultTimeout, checked: RecordBatch? = nil) throws -> StoreWriteReport {
        if case .undo = self { return try StoreUndo.undo(in: folder, now: now, lockTimeout: lockTimeout) }
        let copyTag = try CopyTag.read(in: folder)
        return try LockedStore.withFiles(in: folder, lockTimeout: lockTimeout) { lock, original in
            switch self {
            case .add(let records):
                return try Self.add(records, to: original, now: now, copyTag: copyTag, checked: checked, under: lock)
            case .remove(let set, let matching):
                return try Self.remove(set: set, matching: matching, from: original, now: now, under: lock)
            case .edit(let name, let id, let fields):
                let edit = try RecordEdit(set: try Self.schema(name), id: id, given: fields.map { ($0.name, $0.value) },
                                          files: original, now: now)
                try edit.write(original, now: now, under: lock)
                return StoreWriteReport(records: [edit.record], summary: ChangeSummary(.edit, [edit.label]))
            case .removeRecord(let name, let id):
                let removal = try RecordRemoval(set: try Self.schema(name), id: id, files: original)
                try removal.write(original, now: now, under: lock)
                return StoreWriteReport(records: [removal.record], summary: ChangeSummary(.remove, [removal.label]))
            case .undo:
                preconditionFailure("an undo is performed by StoreUndo")
            case .seedYear(let target, let year):
                // Another folder is made; this store is only read, and nothing here is journaled.
                let seeded = try NewYearSeed.create(in: target, from: folder, year: year)
                return StoreWriteReport(records: seeded.records, summary: ChangeSummary(.add, []))
            }
        }
    }

    /// The set called `name`.
    static func schema(_ name: String) throws -> SetSchema {
        guard let set = StoreSchema.set(named: name) else {
            throw RecordAdditionError.unknownKind(name, known: StoreSchema.sets.map(\.name))
        }
        return set
    }

    /// Checks `records` against the store's files `original` as read under `lock`, and writes them.
    static func add(_ records: [NewRecord], to original: [String: [UInt8]], now: String, copyTag: CopyTag?,
                    checked: RecordBatch?, under lock: borrowing StoreLock) throws -> StoreWriteReport {
        // One award from a form: checked the lean way when it applies. The form has asked
        // about a double already, so it is forced, as the batch does not refuse doubles.
        if checked == nil, records.count == 1, records[0].links.isEmpty,
           let set = StoreSchema.set(named: records[0].set),
           let addition = try RecordAddition.lean(set: set, given: records[0].fields.map { ($0.name, $0.value) },
                                                  files: original, now: now, force: true, copyTag: copyTag) {
            let summary = try addition.write(before: original[set.file], now: now, under: lock)
            return StoreWriteReport(records: [addition.record], summary: summary)
        }
        let batch = checked.flatMap { $0.isMade(from: records, files: original, now: now, copyTag: copyTag) ? $0 : nil }
            ?? RecordBatch(records, files: original, now: now, copyTag: copyTag)
        return try add(batch, to: original, now: now, under: lock)
    }

    /// Writes `batch`, made and checked against `original`. The dashboard's forms ask before a
    /// double award is written, and an import skips one, so the batch does not refuse doubles.
    private static func add(_ batch: RecordBatch, to original: [String: [UInt8]], now: String,
                            under lock: borrowing StoreLock) throws -> StoreWriteReport {
        if let refusal = batch.firstRefusal { throw refusal }
        let made = batch.made.compactMap { $0 }
        let files = batch.contents
        let order = batch.fileOrder
        let changes = order.map { file in
            UndoChange(file: file, set: made.first { $0.set.file == file }?.set.name ?? "", before: original[file],
                       after: files[file] ?? [], put: made.filter { $0.set.file == file }.map(\.record.bytes), took: [])
        }
        let summary = ChangeSummary(.add, made.map { RecordLabel(set: $0.set, record: $0.record) })
        try UndoJournal.recording(summary, changes, now: now, under: lock) {
            // Files already written, so that a failure on a later one can put them back as they were.
            var done: [String] = []
            do {
                for file in order {
                    let after = files[file] ?? []
                    if let before = original[file], after.starts(with: before) {
                        try RecWriter.append(made.filter { $0.set.file == file }.map(\.record), to: file, under: lock)
                    } else {
                        try StoreManifest.rewrite(file, contents: after, under: lock)
                    }
                    done.append(file)
                }
            } catch {
                undo(done, original: original, under: lock)
                throw error
            }
        }
        var report = StoreWriteReport(records: made.map(\.record), summary: summary)
        report.insertions = batch.insertions
        return report
    }

    /// Puts `files` back to their `original` bytes (a rewrite each; a file that did not exist is
    /// emptied of what was added, keeping its header): the best a write across two files can do
    /// without a journal. Failures here are left for `hoctap check` to report.
    private static func undo(_ files: [String], original: [String: [UInt8]], under lock: borrowing StoreLock) {
        for file in files.reversed() {
            let bytes = original[file] ?? Array(StoreSchema.fileHeader(for: file).utf8)
            try? StoreManifest.rewrite(file, contents: bytes, under: lock)
        }
    }

    static func remove(set name: String, matching: [NewRecord.Field], from files: [String: [UInt8]], now: String,
                               under lock: borrowing StoreLock) throws -> StoreWriteReport {
        guard let set = StoreSchema.set(named: name) else {
            throw RecordAdditionError.unknownKind(name, known: StoreSchema.sets.map(\.name))
        }
        let described = matching.map { "\($0.name) \($0.value)" }.joined(separator: ", ")
        guard let bytes = files[set.file] else {
            throw RecordAdditionError.invalid(set: name, problems: [RefusalLine(
                vi: "không có \(set.file): không bản ghi nào khớp \(described)", en: "no \(set.file): nothing matches \(described)")])
        }
        let parsed = RecParser.parse(bytes, file: set.file)
        let found = parsed.records(of: name).filter { record in
            matching.allSatisfy { want in record.fields.contains { $0.name == want.name && $0.value == want.value } }
        }
        // Exact copies of one record (the same attendance marked twice) are one fact: all go.
        let identical = found.dropFirst().allSatisfy { copy in
            copy.fields.map { [$0.name, $0.value] } == found[0].fields.map { [$0.name, $0.value] }
        }
        guard !found.isEmpty, identical, let record = found.first else {
            throw RecordAdditionError.invalid(set: name, problems: [found.isEmpty
                ? RefusalLine(vi: "không bản ghi nào khớp \(described)", en: "no record matches \(described)")
                : RefusalLine(vi: "\(found.count) bản ghi khác nhau khớp \(described); không xoá bản ghi nào",
                              en: "\(found.count) different records match \(described); none was removed")])
        }
        var cut = bytes
        for copy in found.sorted(by: { $0.line > $1.line }) { cut = RecordLines.removing(copy, from: cut) }
        let change = UndoChange(file: set.file, set: name, before: bytes, after: cut, put: [],
                                took: found.map { Array(bytes[RecordLines.span(of: $0, in: bytes)]) })
        let summary = ChangeSummary(.remove, [RecordLabel(set: set, record: record)])
        try UndoJournal.recording(summary, [change], now: now, under: lock) {
            try StoreManifest.rewrite(set.file, contents: cut, under: lock)
        }
        return StoreWriteReport(records: [try RecordText(record)], summary: summary)
    }
}
