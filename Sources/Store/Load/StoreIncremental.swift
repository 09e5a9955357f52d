/// Reloads a store by reading only what was appended to its files since the last reload.

import Foundation
import Recfile

/// Keeps a store's snapshot up to date across reloads. The first reload reads the whole store; after
/// that, a file that only grew (same inode, the bytes before the old end unchanged) is read from its
/// last record boundary on, and the new records are decoded on top of what was already read, with
/// the same checks (duplicate keys, references) as a full load. Anything else (a file rewritten,
/// shrunk, created or removed, a half-written last line, new keys that answer a reference that used
/// to fail) reads the whole store again. Either way the snapshot is the one `StoreLoader.reload`
/// gives for the same files.
///
/// The snapshot's arrays are extended in place when nothing else holds them: a caller that lets go
/// of the previous snapshot before calling `reload` gets an append for the cost of the new records.
public final class StoreReloader {
    /// What is kept of one store file between reloads.
    struct FileState {
        /// Nil for a file without a decoder of its own, which is always read whole.
        var decoder: StoreFileDecoder?
        /// Nil when the file is missing.
        var identity: FileWindows.Identity?
        /// The offset of the last record boundary read: everything before it is decoded for good.
        var committed = 0
        /// A hash of the bytes just before `committed`, to tell an append from a rewrite.
        var check: UInt64 = 0
        /// The decoder's state at `committed`, before the records after it.
        var tail: StoreFileDecoder.Mark?
        /// True when `committed` is the file's end right after a record's last line rather than a
        /// boundary after a blank line (the file's last record taken out by this program): an
        /// append that does not start with a blank line would go on with that record.
        var endsOpen = false
    }

    /// How many bytes before the last boundary are compared to tell an append from a rewrite.
    static let checkLength = 4096

    var directory: String?
    var current: StoreSnapshot?
    var states: [String: FileState] = [:]
    /// Problems that only a full read changes: unreadable files and files without a decoder of their own.
    private var fixedProblems: [StoreProblem] = []
    /// The store files missing at the last full read, and the store's list of its files then.
    private(set) var missingFiles: [String] = []
    private var manifest: StoreManifest?
    /// The record count of each file in the last good snapshot shown: a reload that finds one gone
    /// or holding fewer records adds an error (`StoreShrinkCheck`). Nil: no comparison.
    var baseline: [String: Int]?

    /// Whether the last reload read only appended bytes (or only the text this program inserted,
    /// or only dropped the record it took out).
    public internal(set) var lastWasIncremental = false
    /// The mark the last reload dropped in place (`remove(_:)`), nil after any other reload.
    public internal(set) var lastDropped: Attendance?
    /// The snapshot the last reload replaced, kept only when the new one has more errors, for a
    /// caller that keeps the last good data on screen (see `LiveSnapshot`).
    public private(set) var replaced: StoreSnapshot?

    public init() {}

    /// True once a reload has read the store, so the next one can read only what changed.
    var isPrimed: Bool { current != nil }

    /// The snapshot the last reload returned, nil before the first.
    public var snapshot: StoreSnapshot? { current }

    /// The store in `directory` as it is now, read as `StoreLoader.reload(directory:)` reads it.
    /// Throws `StoreError` when the folder cannot be used, leaving the last snapshot as it was.
    public func reload(directory: String) throws -> StoreSnapshot {
        try reload(directory: directory, inserted: nil)
    }

    /// The same, after this program's own write put `inserted` inside a file, or took `removed`
    /// out of one, and changed nothing else (the caller has the stamps that prove it): that file's
    /// records are then taken from the inserted text alone, or the removed record dropped alone,
    /// when they can be (see `StoreReloader+Insert.swift`, `StoreReloader+Remove.swift`).
    func reload(directory: String, inserted: FileInsertion?, removed: FileRemoval? = nil) throws -> StoreSnapshot {
        try FileAccess.checkFolder(directory)
        replaced = nil
        lastWasIncremental = false
        lastDropped = nil
        if self.directory == directory, current != nil, let inserted, let grown = insert(inserted) {
            lastWasIncremental = true
            return StoreShrinkCheck.checked(grown, baseline: baseline)
        }
        if self.directory == directory, current != nil, let removed, let shrunk = remove(removed) {
            lastWasIncremental = true
            return StoreShrinkCheck.checked(shrunk, baseline: baseline)
        }
        if self.directory == directory, current != nil, let extended = try extend() {
            lastWasIncremental = true
            return StoreShrinkCheck.checked(extended, baseline: baseline)
        }
        let previous = current
        let previousStates = states
        current = nil
        states = [:]
        let loaded: StoreSnapshot
        do {
            loaded = StoreShrinkCheck.checked(try build(directory), baseline: baseline)
        } catch {
            // The store could not be read now: what was read before stays, for the screen to keep.
            current = previous
            states = previousStates
            throw error
        }
        if let previous, loaded.errors.count > previous.errors.count { replaced = previous }
        return loaded
    }

    // MARK: - A whole read

    /// Reads the whole store, keeping the state an append needs; falls back to `StoreLoader.reload`
    /// (keeping no state) when a file is unreadable or ends in a half-written line.
    private func build(_ directory: String) throws -> StoreSnapshot {
        var builder = SnapshotBuilder(directory: directory, manifest: StoreManifest.read(directory))
        var states: [String: FileState] = [:]
        var settled = true
        for name in StoreSchema.files {
            let path = Self.path(name, in: directory)
            if builder.unusable(name, FilePresence.of(path)) {
                states[name] = FileState()
                continue
            }
            guard let decoder = StoreFileDecoder.make(name) else {
                guard let identity = FileWindows.identity(path), let bytes = try? FileAccess.readAll(path) else {
                    return try StoreLoader.reload(directory: directory)
                }
                if bytes.last.map({ $0 != 0x0A }) == true { settled = false }
                bytes.withUnsafeBufferPointer { builder.decode(name, bytes: $0) }
                states[name] = FileState(identity: identity)
                continue
            }
            var state = FileState(decoder: decoder)
            guard let ok = try? read(path, from: 0, into: &state, &builder.snapshot, keys: builder.keyLookup) else {
                return try StoreLoader.reload(directory: directory)
            }
            if !ok { settled = false }
            builder.files[name] = decoder
            states[name] = state
        }
        guard settled else { return try StoreLoader.reload(directory: directory) }
        self.directory = directory
        self.states = states
        fixedProblems = builder.problems
        missingFiles = builder.missingFiles
        manifest = builder.manifest
        current = builder.snapshot
        return finish()
    }

    /// Reads the file at `path` from `offset` (a record boundary) to its end: records up to the last boundary
    /// for good, the rest after a mark. False when the file ends in a half-written line.
    private func read(_ path: String, from offset: Int, into state: inout FileState, _ snapshot: inout StoreSnapshot,
                      keys: @escaping (String) -> KeyTable?) throws -> Bool {
        guard let decoder = state.decoder else { return false }
        var complete = true
        var committed = offset
        var tail: StoreFileDecoder.Mark?
        let reader = PieceReader(file: decoder)
        if offset == 0, let size = FileWindows.identity(path)?.size { decoder.reserve(&snapshot, bytes: size) }
        let identity = try FileWindows.read(path, from: offset, size: reader.window) { piece, base, isLast in
            guard isLast else {
                reader.read(piece, base: base, isFinal: false, into: &snapshot, keys: keys)
                committed = base + piece.count
                return
            }
            var settledEnd = piece.count
            while settledEnd > 0, piece[settledEnd - 1] != 0x0A { settledEnd -= 1 }
            if settledEnd < piece.count { complete = false }
            let cut = RecBoundary.last(in: piece, to: settledEnd) ?? 0
            if cut > 0 {
                reader.read(UnsafeBufferPointer(rebasing: piece[..<cut]), base: base, isFinal: false, into: &snapshot, keys: keys)
            }
            committed = base + cut
            tail = decoder.mark(snapshot)
            decoder.read(UnsafeBufferPointer(rebasing: piece[cut...]), base: base + cut, isFinal: true, into: &snapshot, keys: keys)
        }
        state.identity = identity
        state.committed = committed
        state.endsOpen = false
        state.tail = tail
        state.check = Self.check(path, before: committed) ?? 0
        return complete
    }

    // MARK: - An append

    /// Extends the snapshot with what was appended to its files; nil when something else changed
    /// (the caller then reads the whole store). Everything that decides between the two is checked
    /// before the snapshot is touched.
    private func extend() throws -> StoreSnapshot? {
        guard let directory, current != nil else { return nil }
        var grown: [String] = []
        for name in StoreSchema.files {
            let state = states[name] ?? FileState()
            let path = Self.path(name, in: directory)
            let now = FileWindows.identity(path)
            if now == state.identity { continue }
            guard let now, let old = state.identity, state.decoder != nil, state.tail != nil, !Self.isReferenced(file: name),
                  now.device == old.device, now.inode == old.inode, now.size > old.size,
                  Self.endsWithLineBreak(path, size: now.size),
                  Self.check(path, before: state.committed) == state.check,
                  !state.endsOpen || SystemCalls.read(path: path, count: 1, at: state.committed) == [0x0A] else { return nil }
            grown.append(name)
        }
        guard !grown.isEmpty, var snapshot = current else { return current }
        current = nil
        let oldProblems = snapshot.problems
        var oldCounts: [String: [Int]] = [:]
        var decoders: [String: StoreFileDecoder] = [:]
        for (name, state) in states { if let d = state.decoder { decoders[name] = d } }
        let keys: (String) -> KeyTable? = { SnapshotBuilder.keyTable($0, in: decoders) }
        for name in grown {
            guard var state = states[name], let decoder = state.decoder, let tail = state.tail else { return nil }
            oldCounts[name] = decoder.counts(snapshot)
            decoder.rollback(to: tail, &snapshot)
            guard (try? read(Self.path(name, in: directory), from: state.committed, into: &state, &snapshot, keys: keys)) == true else { return nil }
            states[name] = state
        }
        current = snapshot
        let result = finish()
        if result.errors.count > oldProblems.filter({ $0.severity == .error }).count {
            var before = result
            for name in grown { if let counts = oldCounts[name] { decoders[name]?.truncate(&before, to: counts) } }
            before.problems = oldProblems
            replaced = before
        }
        return result
    }

    /// True when another file refers to a set of `file`: new keys there could answer a reference
    /// that failed before, so an append to it reads the whole store.
    static func isReferenced(file: String) -> Bool {
        StoreSchema.sets(in: file).contains { set in
            StoreSchema.sets.contains { $0.fields.contains { $0.type == .reference(set: set.name) } }
        }
    }

    /// True when the file's last byte is a line break (no line is being written).
    static func endsWithLineBreak(_ path: String, size: Int) -> Bool {
        size > 0 && SystemCalls.read(path: path, count: 1, at: size - 1) == [0x0A]
    }

    // MARK: - Helpers

    /// The snapshot with every problem, sorted by file, then line.
    func finish() -> StoreSnapshot {
        guard var snapshot = current else { return StoreSnapshot(directory: directory ?? "") }
        current = nil
        var decoders: [String: StoreFileDecoder] = [:]
        for (name, state) in states { if let d = state.decoder, state.identity != nil { decoders[name] = d } }
        var all = fixedProblems + MissingFiles.problems(missingFiles, manifest: manifest, decoders: decoders)
        for name in StoreSchema.files { if let d = decoders[name] { all += d.problems() } }
        snapshot.problems = LegacyFileCheck.fold(StoreProblem.sorted(all), directory: snapshot.directory)
        snapshot.fileRecords = SnapshotBuilder.records(decoders)
        current = snapshot
        return snapshot
    }

    static func path(_ name: String, in directory: String) -> String {
        URL(fileURLWithPath: directory).appendingPathComponent(name).path
    }

    /// A hash of up to `checkLength` bytes before `offset`, or nil when they cannot be read.
    static func check(_ path: String, before offset: Int) -> UInt64? {
        let start = max(0, offset - checkLength)
        guard let bytes = SystemCalls.read(path: path, count: offset - start, at: start),
              bytes.count == offset - start else { return nil }
        return bytes.withUnsafeBufferPointer { ByteHash.hash($0) }
    }
}
