/// A new attendance mark made and checked against the snapshot it will join, reading of `attendance.rec` only its last record.

import Recfile

/// What `StoreWrite.performed(in:now:lockTimeout:snapshot:stamps:cache:)` appends for a mark
/// the roster's Space key makes. The usual way decodes the whole store with the mark in place
/// (3,6 s at 100k learners, 1M enrollments and 1M marks); a mark's lines are checked against the
/// class (its record and sessions, in `classes.rec`), the learner's key (in `learners.rec`) and the
/// learner's enrollment in the class, above the mark. So the decoder checks it on a short store:
/// `attendance.rec` as its two heads (kept in `AttendanceFileCache`) with the one enrollment
/// between them, written from the snapshot's values, and the new mark; `classes.rec` as it is; of
/// `learners.rec` its head and the learner's record. The snapshot, read from these very files,
/// answers whether the learner exists and is enrolled; when not, this way steps aside and the
/// usual check words the refusal.
struct SnapshotAttendance {
    let set = StoreSchema.attendance
    let record: RecordText
    /// The separator and the record, as the append writes them.
    let inserted: [UInt8]
    /// The size of `attendance.rec` before the append.
    let size: Int

    /// Nil when this way does not apply, with nothing refused: the file does not end with the
    /// snapshot's last mark (another set after it, a file not plain at its end), an id is not
    /// plain ASCII, or the learner is not in the snapshot or not enrolled in the class.
    init?(_ new: NewRecord, snapshot: StoreSnapshot, folder: String, stamps: StoreFileStamps, heads: AttendanceFileCache,
          now: String, copyTag: CopyTag?) throws {
        let set = StoreSchema.attendance
        guard let size = stamps.size(of: set.file), let last = snapshot.attendance.last,
              stamps.size(of: "classes.rec") != nil, stamps.size(of: "learners.rec") != nil else { return nil }
        let record = try RecordAddition.made(new.fields.map { (name: $0.name, value: $0.value) }, set: set, existing: [],
                                             now: now, copyTag: copyTag)
        let values = RecParser.parse(record.bytes, file: set.file).records.first
        guard let classId = values?.value("Class"), let learnerId = values?.value("Learner"),
              LeanAwardScan.isPlainValue(classId.utf8), LeanAwardScan.isPlainValue(learnerId.utf8),
              let learner = snapshot.learners.first(where: { $0.id == learnerId }),
              snapshot.enrollments.contains(where: { $0.classId == classId && $0.learnerId == learnerId }) else { return nil }
        let lastLines = ["Class: \(last.classId)", "Learner: \(last.learnerId)", "Date: \(last.date)"].map { Array($0.utf8) }
        guard let end = SnapshotAward.lastParagraph(RecWriter.storePath(set.file, in: folder), size: size, { lines in
            lines.count == lastLines.count && lastLines.allSatisfy { want in lines.contains { $0.elementsEqual(want) } }
        }) else { return nil }
        // The enrollment the mark needs above it, as the snapshot has it.
        let enrolled = Array("Class: \(classId)\nLearner: \(learnerId)\n\n".utf8)
        guard try ShortClassStore.check(record, set: set, attendance: heads.enrollmentHead + enrolled + heads.attendanceHead,
                                        learner: learner, snapshot: snapshot, folder: folder, now: now) else { return nil }
        self.record = record
        inserted = RecordText.chunk([record], afterTail: end.suffix(RecordText.tailLength))
        self.size = size
    }
}
