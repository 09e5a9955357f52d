/// Gathers a snapshot file by file: parses each, routes its records to the set decoders, keeps the problems.

import Recfile

/// Builds a `StoreSnapshot` from the store's files, read in `StoreSchema.files` order. The files the
/// store has always had are read by `StoreFileDecoder`s straight from their bytes, in pieces; any
/// file the schema has no decoder for is only checked for its syntax and sets.
struct SnapshotBuilder {
    typealias FileResult = (RecFile, [StoreProblem])

    var snapshot: StoreSnapshot
    /// The problems of missing and unreadable files, and of files the schema has no decoder for.
    private(set) var problems: [StoreProblem] = []
    /// The decoders of the files read from their bytes, by file name.
    var files: [String: StoreFileDecoder] = [:]
    /// How large files are cut and how many pieces are read at once.
    var pieces = PieceOptions.standard
    /// The store's list of its own files, when it has one.
    let manifest: StoreManifest?
    /// The store files that are not in the folder, whose problems `finish` decides (`MissingFiles`).
    private(set) var missingFiles: [String] = []
    /// The files' bytes when they were given in memory (else they are on disk, in the folder).
    var given: [String: [UInt8]] = [:]

    init(directory: String, manifest: StoreManifest? = nil) {
        snapshot = StoreSnapshot(directory: directory)
        self.manifest = manifest
    }

    /// A store file that is not in the folder.
    mutating func missing(_ name: String) {
        missingFiles.append(name)
    }

    /// A store file in a state that is not a file to read (a dangling link, a loop of links): an
    /// error, never a file read as empty. False for a file that is there or simply missing.
    mutating func unusable(_ name: String, _ presence: FilePresence) -> Bool {
        if presence == .missing { missing(name) }
        guard let reason = presence.problem else { return presence == .missing }
        unreadable(name, reason: reason)
        return true
    }

    /// A store file that exists but cannot be read.
    mutating func unreadable(_ name: String, reason: String) {
        problems.append(Self.unreadableProblem(name, reason: reason))
    }

    static func unreadableProblem(_ name: String, reason: String) -> StoreProblem {
        var p = StoreProblem(file: name, line: 0, severity: .error, message: reason, kind: .missingFile)
        p.anchor = .none
        return p
    }

    /// The keys of `set`, from the file that holds it; nil when that file was not read.
    func keyTable(_ set: String) -> KeyTable? {
        Self.keyTable(set, in: files)
    }

    static func keyTable(_ set: String, in files: [String: StoreFileDecoder]) -> KeyTable? {
        guard let file = StoreSchema.set(named: set)?.file else { return nil }
        return files[file]?.keys(of: set)
    }

    /// Answers references from the files read so far, without holding on to the snapshot (which a
    /// capture of the builder would copy).
    var keyLookup: (String) -> KeyTable? {
        let files = files
        return { Self.keyTable($0, in: files) }
    }

    /// Reads the file called `name` at `path`, in pieces if it has its own decoder. Throws
    /// `StoreError.unreadable` (having added nothing) when it cannot be read.
    mutating func read(_ name: String, path: String) throws {
        guard let file = StoreFileDecoder.make(name) else {
            let bytes = try FileAccess.readAll(path)
            bytes.withUnsafeBufferPointer { decode(name, bytes: $0) }
            return
        }
        let mark = file.mark(snapshot)
        let keys = keyLookup
        let reader = PieceReader(file: file, options: pieces)
        if let size = FileWindows.identity(path)?.size { file.reserve(&snapshot, bytes: size) }
        do {
            _ = try FileWindows.read(path, size: reader.window) { piece, base, isLast in
                reader.read(piece, base: base, isFinal: isLast, into: &snapshot, keys: keys)
            }
        } catch {
            file.rollback(to: mark, &snapshot)
            throw error
        }
        files[name] = file
    }

    /// Parses and decodes the file called `name`, adding its records and problems. Each record is
    /// decoded as soon as the reader completes it, so the file's records are never all held at once.
    mutating func decode(_ name: String, bytes: UnsafeBufferPointer<UInt8>) {
        if let file = StoreFileDecoder.make(name) {
            PieceReader(file: file, options: pieces).read(bytes, base: 0, isFinal: true, into: &snapshot, keys: keyLookup)
            files[name] = file
            return
        }
        var router = SetRouter(file: name)
        let parsed = RecParser.scan(bytes, file: name) { _ in }
        router.finish(parsed.descriptors)
        var found = parsed.problems + router.problems
        ExcerptBuilder.attach(to: &found, bytes: bytes)
        problems += found
    }

    /// How many records each file read holds.
    static func records(_ files: [String: StoreFileDecoder]) -> [String: Int] {
        files.mapValues(\.records)
    }

    /// About how many records a file of `bytes` holds, for reserving room (a record takes 100–200 bytes).
    static func estimatedRecords(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count / 160
    }

    /// The snapshot, with every problem sorted by file, then line.
    mutating func finish() -> StoreSnapshot {
        var all = problems + MissingFiles.problems(missingFiles, manifest: manifest, decoders: files)
        for name in StoreSchema.files { if let file = files[name] { all += file.problems() } }
        let given = given
        snapshot.problems = LegacyFileCheck.fold(StoreProblem.sorted(all), directory: snapshot.directory) { given[$0] }
        snapshot.fileRecords = Self.records(files)
        return snapshot
    }
}
