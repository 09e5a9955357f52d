/// The reload after this program's own removal of a record inside a store file: the record dropped alone, what follows it moved.

import Recfile

extension StoreReloader {
    /// The snapshot without the record `removed` took out, the file's later records moved up by
    /// its lines, and the reloader's state of the file (its identity, the offset and check of its
    /// last record boundary, the decoder's mark there) moved to the file as written, so that a later
    /// append is read from the right offset. The caller has proved with the store's stamps that the
    /// removal is the only change since the last reload.
    ///
    /// Nil, with nothing changed, when a condition fails before the snapshot is touched: not a
    /// mark (the one set whose records the decoders can drop), another
    /// file changed, this one is not the file read with the text taken out (its size, the bytes that
    /// followed the text now in its place), the text is neither before the last record boundary
    /// read nor the file's last record, a set of the file is referred to from elsewhere, the file
    /// has any problem (whose words or lines a removal could change), a file it refers to is
    /// missing (the references into it are counted), or the store's list of its files does not note the file's
    /// new size (the shrink would be an error). Nil, with the state dropped so that the store is
    /// read whole, when the decoder cannot drop the record.
    func remove(_ removed: FileRemoval) -> StoreSnapshot? {
        guard let directory, current != nil, removed.set == StoreSchema.attendance.name,
              othersAsRead(than: removed.file, in: directory) else { return nil }
        let shift = removed.shift
        let path = Self.path(removed.file, in: directory)
        guard var state = states[removed.file], let decoder = state.decoder, decoder.movesSources,
              let tail = state.tail, let old = state.identity, let now = FileWindows.identity(path),
              now.device == old.device, now.size == old.size - removed.bytes,
              !Self.isReferenced(file: removed.file),
              Self.endsWithLineBreak(path, size: now.size),
              SystemCalls.read(path: path, count: removed.following.count, at: removed.offset) == removed.following,
              removed.offset + removed.bytes + Self.checkLength > state.committed
                || Self.check(path, before: state.committed - removed.bytes) == state.check,
              decoder.problems().isEmpty, Self.referencedFiles(of: removed.file).isDisjoint(with: missingFiles),
              // The shrink is hoctap's own, as `StoreShrinkCheck` reads the store's list of its files.
              StoreManifest.read(directory)?.rewrites[removed.file] == now.size,
              var snapshot = current else { return nil }
        // The file's last record, read after the mark at the last boundary: gone with the blank line before it.
        if removed.offset + removed.bytes > state.committed {
            guard removed.offset + removed.bytes == old.size else { return nil }
            // The snapshot held once only, so that its arrays shrink in place.
            current = nil
            return removeLast(removed, state: state, decoder: decoder, tail: tail, now: now, path: path, snapshot: &snapshot)
        }
        current = nil
        let (records, counts) = (decoder.records, decoder.counts(snapshot))
        guard let dropped = decoder.dropMark(at: removed.recordLine, &snapshot), decoder.shift(shift, &snapshot) else {
            states = [:]
            return nil
        }
        state.tail = tail.shifted(shift, records: decoder.records - records, counts: zip(decoder.counts(snapshot), counts).map(-),
                                  keys: Array(repeating: 0, count: decoder.decoderCount))
        return settle(&state, removed, committed: state.committed - removed.bytes,
                      endsOpen: state.endsOpen || removed.offset + removed.bytes == old.size,
                      now: now, path: path, dropped: dropped, snapshot: snapshot)
    }

    /// The removal of the file's last record (after the last boundary read, whose mark is `tail`)
    /// with the blank line before it: the decoder rolled back to the mark, and the mark moved up
    /// over that blank line, so the file's end is where a later append is read from — when it starts
    /// with a blank line (`FileState.endsOpen`); otherwise it would go on with the record above.
    private func removeLast(_ removed: FileRemoval, state: FileState, decoder: StoreFileDecoder, tail: StoreFileDecoder.Mark,
                            now: FileWindows.Identity, path: String, snapshot: inout StoreSnapshot) -> StoreSnapshot? {
        var state = state
        guard removed.offset + 1 == state.committed, let last = snapshot.attendance.last, last.source.line == removed.recordLine else {
            current = snapshot
            return nil
        }
        let before = snapshot.attendance.count
        decoder.rollback(to: tail, &snapshot)
        let blank = LineShift(afterLine: removed.linesBefore, lines: -1, offset: state.committed, bytes: -1)
        guard snapshot.attendance.count == before - 1, decoder.shift(blank, &snapshot) else {
            states = [:]
            return nil
        }
        state.tail = tail.shifted(blank, records: 0, counts: decoder.counts(snapshot).map { _ in 0 },
                                  keys: Array(repeating: 0, count: decoder.decoderCount))
        return settle(&state, removed, committed: removed.offset, endsOpen: true, now: now, path: path, dropped: last,
                      snapshot: snapshot)
    }

    /// The file's state moved to the file as written (its last boundary at `committed`), the
    /// snapshot kept, the mark dropped noted.
    private func settle(_ state: inout FileState, _ removed: FileRemoval, committed: Int, endsOpen: Bool,
                        now: FileWindows.Identity, path: String, dropped: Attendance, snapshot: StoreSnapshot) -> StoreSnapshot {
        state.committed = committed
        state.endsOpen = endsOpen
        state.identity = now
        state.check = Self.check(path, before: committed) ?? 0
        states[removed.file] = state
        lastDropped = dropped
        current = snapshot
        return finish()
    }

    /// True when every store file but `file` is as the last reload read it.
    func othersAsRead(than file: String, in directory: String) -> Bool {
        StoreSchema.files.allSatisfy { name in
            name == file || FileWindows.identity(Self.path(name, in: directory)) == states[name]?.identity
        }
    }

    /// The files holding the sets that `file`'s sets refer to.
    static func referencedFiles(of file: String) -> Set<String> {
        var files = Set<String>()
        for set in StoreSchema.sets(in: file) {
            for field in set.fields {
                if case .reference(let target) = field.type, let named = StoreSchema.set(named: target) { files.insert(named.file) }
            }
        }
        return files
    }
}
