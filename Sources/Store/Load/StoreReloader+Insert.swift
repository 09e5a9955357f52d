/// The reload after this program's own insertion inside a store file: the inserted records read alone, what follows them moved.

import Recfile

extension StoreReloader {
    /// The problems whose words name another line, or that new records could answer: after an
    /// insertion they would read otherwise, so the file is read again instead of moved.
    private static let movedWords: Set<ProblemKind> = [.duplicateKey, .duplicateRecord, .mergedRecords, .repeatedField, .notEnrolled]

    /// The snapshot with the records of `inserted` taken in and the file's later records and
    /// problems moved down by its lines, the reloader's state of the file (its identity, the
    /// offset and check of its last record boundary, the decoder's mark there) moved to the file
    /// as written, so that a later append is read from the right offset. The caller has proved
    /// with the store's stamps that the insertion is the only change since the last reload.
    ///
    /// Nil, with nothing changed, when a condition fails before the snapshot is touched: another
    /// file changed, this one is not the file read with the text inserted, the text is not before
    /// the last record boundary read, a set of the file is referred to from elsewhere, or a problem
    /// after the text names a line or is about enrollment. Nil, with the state dropped so that the
    /// store is read whole, when the inserted records bring anything but records and keys.
    func insert(_ inserted: FileInsertion) -> StoreSnapshot? {
        guard let directory, current != nil, othersAsRead(than: inserted.file, in: directory) else { return nil }
        let shift = inserted.shift
        let path = Self.path(inserted.file, in: directory)
        guard var state = states[inserted.file], let decoder = state.decoder, decoder.movesSources,
              let tail = state.tail, let old = state.identity, let now = FileWindows.identity(path),
              now.size == old.size + shift.bytes, inserted.offset <= state.committed, !Self.isReferenced(file: inserted.file),
              Self.endsWithLineBreak(path, size: now.size),
              SystemCalls.read(path: path, count: shift.bytes, at: inserted.offset) == inserted.bytes,
              inserted.offset + Self.checkLength > state.committed
                || Self.check(path, before: state.committed + shift.bytes) == state.check,
              !decoder.problems().contains(where: { $0.line > shift.afterLine && (Self.movedWords.contains($0.kind) || $0.field == "%rec") }),
              var snapshot = current else { return nil }
        current = nil
        var decoders: [String: StoreFileDecoder] = [:]
        for (name, state) in states { if let d = state.decoder { decoders[name] = d } }
        let keys: (String) -> KeyTable? = { SnapshotBuilder.keyTable($0, in: decoders) }
        let (records, counts) = (decoder.records, decoder.counts(snapshot))
        guard decoder.shift(shift, &snapshot),
              let added = inserted.bytes.withUnsafeBufferPointer({
                  decoder.readInserted($0, set: inserted.set, at: shift, into: &snapshot, keys: keys)
              }) else {
            states = [:]
            return nil
        }
        state.tail = tail.shifted(shift, records: decoder.records - records,
                                  counts: zip(decoder.counts(snapshot), counts).map(-), keys: added)
        state.committed += shift.bytes
        state.identity = now
        state.check = Self.check(path, before: state.committed) ?? 0
        states[inserted.file] = state
        current = snapshot
        return finish()
    }
}

