/// Issuing a numbered paper: the next number of the body's register for the year, written under the store's lock.

import Recfile

/// The register of numbered papers (`papers.rec`), as the document commands use it.
public enum PaperRegister {
    /// Appends a `Paper` record for a paper `body` issues on `date`, and returns it with its
    /// number: one more than the highest the body gave that calendar year (1 for the first). The
    /// number is worked out and written under the store's lock, through the store's one write
    /// path (`StoreWrite.add`), so it is journaled for undo and two papers never share a number.
    /// - Throws: `RecordAdditionError` (an unknown body, an empty title: nothing written),
    ///   `RecWriterError`, `StoreError`.
    public static func issue(in folder: String, body: String, kind: String, title: String, date: CalendarDate,
                             now: String, lockTimeout: Duration? = StoreLock.defaultTimeout) throws -> IssuedPaper {
        let write = StoreWrite.add([NewRecord(set: StoreSchema.paper.name, fields: [
            NewRecord.Field("Body", body), NewRecord.Field("Kind", kind), NewRecord.Field("Date", date.description),
            NewRecord.Field("Title", title),
        ])])
        guard let record = try write.perform(in: folder, now: now, lockTimeout: lockTimeout).first else {
            throw RecordAdditionError.invalid(set: StoreSchema.paper.name, problems: [RefusalLine(vi: "không ghi được gì", en: "nothing was written")])
        }
        func value(_ name: String) -> String { record.fields.first { $0.name == name }?.value ?? "" }
        return IssuedPaper(id: value("Id"), body: value("Body"), year: Int(value("Year")) ?? date.year,
                           number: Int(value("Number")) ?? 0, kind: value("Kind"), date: date, title: value("Title"),
                           source: SourcePlace(file: StoreSchema.paper.file, line: 0))
    }
}
