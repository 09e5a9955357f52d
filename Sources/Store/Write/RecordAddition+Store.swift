/// Adds a record to a store folder: read, check, assign ids and write, all under the store's lock.

import Foundation
import Recfile

extension RecordAddition {
    /// Reads the store in `folder`, makes and checks the record, and writes it, holding the
    /// store's exclusive lock from the read to the write, so no other writer can take the same
    /// id or change what was checked. At the end of its file the record is appended (one write on
    /// O_APPEND, then fsync); before another set's part of the file, the file is rewritten
    /// (temporary file, fsync, rename). Returns what was written.
    /// - Throws: `RecordAdditionError` (nothing written), `RecWriterError`, or `StoreError` for a
    ///   folder that cannot be read.
    public static func add(set: SetSchema, given: [(name: String, value: String)], in folder: String,
                           now: String, force: Bool = false,
                           lockTimeout: Duration? = StoreLock.defaultTimeout) throws -> RecordAddition {
        try FileAccess.checkFolder(folder)
        return try StoreLock.withExclusive(in: folder, timeout: lockTimeout) { lock in
            // Repair a torn append first, so a rewrite never writes its bytes back.
            _ = try RecWriter.recoverAppend(under: lock)
            var files: [String: [UInt8]] = [:]
            for name in StoreSchema.files {
                let path = RecWriter.storePath(name, in: folder)
                guard FileManager.default.fileExists(atPath: path) else { continue }
                files[name] = try FileAccess.readAll(path)
            }
            let addition = try RecordAddition(set: set, given: given, files: files, now: now, force: force)
            if addition.isAppend {
                try RecWriter.append([addition.record], to: set.file, under: lock)
            } else {
                try StoreManifest.rewrite(set.file, contents: addition.contents, under: lock)
            }
            StoreManifest.update(in: lock.folder)
            return addition
        }
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
