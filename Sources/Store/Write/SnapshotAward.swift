/// A new award made and checked against the snapshot it will join, reading of `awards.rec` only its head and its last record.

import Recfile

/// What `StoreWrite.performed(in:now:lockTimeout:snapshot:stamps:cache:)` writes: the record, the
/// bytes appended, and the file's size before them. Made as `RecordAddition.lean` makes an award
/// (the same steps, the same refusals), but with the awards kept in memory standing in for the
/// scan: the ids' pattern from the cache, the id looked up among the snapshot's awards. The
/// decoder then checks the record's lines on a short file — the head of `awards.rec` up to its
/// first award (the descriptor), its last record (so the separator and the file's tail are the
/// file's own) and the new record — beside `branches.rec`.
struct SnapshotAward {
    let set = StoreSchema.award
    let record: RecordText
    let id: String
    /// The separator and the record, as the append writes them.
    let inserted: [UInt8]
    /// The size of `awards.rec` before the append.
    let size: Int

    /// How far into each end of the file the head and the last record are looked for.
    static let window = 64 << 10

    /// Nil when this way does not apply, with nothing refused: the file's ends are not as the
    /// snapshot says, the record's id is not plain ASCII, or the clerk gave one that is used
    /// already (the usual check words that refusal with everything else wrong with the record).
    init?(_ new: NewRecord, snapshot: StoreSnapshot, folder: String, stamps: StoreFileStamps, ids: [String],
          now: String, copyTag: CopyTag?) throws {
        let set = StoreSchema.award
        let path = RecWriter.storePath(set.file, in: folder)
        guard let size = stamps.size(of: set.file), let first = snapshot.awards.first, let last = snapshot.awards.last,
              let head = Self.head(path, size: size, line: first.source.line),
              let end = Self.lastRecord(path, size: size, id: last.id) else { return nil }
        let existing = ids.map { RecRecord(set: set.name, line: 0, fields: [RecField(name: "Id", value: $0, line: 0)]) }
        let record = try RecordAddition.made(new.fields.map { (name: $0.name, value: $0.value) }, set: set, existing: existing,
                                             now: now, copyTag: copyTag)
        let given = record.fields.filter { $0.name == "Id" }
        // An id made from the pattern is above every number of its prefix, so no award has it; an
        // id the clerk gave is looked for.
        let madeId = !new.fields.contains { $0.name == "Id" }
        guard given.count == 1, let id = given.first?.value, LeanAwardScan.isPlainValue(id.utf8),
              madeId || !snapshot.awards.contains(where: { $0.id == id }) else { return nil }
        let short = head + end
        let placed = RecordAddition.placing(record, in: short, at: RecordAddition.Placement(offset: short.count, atEnd: true))
        var files = [set.file: placed.text]
        let branches = RecWriter.storePath("branches.rec", in: folder)
        if stamps.size(of: "branches.rec") != nil { files["branches.rec"] = try FileAccess.readAll(branches) }
        try RecordAddition.check(set: set, lines: placed.lines, files: files, now: now, force: true)
        self.record = record
        self.id = id
        inserted = placed.inserted
        self.size = size
    }

    /// The bytes of the file before its line `line` (the first award's), when they lie in its first window.
    private static func head(_ path: String, size: Int, line: Int) -> [UInt8]? {
        guard line >= 1, let bytes = SystemCalls.read(path: path, count: min(size, window), at: 0) else { return nil }
        var seen = 1, i = 0
        while seen < line {
            guard let next = bytes[i...].firstIndex(of: 0x0A) else { return nil }
            i = next + 1
            seen += 1
        }
        return Array(bytes[..<i])
    }

    /// The file from the start of its last paragraph on, when that paragraph lies in its last
    /// window, is made of plain field lines only, and is the award `id`'s record.
    private static func lastRecord(_ path: String, size: Int, id: String) -> [UInt8]? {
        let idLine = Array("Id: \(id)".utf8)
        return lastParagraph(path, size: size) { lines in
            lines.filter { $0.starts(with: "Id:".utf8) }.count == 1 && lines.contains { $0.elementsEqual(idLine) }
        }
    }

    /// The file from the start of its last paragraph on, when that paragraph lies in its last
    /// window, is made of plain field lines only (no comment, no continuation), and its lines
    /// (without their line breaks) are what `accept` looks for.
    static func lastParagraph(_ path: String, size: Int, _ accept: ([ArraySlice<UInt8>]) -> Bool) -> [UInt8]? {
        let count = min(size, window)
        guard let bytes = SystemCalls.read(path: path, count: count, at: size - count), bytes.count == count,
              bytes.last == 0x0A else { return nil }
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x0A { end -= 1 }
        var start = end
        while start > 0, !(bytes[start - 1] == 0x0A && start >= 2 && bytes[start - 2] == 0x0A) { start -= 1 }
        guard start > 0 || count == size, start < end else { return nil }
        let lines = bytes[start..<end].split(separator: 0x0A, omittingEmptySubsequences: false)
        guard lines.allSatisfy({ line in line.first.map { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) } ?? false
                                 && line.last != UInt8(ascii: "\\") }),
              accept(lines),
              bytes.suffix(RecordText.tailLength).count == RecordText.tailLength || count == size else { return nil }
        return Array(bytes[start...])
    }
}
