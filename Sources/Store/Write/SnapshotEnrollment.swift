/// A new enrollment made and checked against the snapshot it will join: `attendance.rec` read once, to put the record in, and its check made on short files.

import Foundation
import Recfile

/// What `StoreWrite.performed(in:now:lockTimeout:snapshot:stamps:cache:)` writes for the form's
/// enrollment: `attendance.rec` with the record inside it (after the last enrollment, before the
/// Attendance part, where `RecordAddition.placement` puts it), the undo journal's change, and the
/// insertion the reload reads alone.
///
/// The usual way decodes the whole store with the new record in place (4 s at 100k learners and
/// 1M enrollments). An enrollment's lines are checked against three things only: the class (its
/// record and dates, in `classes.rec`), the learner's key (in `learners.rec`) and the enrollments
/// of the same class and learner. So the decoder checks the record on a short store — the head of
/// `attendance.rec` up to its first enrollment (the descriptor) and the new record, `classes.rec`
/// as it is, and of `learners.rec` its head and the one learner's record — while the snapshot,
/// read from these very files, answers whether the learner exists and the pair is new. When it
/// does not (no such learner, the pair enrolled already) this way steps aside and the usual
/// check words the refusal.
struct SnapshotEnrollment {
    let set = StoreSchema.enrollment
    let record: RecordText
    /// The whole file with the record in: the text before it, the record, the text after it.
    let parts: [ArraySlice<UInt8>]
    let insertion: FileInsertion
    /// The file as read, and the FNV-1a of the file after, worked out on another thread.
    private let before: [UInt8]
    private let checksum: BackgroundChecksum

    /// The undo journal's change, once the checksum is done (it runs beside the check and the
    /// writing of the new file).
    var change: UndoChange {
        UndoChange(file: set.file, set: set.name, replacing: insertion.offset..<insertion.offset, of: before, with: insertion.bytes,
                   hashAfter: hashAfter, put: [record.bytes], took: [])
    }

    /// The FNV-1a of the file after (waiting for it).
    var hashAfter: UInt64 { checksum.value }

    /// The files whose errors would fall on an enrollment, or change what its check reads.
    static let files: Set<String> = ["attendance.rec", "classes.rec", "learners.rec"]

    /// Nil when this way does not apply, with nothing refused: a file's layout is not the one the
    /// snapshot was read from or not plain (a byte-order mark, carriage returns, no Attendance part
    /// after the enrollments, no blank line before it), the set has no enrollment yet, or the
    /// learner is not in the snapshot or already in the class.
    init?(_ new: NewRecord, snapshot: StoreSnapshot, folder: String, stamps: StoreFileStamps, now: String,
          copyTag: CopyTag?) throws {
        let set = StoreSchema.enrollment
        guard let first = snapshot.enrollments.first, let last = snapshot.enrollments.last, let size = stamps.size(of: set.file),
              stamps.size(of: "classes.rec") != nil, stamps.size(of: "learners.rec") != nil else { return nil }
        let record = try RecordAddition.made(new.fields.map { (name: $0.name, value: $0.value) }, set: set, existing: [],
                                             now: now, copyTag: copyTag)
        let values = RecParser.parse(record.bytes, file: set.file).records.first
        guard let classId = values?.value("Class"), let learnerId = values?.value("Learner"),
              let learner = snapshot.learners.first(where: { $0.id == learnerId }),
              !snapshot.enrollments.contains(where: { $0.classId == classId && $0.learnerId == learnerId }) else { return nil }
        let bytes = try FileAccess.readAll(RecWriter.storePath(set.file, in: folder))
        guard bytes.count == size,
              let part = bytes.withUnsafeBufferPointer({
                  Self.enrollmentPart($0, first: first.source.line, last: last.source.line,
                                      attendance: snapshot.attendance.first?.source.line)
              }),
              RecordText.separator(afterTail: bytes[..<part.place].suffix(RecordText.tailLength)).isEmpty else { return nil }
        let inserted = record.bytes + [0x0A]
        let parts = [bytes[..<part.place], inserted[...], bytes[part.place...]]
        // FNV-1a is one chain over the whole file: worked out beside the check.
        let checksum = BackgroundChecksum(parts: parts)

        guard try ShortClassStore.check(record, set: set, attendance: Array(bytes[..<part.head]), learner: learner,
                                        snapshot: snapshot, folder: folder, now: now) else { return nil }
        self.record = record
        self.parts = parts
        self.checksum = checksum
        before = bytes
        insertion = FileInsertion(file: set.file, set: set.name, offset: part.place, linesBefore: part.linesBefore,
                                  bytes: inserted)
    }

    /// Where the enrollments of `attendance.rec` start (`head`, the offset of line `first`, the
    /// first enrollment's) and where a new one goes (`place`: the start of the next `%rec:` line
    /// after the set's own, or of the comment lines right above it), with the lines before that.
    /// Nil unless the set's descriptor is the plain `%rec: Enrollment` line above line `first`,
    /// and the next descriptor lies after line `last` (the last enrollment) and before line
    /// `attendance` (the first attendance mark), as the snapshot read them.
    static func enrollmentPart(_ bytes: UnsafeBufferPointer<UInt8>, first: Int, last: Int,
                                       attendance: Int?) -> (head: Int, place: Int, linesBefore: Int)? {
        let own = Array("%rec: Enrollment".utf8), descriptor = Array("%rec:".utf8)
        var head: Int?
        var declared = false
        // The first of the comment lines just above the line being read, and its number.
        var comments: (offset: Int, line: Int)?
        var found: (head: Int, place: Int, linesBefore: Int)?
        ShortClassStore.forEachLine(bytes) { line, start, end in
            if line == first { head = start }
            let text = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if text.starts(with: descriptor) {
                if !declared {
                    guard text.elementsEqual(own), head == nil else { return false }
                    declared = true
                } else {
                    let place = comments ?? (start, line)
                    guard let head, place.line > last, attendance.map({ line < $0 }) ?? true else { return false }
                    found = (head, place.offset, place.line - 1)
                    return false
                }
            }
            comments = text.first == UInt8(ascii: "#") ? (comments ?? (start, line)) : nil
            return true
        }
        return found
    }
}
