/// The dashboard's write of one award, enrollment or attendance mark, checked against the snapshot it shows when the store's files are still those it was read from.

import Recfile

extension StoreWrite {
    /// As `performed(in:now:lockTimeout:checked:)`, for a writer that holds the store as read:
    /// `snapshot`, read from the files `stamps` describes (`LiveStore.shown` and `.stamps`).
    ///
    /// One award, when the files stat under the lock as stamped and `awards.rec` has no errors,
    /// is checked without reading the awards again: its id made from the ids' pattern kept in
    /// `cache`, refused when an award of the snapshot has it, and its fields checked by the
    /// store's decoder on a file of three parts — `awards.rec`'s head (its descriptor), its last
    /// record, the new one — beside `branches.rec`, read as it is (the one file an award names);
    /// these are all an award's lines are checked against (see `RecordAddition.lean`). The
    /// refusals, the record, the appended bytes and the undo journal's entry are those of the
    /// whole check. Anything else — other writes, files changed since the snapshot, an id already
    /// used, a file whose ends are not plain — goes the usual way, under the same lock. One
    /// enrollment, when the files stat as stamped and none it is checked against has errors, is
    /// checked the same way on short files and put into `attendance.rec` (`SnapshotEnrollment`);
    /// one attendance mark too, appended (`SnapshotAttendance`, with `cache.attendance`).
    /// An addition or an unmark notes in `cache.lastWrite` the files just before and after it, for `LiveStore.reload(after:)`.
    public func performed(in folder: String, now: String, lockTimeout: Duration? = StoreLock.defaultTimeout,
                          snapshot: StoreSnapshot, stamps: StoreFileStamps, cache: inout SnapshotWriteCache) throws -> StoreWriteReport {
        cache.lastUsedSnapshot = false
        cache.lastWrite = nil
        if case .remove(let set, let matching) = self, set == StoreSchema.attendance.name {
            return try LockedStore.withLock(in: folder, lockTimeout: lockTimeout) { lock in
                let before = StoreFileStamps(directory: folder)
                let report = try Self.unmark(matching, before: before, snapshot: snapshot, stamps: stamps,
                                             cache: &cache, folder: folder, now: now, under: lock)
                cache.lastWrite = OwnWrite(records: [], before: before, shown: stamps, after: StoreFileStamps(directory: folder),
                                           removal: report.removal)
                return report
            }
        }
        guard case .add(let records) = self else { return try performed(in: folder, now: now, lockTimeout: lockTimeout) }
        let copyTag = try CopyTag.read(in: folder)
        return try LockedStore.withLock(in: folder, lockTimeout: lockTimeout) { lock in
            let before = StoreFileStamps(directory: folder)
            let report = try Self.add(records, before: before, snapshot: snapshot, stamps: stamps, cache: &cache,
                                      folder: folder, now: now, copyTag: copyTag, under: lock)
            cache.lastWrite = OwnWrite(records: records, before: before, shown: stamps, after: StoreFileStamps(directory: folder),
                                       insertions: report.insertions)
            return report
        }
    }

    /// The records written under `lock`: one award, enrollment or mark against the snapshot when it may, else the usual way.
    private static func add(_ records: [NewRecord], before: StoreFileStamps, snapshot: StoreSnapshot, stamps: StoreFileStamps,
                            cache: inout SnapshotWriteCache, folder: String, now: String, copyTag: CopyTag?,
                            under lock: borrowing StoreLock) throws -> StoreWriteReport {
        if records.count == 1, records[0].links.isEmpty, records[0].set == StoreSchema.award.name,
           !hasErrors(snapshot, in: [StoreSchema.award.file]),
           before == stamps, cache.refresh(folder, stamps: stamps, awards: snapshot) {
            cache.lastUsedSnapshot = true
            if let addition = try SnapshotAward(records[0], snapshot: snapshot, folder: folder, stamps: stamps,
                                                ids: cache.ids, now: now, copyTag: copyTag) {
                let report = try append(addition.record, set: addition.set, inserted: addition.inserted, size: addition.size,
                                        hashBefore: cache.hash, now: now, under: lock)
                cache.appended(addition.inserted, id: addition.id, stamps: StoreFileStamps(directory: folder))
                return report
            }
            cache.lastUsedSnapshot = false
        }
        let classFilesClean = !hasErrors(snapshot, in: SnapshotEnrollment.files)
        if records.count == 1, records[0].links.isEmpty, records[0].set == StoreSchema.enrollment.name, before == stamps,
           classFilesClean {
            cache.lastUsedSnapshot = true
            if let addition = try SnapshotEnrollment(records[0], snapshot: snapshot, folder: folder, stamps: stamps,
                                                     now: now, copyTag: copyTag) {
                let summary = ChangeSummary(.add, [RecordLabel(set: addition.set, record: addition.record)])
                try rewrite(addition.set.file, parts: addition.parts, summary: summary, change: { addition.change }, now: now,
                            under: lock)
                cache.attendance.rewritten(hashAfter: addition.hashAfter, before: before, stamps: StoreFileStamps(directory: folder))
                var report = StoreWriteReport(records: [addition.record], summary: summary)
                report.insertions = [addition.insertion]
                return report
            }
            cache.lastUsedSnapshot = false
        }
        if records.count == 1, records[0].links.isEmpty, records[0].set == StoreSchema.attendance.name, before == stamps,
           classFilesClean,
           cache.attendance.refresh(folder, stamps: stamps, snapshot: snapshot) {
            cache.lastUsedSnapshot = true
            if let addition = try SnapshotAttendance(records[0], snapshot: snapshot, folder: folder, stamps: stamps,
                                                     heads: cache.attendance, now: now, copyTag: copyTag) {
                let report = try append(addition.record, set: addition.set, inserted: addition.inserted, size: addition.size,
                                        hashBefore: cache.attendance.hash, now: now, under: lock)
                cache.attendance.appended(addition.inserted, stamps: StoreFileStamps(directory: folder))
                return report
            }
            cache.lastUsedSnapshot = false
        }
        return try add(records, to: try LockedStore.readFiles(in: folder), now: now, copyTag: copyTag, checked: nil, under: lock)
    }

    /// The mark matching `matching` taken out under `lock`: found through the snapshot when the
    /// files are as it was read from and have no errors, else the usual way.
    private static func unmark(_ matching: [NewRecord.Field], before: StoreFileStamps, snapshot: StoreSnapshot,
                               stamps: StoreFileStamps, cache: inout SnapshotWriteCache, folder: String, now: String,
                               under lock: borrowing StoreLock) throws -> StoreWriteReport {
        if before == stamps, !hasErrors(snapshot, in: SnapshotEnrollment.files) {
            cache.lastUsedSnapshot = true
            if let removal = try SnapshotMarkRemoval(matching: matching, snapshot: snapshot, folder: folder, stamps: stamps) {
                let summary = ChangeSummary(.remove, [RecordLabel(set: removal.set, record: removal.record)])
                try rewrite(removal.set.file, parts: removal.parts, summary: summary, change: { removal.change }, now: now,
                            under: lock)
                cache.attendance.rewritten(hashAfter: removal.hashAfter, before: before, stamps: StoreFileStamps(directory: folder))
                var report = StoreWriteReport(records: [try RecordText(removal.record)], summary: summary)
                report.removal = removal.removal
                return report
            }
            cache.lastUsedSnapshot = false
        }
        let original = try LockedStore.readFiles(in: folder)
        return try remove(set: StoreSchema.attendance.name, matching: matching, from: original, now: now, under: lock)
    }

    /// True when `snapshot` has an error in one of `files`.
    private static func hasErrors(_ snapshot: StoreSnapshot, in files: Set<String>) -> Bool {
        snapshot.problems.contains { $0.severity == .error && files.contains($0.file) }
    }

    /// Appends `record` of `set` (`inserted`: its separator and bytes) to its file of `size` bytes
    /// whose FNV-1a is `hashBefore` (kept from an earlier reading of it), journaled.
    private static func append(_ record: RecordText, set: SetSchema, inserted: [UInt8], size: Int, hashBefore: UInt64,
                               now: String, under lock: borrowing StoreLock) throws -> StoreWriteReport {
        let change = UndoChange(file: set.file, set: set.name, appending: inserted, toSize: size, hashBefore: hashBefore,
                                put: [record.bytes])
        let summary = ChangeSummary(.add, [RecordLabel(set: set, record: record)])
        try UndoJournal.recording(summary, [change], now: now, under: lock) {
            try RecWriter.append([record], to: set.file, under: lock)
        }
        return StoreWriteReport(records: [record], summary: summary)
    }

    /// Replaces `file` with `parts`, journaled: the new file written and flushed beside the old
    /// one while `change` (whose checksum another thread works out) is awaited, then the journal's
    /// entry, the manifest's note of the new size, and the rename.
    private static func rewrite(_ file: String, parts: [ArraySlice<UInt8>], summary: ChangeSummary, change: () -> UndoChange,
                                now: String, under lock: borrowing StoreLock) throws {
        let prepared = try RecWriter.prepareRewrite(file, parts: parts, under: lock)
        try UndoJournal.recording(summary, [change()], now: now, under: lock) {
            StoreManifest.update(in: lock.folder, rewrite: (file, parts.reduce(0) { $0 + $1.count }))
            try prepared.commit()
        }
    }
}
