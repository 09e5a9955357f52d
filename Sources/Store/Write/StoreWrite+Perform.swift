/// Carries out a `StoreWrite` on a store folder: read, check and write under the store's lock.

import Foundation
import Recfile

extension StoreWrite {
    /// Performs the write in `folder` and returns the records added (or the one removed).
    ///
    /// Additions are made one after another against the store as it will be, so a later record may
    /// name an earlier one (an enrollment of a learner added in the same write); every record is
    /// checked as `hoctap add` checks it before anything is written. Then each file touched gets
    /// its records in one append (or one rewrite when they do not go at its end). Nothing is
    /// written when any record is refused; when writing a later file fails, the files already
    /// written are put back as they were read (so a new learner is not left without the
    /// enrollment that came with them).
    /// - Throws: `RecordAdditionError` (nothing written), `RecWriterError`, `StoreError`.
    public func perform(in folder: String, now: String,
                        lockTimeout: Duration? = StoreLock.defaultTimeout) throws -> [RecordText] {
        try FileAccess.checkFolder(folder)
        return try StoreLock.withExclusive(in: folder, timeout: lockTimeout) { lock in
            // A writer killed mid-append left a torn tail: repair it before reading, or a rewrite
            // would write the torn bytes back.
            _ = try RecWriter.recoverAppend(under: lock)
            let original = try Self.readFiles(in: folder)
            defer { StoreManifest.update(in: lock.folder) }
            switch self {
            case .add(let records):
                return try Self.add(records, to: original, now: now, under: lock)
            case .remove(let set, let matching):
                return try Self.remove(set: set, matching: matching, from: original, under: lock)
            case .seedYear(let target, let year):
                return try NewYearSeed.create(in: target, from: folder, year: year).records
            }
        }
    }

    static func readFiles(in folder: String) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for name in StoreSchema.files {
            let path = RecWriter.storePath(name, in: folder)
            guard FileManager.default.fileExists(atPath: path) else { continue }
            files[name] = try FileAccess.readAll(path)
        }
        return files
    }

    private static func add(_ records: [NewRecord], to original: [String: [UInt8]], now: String,
                            under lock: borrowing StoreLock) throws -> [RecordText] {
        var files = original
        var made: [RecordAddition] = []
        for record in records {
            guard let set = StoreSchema.set(named: record.set) else {
                throw RecordAdditionError.unknownKind(record.set, known: StoreSchema.sets.map(\.name))
            }
            var given = record.fields.map { (name: $0.name, value: $0.value) }
            for link in record.links {
                guard made.indices.contains(link.record),
                      let value = made[link.record].record.fields.first(where: { $0.name == link.from })?.value else {
                    throw RecordAdditionError.invalid(set: set.name, problems: ["\(link.field): refers to a record that is not part of this write"])
                }
                given.append((link.field, value))
            }
            let addition = try RecordAddition(set: set, given: given, files: files, now: now)
            files[set.file] = addition.contents
            made.append(addition)
        }
        var order: [String] = []
        for addition in made where !order.contains(addition.set.file) { order.append(addition.set.file) }
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
        return made.map(\.record)
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

    private static func remove(set name: String, matching: [NewRecord.Field], from files: [String: [UInt8]],
                               under lock: borrowing StoreLock) throws -> [RecordText] {
        guard let set = StoreSchema.set(named: name) else {
            throw RecordAdditionError.unknownKind(name, known: StoreSchema.sets.map(\.name))
        }
        let described = matching.map { "\($0.name) \($0.value)" }.joined(separator: ", ")
        guard let bytes = files[set.file] else {
            throw RecordAdditionError.invalid(set: name, problems: ["no \(set.file): nothing matches \(described)"])
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
            throw RecordAdditionError.invalid(set: name, problems: [
                found.isEmpty ? "no record matches \(described)" : "\(found.count) different records match \(described); none was removed"])
        }
        var cut = bytes
        for copy in found.sorted(by: { $0.line > $1.line }) { cut = RecordLines.removing(copy, from: cut) }
        try StoreManifest.rewrite(set.file, contents: cut, under: lock)
        return [try RecordText(record)]
    }
}
