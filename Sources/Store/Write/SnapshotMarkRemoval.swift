/// An attendance mark taken out, found through the snapshot on screen instead of a parse of `attendance.rec`.

import Recfile

/// What `StoreWrite.performed(in:now:lockTimeout:snapshot:stamps:cache:)` writes for the
/// roster's Space on a learner marked present: `attendance.rec` without that mark, as
/// `StoreWrite.remove(set:matching:)` leaves it (the record's lines and the blank line after
/// them; a record that ends the file takes the blank line before it instead), and the undo
/// journal's change. The usual way parses the whole file to find the records that match (3 s at
/// 1M marks). Here the snapshot, read from the file as it is and without errors in it, has every
/// mark: when exactly one has the class, learner and date, its line is the one record of the file
/// that matches, and only its lines are read to take it out.
struct SnapshotMarkRemoval {
    let set = StoreSchema.attendance
    /// The mark as it was in the file.
    let record: RecRecord
    /// The file without it: the text before it, the text after it.
    let parts: [ArraySlice<UInt8>]
    /// The bytes taken out, and the record's own lines among them.
    private let range: Range<Int>
    private let took: [UInt8]
    private let before: [UInt8]
    private let checksum: BackgroundChecksum
    /// The removal as a reader of the file can follow it: the record with the blank line after it,
    /// or the file's last record with the blank line before it; nil for any other layout.
    let removal: FileRemoval?

    /// Nil when this way does not apply: other fields than a class, a learner and a date, any
    /// problem in the file, no mark or more than one with them in the snapshot, or the record on
    /// its line not made of exactly those three plain field lines with a blank line or the end of
    /// the file after them.
    init?(matching: [NewRecord.Field], snapshot: StoreSnapshot, folder: String, stamps: StoreFileStamps) throws {
        let set = StoreSchema.attendance
        func value(_ name: String) -> String? { matching.first { $0.name == name }?.value }
        guard matching.count == 3, let classId = value("Class"), let learnerId = value("Learner"), let day = value("Date"),
              let date = CalendarDate(iso: Substring(day)), date.description == day, let size = stamps.size(of: set.file) else { return nil }
        // Any problem in the file (a field given twice hides a value from the snapshot, an unknown
        // field makes a record longer than its three) sends the unmark the usual way.
        guard !snapshot.problems.contains(where: { $0.file == set.file }) else { return nil }
        let found = snapshot.attendance.filter { $0.date == date && $0.classId == classId && $0.learnerId == learnerId }
        guard found.count == 1, let line = found.first?.source.line else { return nil }
        let bytes = try FileAccess.readAll(RecWriter.storePath(set.file, in: folder))
        guard bytes.count == size, let span = bytes.withUnsafeBufferPointer({ Self.lines(from: line, count: 3, in: $0) }) else { return nil }
        let own = Array(bytes[span.record])
        guard let parsed = RecParser.parse(own, file: set.file).records.first, parsed.fields.count == 3,
              matching.allSatisfy({ want in parsed.fields.contains { $0.name == want.name && $0.value == want.value } }) else { return nil }
        // As `RecordLines.removing`: the blank line after the record goes with it; a record that
        // ends the file takes the blank line before it instead.
        var lower = span.record.lowerBound
        let upper = span.blankAfter ?? span.record.upperBound
        if upper == bytes.count, lower >= 2, bytes[lower - 1] == 0x0A, bytes[lower - 2] == 0x0A { lower -= 1 }
        let lines = bytes[lower..<upper].count(where: { $0 == 0x0A })
        if lower == span.record.lowerBound, span.blankAfter != nil, upper < bytes.count {
            removal = FileRemoval(file: set.file, set: set.name, offset: lower, linesBefore: line - 1, recordLine: line, lines: lines,
                                  bytes: upper - lower, following: Array(bytes[upper..<min(upper + 64, bytes.count)]))
        } else if lower == span.record.lowerBound - 1, span.blankAfter == nil, upper == bytes.count {
            // The file's last record, with the blank line before it.
            removal = FileRemoval(file: set.file, set: set.name, offset: lower, linesBefore: line - 2, recordLine: line, lines: lines,
                                  bytes: upper - lower, following: [])
        } else {
            removal = nil
        }
        record = RecRecord(set: set.name, line: line, fields: parsed.fields)
        parts = [bytes[..<lower], bytes[upper...]]
        range = lower..<upper
        took = own
        before = bytes
        checksum = BackgroundChecksum(parts: parts)
    }

    /// The undo journal's change, once the checksum is done.
    var change: UndoChange {
        UndoChange(file: set.file, set: set.name, replacing: range, of: before, with: [], hashAfter: checksum.value,
                   put: [], took: [took])
    }

    var hashAfter: UInt64 { checksum.value }

    /// The bytes of the `count` lines from line `first` on (each a plain field line: a letter
    /// first, no continuation), and the blank line after them when there is one; nil when the
    /// line after them is not blank.
    private static func lines(from first: Int, count: Int,
                              in bytes: UnsafeBufferPointer<UInt8>) -> (record: Range<Int>, blankAfter: Int?)? {
        var start: Int?, end = 0, blankAfter: Int?, plain = true
        ShortClassStore.forEachLine(bytes) { line, from, to in
            if line < first { return true }
            if line < first + count {
                if line == first { start = from }
                let text = UnsafeBufferPointer(rebasing: bytes[from..<to])
                plain = plain && text.first.map { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) } == true
                    && text.last != UInt8(ascii: "\\") && text.last != 0x0D
                end = min(to + 1, bytes.count)
                return true
            }
            // A blank line (spaces and tabs allowed) goes with the record; anything else (a fourth
            // field, a continuation, a comment: a record goes on past one) is more than this way reads.
            if bytes[from..<to].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                blankAfter = min(to + 1, bytes.count)
            } else {
                plain = false
            }
            return false
        }
        guard let start, plain, end > start else { return nil }
        return (start..<end, blankAfter)
    }
}
