/// Adds a record to a store folder: read, check, assign ids and write, all under the store's lock.

import Foundation
import Recfile

extension RecordAddition {
    /// Reads the store in `folder`, makes and checks the record, and writes it, holding the
    /// store's exclusive lock from the read to the write, so no other writer can take the same
    /// id or change what was checked. At the end of its file the record is appended (one write on
    /// O_APPEND, then fsync); before another set's part of the file, the file is rewritten
    /// (temporary file, fsync, rename). The write is noted in the undo journal first. Returns
    /// what was written.
    /// - Throws: `RecordAdditionError` (nothing written), `RecWriterError`, or `StoreError` for a
    ///   folder that cannot be read.
    public static func add(set: SetSchema, given: [(name: String, value: String)], in folder: String,
                           now: String, force: Bool = false,
                           lockTimeout: Duration? = StoreLock.defaultTimeout) throws -> RecordAddition {
        let copyTag = try CopyTag.read(in: folder)
        return try LockedStore.withFiles(in: folder, lockTimeout: lockTimeout) { lock, files in
            let checksum = files[set.file].map(BackgroundChecksum.init)
            let addition = try RecordAddition.lean(set: set, given: given, files: files, now: now, force: force, copyTag: copyTag)
                ?? RecordAddition(set: set, given: given, files: files, now: now, force: force, copyTag: copyTag)
            try addition.write(before: files[set.file], now: now, under: lock, checksum: checksum)
            return addition
        }
    }

    /// Writes the record, made from the file `before` as read under `lock`, noting it in the undo
    /// journal first; returns what was done in words.
    /// `checksum`, when given, is the FNV-1a of `before` being worked out meanwhile.
    @discardableResult
    func write(before: [UInt8]?, now: String, under lock: borrowing StoreLock,
               checksum: BackgroundChecksum? = nil) throws -> ChangeSummary {
        let change = isAppend
            ? checksum.map { UndoChange(file: set.file, set: set.name, appending: inserted, toSize: original.count,
                                        hashBefore: $0.value, put: [record.bytes]) }
                ?? UndoChange(file: set.file, set: set.name, appending: inserted, to: original, put: [record.bytes])
            : UndoChange(file: set.file, set: set.name, before: before, after: contents, put: [record.bytes], took: [])
        let summary = ChangeSummary(.add, [RecordLabel(set: set, record: record)])
        try UndoJournal.recording(summary, [change], now: now, under: lock) {
            if isAppend {
                try RecWriter.append([record], to: set.file, under: lock)
            } else {
                try StoreManifest.rewrite(set.file, contents: contents, under: lock)
            }
        }
        return summary
    }

    /// The local date and time of `date`, `YYYY-MM-DD HH:MM`, in the machine's time zone.
    public static func localStamp(_ date: Date = Date(), timeZone: TimeZone = .current) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute))"
    }
}
