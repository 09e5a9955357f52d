/// A new award checked against what its check reads of `awards.rec`, not against a decoding of every award.

import Recfile

extension RecordAddition {
    /// The award `given` made and checked as `init(set:given:files:now:force:)` makes and checks
    /// it, with the same refusals in the same words, but with `awards.rec` read by one
    /// `LeanAwardScan`: the next id from the ids' pattern, and the store decoded with the awards
    /// that cannot bear on the new one (another branch, another id) left as blank lines, so the
    /// new record lands on the same lines. The other files are decoded whole, as before.
    ///
    /// Nil when this way does not apply, with nothing refused: another set, no `awards.rec` yet,
    /// a file the scan does not take for plain, an id or branch that is not plain ASCII, a record
    /// that would not go at the end of the file, or a copy with a tag (the scan keeps only what the
    /// next untagged id needs). The caller then checks the usual way.
    static func lean(set: SetSchema, given: [(name: String, value: String)], files: [String: [UInt8]], now: String,
                     force: Bool, copyTag: CopyTag? = nil) throws -> RecordAddition? {
        guard copyTag == nil, set.name == StoreSchema.award.name, let original = files[set.file],
              let scan = LeanAwardScan(original) else { return nil }
        // The few ids that give the same next id as all of them; nothing else of the existing
        // awards is read while an award's fields are made.
        let ids = scan.ids.map { RecRecord(set: set.name, line: 0, fields: [RecField(name: "Id", value: $0, line: 0)]) }
        let record = try made(given, set: set, existing: ids, now: now, copyTag: nil)
        guard let id = Self.line("Id: ", in: record.bytes), let branch = Self.line("Branch: ", in: record.bytes),
              LeanAwardScan.isPlainValue(id.dropFirst(4).dropLast()),
              LeanAwardScan.isPlainValue(branch.dropFirst(8).dropLast()),
              scan.declaresAward, let reduced = scan.reduced(idLine: id, branchLine: branch) else { return nil }
        // The file's one descriptor is the award's, so `placement` puts the record at the end.
        let placed = placing(record, in: reduced, at: Placement(offset: reduced.count, atEnd: true))
        var after = files
        after[set.file] = placed.text
        try check(set: set, lines: placed.lines, files: after, now: now, force: force)
        let inserted = RecordText.chunk([record], afterTail: original.suffix(RecordText.tailLength))
        return RecordAddition(set: set, record: record, appending: inserted, to: original)
    }

    /// The first line of `text` that starts with `prefix`, with its line break; nil when there is
    /// none or a second one.
    private static func line(_ prefix: String, in text: [UInt8]) -> ArraySlice<UInt8>? {
        var found: ArraySlice<UInt8>?
        var start = 0
        while start < text.count {
            let end = text[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? text.count
            let line = text[start..<end]
            if line.starts(with: prefix.utf8) {
                guard found == nil else { return nil }
                found = line
            }
            start = end
        }
        guard let found, found.last == 0x0A else { return nil }
        return found
    }
}
