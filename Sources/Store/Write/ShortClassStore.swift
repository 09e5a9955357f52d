/// The store an enrollment's or a mark's lines are checked on: `attendance.rec` cut short, `classes.rec` as it is, `learners.rec` cut to its head and one learner's record.

import Foundation
import Recfile

/// A class record's lines are checked against the class (its record and dates), the learner's
/// key and, for a mark, the learner's enrollment above it: the store's decoder sees those and
/// nothing else, so its problems on the record's lines are the whole check's (see
/// `SnapshotEnrollment`, `SnapshotAttendance`).
enum ShortClassStore {
    /// Checks `record` of `set` placed at the end of `attendance` (the short `attendance.rec`),
    /// beside `classes.rec` as it is and `learners.rec` cut to its head and `learner`'s record.
    /// False, with nothing checked, when `learners.rec` is not plain there (a byte-order mark, a
    /// carriage return).
    /// - Throws: `RecordAdditionError` with the record's problems.
    static func check(_ record: RecordText, set: SetSchema, attendance: [UInt8], learner: Learner, snapshot: StoreSnapshot,
                      folder: String, now: String) throws -> Bool {
        let placed = RecordAddition.placing(record, in: attendance, at: RecordAddition.Placement(offset: attendance.count, atEnd: true))
        let learners = try FileAccess.readAll(RecWriter.storePath("learners.rec", in: folder))
        guard let firstLearner = snapshot.learners.first,
              let short = learners.withUnsafeBufferPointer({
                  headAndRecord($0, first: firstLearner.source.line, record: learner.source.line)
              }) else { return false }
        let files = [set.file: placed.text, "learners.rec": short,
                     "classes.rec": try FileAccess.readAll(RecWriter.storePath("classes.rec", in: folder))]
        try RecordAddition.check(set: set, lines: placed.lines, files: files, now: now, force: true)
        return true
    }

    /// The bytes before line `first` (the set's head: its descriptor and comments) followed by the
    /// paragraph that starts on line `record`, up to the blank line after it; nil when there is a
    /// byte-order mark or a carriage return in them.
    private static func headAndRecord(_ bytes: UnsafeBufferPointer<UInt8>, first: Int, record: Int) -> [UInt8]? {
        var head: Int?, start: Int?, end = bytes.count
        forEachLine(bytes) { line, from, to in
            if line == first { head = from }
            if line == record { start = from }
            if start != nil, from == to {
                end = from
                return false
            }
            return true
        }
        guard let head, let start, start >= head else { return nil }
        let short = Array(bytes[..<head]) + bytes[start..<end]
        guard !short.starts(with: [0xEF, 0xBB, 0xBF]), !short.contains(0x0D) else { return nil }
        return short
    }

    /// Calls `body` with each line's number (from 1), start and end (before its line break) until
    /// it returns false.
    static func forEachLine(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int, Int) -> Bool) {
        guard let base = bytes.baseAddress else { return }
        var pos = 0, line = 1
        while pos < bytes.count {
            let end = memchr(base + pos, 0x0A, bytes.count - pos).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count
            guard body(line, pos, end) else { return }
            pos = end + 1
            line += 1
        }
    }
}
