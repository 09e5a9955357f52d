/// `hoctap undo` and the `u` key: the last journaled write not yet taken back, taken back as a safe write.

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import Recfile

/// Takes back one write from the undo journal, under the store's lock, or refuses with nothing
/// changed. The undo is checked like a write: records it takes out must not be named by others
/// (a learner enrolled since), and records it puts back must not break the store (a key taken
/// since). It is journaled like a write too: the entry is marked `undoing` with each file's
/// checksum once undone before any file changes, so an undo cut short by a crash is settled by
/// the next one instead of being done twice.
public enum StoreUndo {
    /// Takes back the last write not yet taken back in the store in `folder`.
    /// - Throws: `StoreChangeError` (nothing changed): nothing to undo, a record changed since,
    ///   or the undo would break the store; `RecWriterError`, `StoreError`.
    public static func undo(in folder: String, now: String,
                            lockTimeout: Duration? = StoreLock.defaultTimeout) throws -> StoreWriteReport {
        try LockedStore.withFiles(in: folder, lockTimeout: lockTimeout) { lock, original in
            var journal = UndoJournal.read(in: lock.folder)
            journal.settle(in: lock.folder)
            guard let i = journal.entries.lastIndex(where: { $0.state == .done }) else { throw StoreChangeError.nothingToUndo }
            let entry = journal.entries[i]
            let plan = try Plan(entry, original, now: now)
            journal.entries[i].state = .undoing
            journal.entries[i].expected = Dictionary(uniqueKeysWithValues: plan.order.map { ($0, UndoChange.hash(plan.files[$0] ?? [])) })
            do {
                try journal.write(under: lock)
            } catch {
                throw StoreChangeError.journal("\(error)")
            }
            CrashPoint.reached(UndoJournal.crashPoint)
            for file in plan.order {
                if let size = plan.cuts[file] {
                    try cut(file, to: size, from: original[file] ?? [], under: lock)
                } else {
                    try StoreManifest.rewrite(file, contents: plan.files[file] ?? [], under: lock)
                }
            }
            journal.entries[i].state = .undone
            journal.entries[i].expected = [:]
            try? journal.write(under: lock)
            return StoreWriteReport(records: plan.restored, summary: entry.summary, isUndo: true)
        }
    }

    /// The files as the undo leaves them, checked.
    private struct Plan {
        /// Every store file, with the undo's made.
        var files: [String: [UInt8]]
        /// The files the undo changes, in the order it changes them.
        var order: [String] = []
        /// The files that only lose their end (an append taken back): the size they are cut to.
        var cuts: [String: Int] = [:]
        /// The records put back.
        var restored: [RecordText] = []

        init(_ entry: UndoEntry, _ original: [String: [UInt8]], now: String) throws {
            files = original
            var putBack: [(file: String, text: [UInt8])] = []
            for change in entry.changes.reversed() {
                let step: (bytes: [UInt8], isCut: Bool, restored: [[UInt8]])
                do {
                    step = try change.reversed(files[change.file] ?? [])
                } catch let missing as UndoChange.Missing {
                    throw StoreChangeError.changedSince(entry.summary, record: missing.record)
                }
                if step.isCut, !order.contains(change.file) { cuts[change.file] = step.bytes.count } else { cuts[change.file] = nil }
                if !order.contains(change.file) { order.append(change.file) }
                files[change.file] = step.bytes
                putBack += step.restored.map { (change.file, $0) }
            }
            try checkTakenOut(entry)
            for (file, text) in putBack {
                guard let bytes = files[file], let record = UndoChange.record(text, in: bytes, file: file),
                      let set = record.set.flatMap(StoreSchema.set(named:)) else { continue }
                let label = RecordLabel(set: set, record: record)
                let problems = RecordCheck.errors(in: file, lines: RecordCheck.lines(of: text, from: record.line), files: files, now: now)
                guard problems.isEmpty else {
                    throw StoreChangeError.undoRefused(entry.summary, reason: .invalid(label, problems: problems.map(RefusalLine.init)))
                }
                if let written = try? RecordText(record) { restored.append(written) }
            }
        }

        /// Refuses when records the write added, which the undo takes out, are named by others.
        private func checkTakenOut(_ entry: UndoEntry) throws {
            for change in entry.changes where !(change.put.count == 1 && change.took.count == 1) {
                for text in change.put {
                    guard let record = RecParser.parse([UInt8](text), file: change.file).records.first,
                          let set = StoreSchema.set(named: change.set) else { continue }
                    let references = RecordReferences.naming(record.fields.map { ($0.name, $0.value) }, of: set, in: files)
                    if !references.isEmpty {
                        throw StoreChangeError.undoRefused(entry.summary, reason: .referenced(RecordLabel(set: set, record: record), by: references))
                    }
                }
            }
        }
    }

    /// Cuts `file` back to `size` bytes: an append taken back. Notes the size in `.hoctap-files`
    /// first (a reader must not take the shorter file for a loss), checks that the file is still
    /// the one read (`original`), then ftruncate and fdatasync.
    private static func cut(_ file: String, to size: Int, from original: [UInt8], under lock: borrowing StoreLock) throws {
        let path = RecWriter.storePath(file, in: lock.folder)
        StoreManifest.update(in: lock.folder, rewrite: (file, size))
        do {
            let fd = try SystemCalls.open(path, O_RDWR | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
            defer { close(fd) }
            let status = try SystemCalls.status(fd)
            if let unsafe = RecWriter.unsafeReason(status) { throw RecWriterError.unsafeFile(path: path, reason: unsafe) }
            guard status.size == original.count,
                  try SystemCalls.read(fd, count: original.count - size, at: size).elementsEqual(original[size...]) else {
                throw RecWriterError.failed(path: path, step: "undo: the file changed while it was read", code: EAGAIN, unchanged: true)
            }
            try SystemCalls.truncate(fd, to: size)
            try SystemCalls.syncData(fd)
        } catch let failure as SystemCallFailure {
            throw RecWriterError.failed(path: path, step: "undo: " + failure.step, code: failure.code, unchanged: false)
        }
    }
}
