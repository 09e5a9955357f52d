/// The dashboard's enrollments and attendance marks checked against the snapshot it shows give what the check against the store read again gives: the same refusals, records, file bytes, insertion and undo journal.

import Foundation
import XCTest
@testable import Store
@testable import Recfile
import StoreDemo
import StoreFixtures

final class SnapshotClassWriteTests: XCTestCase {
    private let now = "2022-10-20 09:00"

    private func outcome(_ folder: String, _ write: () throws -> StoreWriteReport) -> WriteOutcome {
        WriteOutcome(folder, file: "attendance.rec", write)
    }

    private func pair(_ files: [String: String]) throws -> (String, String) { try WriteOutcome.pair(self, files) }

    private func enroll(_ fields: [(String, String)]) -> StoreWrite {
        .add([NewRecord(set: "Enrollment", fields: fields.map { .init($0.0, $0.1) })])
    }

    /// The form's enrollments, each with whether it is checked against the snapshot: accepted
    /// ones, and each way one is refused.
    private func cases(_ snapshot: StoreSnapshot) throws -> [(write: StoreWrite, viaSnapshot: Bool, refused: Bool)] {
        let enrolled = try XCTUnwrap(snapshot.enrollments.last)
        let pairs = Set(snapshot.enrollments.map { [$0.classId, $0.learnerId] })
        let free = snapshot.classes.flatMap { c in snapshot.learners.map { [c.id, $0.id] } }.filter { !pairs.contains($0) }
        XCTAssertGreaterThanOrEqual(free.count, 3, "the store leaves learners to enroll")
        let dated = try XCTUnwrap(snapshot.classes.first { $0.start != nil }, "a class with a first day")
        // Tried first, before the pair may be written.
        let other = try XCTUnwrap(free.first { $0[0] == dated.id })
        func fresh(_ pair: [String]) -> [(String, String)] { [("Class", pair[0]), ("Learner", pair[1])] }
        return [
            (enroll(fresh([dated.id, other[1]]) + [("Date", "2001-01-01")]), true, true),            // before the class
            (enroll(fresh(free[0])), true, false),
            (enroll([("Class", enrolled.classId), ("Learner", enrolled.learnerId)]), false, true),   // enrolled already
            (enroll([("Class", "ZZ99"), ("Learner", free[1][1])]), true, true),                      // no such class
            (enroll([("Class", free[1][0]), ("Learner", "HV-KHONG-CO")]), false, true),              // no such learner
            (enroll(fresh(free[1]) + [("Date", "hôm qua")]), true, true),
            (enroll(fresh(free[1]) + [("Date", "2099-01-01")]), true, true),                         // in the future
            (enroll([("Class", free[1][0])]), false, true),                                          // no learner
            (enroll(fresh(free[1]) + [("Colour", "red")]), true, false),                             // not an enrollment's field: left out
            (enroll(fresh(free[0])), false, true),                                                   // the first again
            (enroll(fresh(free[2])), true, false),
        ]
    }

    private func mark(_ fields: [(String, String)]) -> StoreWrite {
        .add([NewRecord(set: "Attendance", fields: fields.map { .init($0.0, $0.1) })])
    }

    /// The roster's marks: new ones, a second of the same, and each way one is refused.
    private func markCases(_ snapshot: StoreSnapshot) throws -> [(write: StoreWrite, viaSnapshot: Bool, refused: Bool)] {
        let marked = Set(snapshot.attendance.map { [$0.classId, $0.learnerId, $0.date.description] })
        let sessions = Dictionary(snapshot.attendance.map { ($0.classId, $0.date.description) }, uniquingKeysWith: { a, _ in a })
        let open = snapshot.enrollments.compactMap { e in sessions[e.classId].map { [e.classId, e.learnerId, $0] } }
            .filter { !marked.contains($0) }
        XCTAssertGreaterThanOrEqual(open.count, 2, "enrolled learners not marked at a session of their class")
        let enrolled = Set(snapshot.enrollments.map { [$0.classId, $0.learnerId] })
        let (session, stranger) = try XCTUnwrap(open.lazy.compactMap { m in
            snapshot.learners.first { !enrolled.contains([m[0], $0.id]) }.map { (m, $0) }
        }.first, "a learner not in a class")
        func fields(_ m: [String]) -> [(String, String)] { [("Class", m[0]), ("Learner", m[1]), ("Date", m[2])] }
        return [
            (mark(fields(open[0])), true, false),
            (mark(fields(open[0])), true, false),                                                    // marked twice: one fact, kept
            (mark([("Class", session[0]), ("Learner", stranger.id), ("Date", session[2])]), false, true), // not enrolled
            (mark([("Class", "ZZ99"), ("Learner", open[1][1]), ("Date", open[1][2])]), false, true),   // no such class
            (mark([("Class", open[1][0]), ("Learner", open[1][1]), ("Date", "2001-01-01")]), true, true), // no session then
            (mark([("Class", open[1][0]), ("Learner", open[1][1]), ("Date", "hôm qua")]), true, true),
            (mark([("Class", open[1][0]), ("Learner", open[1][1])]), true, true),                     // no date
            (mark(fields(open[1])), true, false),
        ]
    }

    /// Each case written both ways, one after another, the live store reloaded after each as the
    /// dashboard does (so the kept checksums are carried forward): the same outcome and files
    /// every time. Enrollments first, then marks, then the undo of the last three writes.
    private func assertSame(_ files: [String: String], _ store: String, expectSnapshot: Bool = true,
                            file: StaticString = #filePath, line: UInt = #line) throws {
        let (a, b) = try pair(files)
        var live = try LiveStore(directory: a)
        XCTAssertTrue(live.shown.errors.filter { SnapshotEnrollment.files.contains($0.file) }.isEmpty,
                      "\(store): \(live.shown.errors.prefix(3))", file: file, line: line)
        var cache = SnapshotWriteCache()
        var written = 0
        // `way`: whether to hold the write to the way expected (a file's own lines may not be plain
        // while those this program adds to it are).
        func run(_ cases: [(write: StoreWrite, viaSnapshot: Bool, refused: Bool)], way: Bool = true) throws {
            for (write, viaSnapshot, refused) in cases {
                let stamps = try XCTUnwrap(live.stamps, store)
                let fast = outcome(a) { try write.performed(in: a, now: now, snapshot: live.shown, stamps: stamps, cache: &cache) }
                let whole = outcome(b) { try write.performed(in: b, now: now) }
                if way || expectSnapshot {
                    XCTAssertEqual(cache.lastUsedSnapshot, viaSnapshot && expectSnapshot, "\(store): \(write)", file: file, line: line)
                }
                XCTAssertEqual(fast, whole, "\(store): \(write)", file: file, line: line)
                XCTAssertEqual(whole.refusal != nil, refused, "\(store): \(write): \(whole.refusal ?? "written")", file: file, line: line)
                if whole.refusal == nil { written += 1 }
                _ = live.reload(after: cache.lastWrite)
                // The snapshot after the reload, read in place or whole, is a fresh load's.
                let fresh = try StoreLoader.load(directory: a)
                assertSameSnapshot(live.shown, fresh, "\(store): \(write)", file: file, line: line)
                XCTAssertEqual(live.shown.fileRecords, fresh.fileRecords, "\(store): \(write)", file: file, line: line)
                if cache.lastWrite?.removal != nil { XCTAssertTrue(live.lastWasIncremental, "\(store): \(write)", file: file, line: line) }
            }
        }
        try run(try cases(live.shown))
        XCTAssertEqual(written, 3, store, file: file, line: line)
        if expectSnapshot || !live.shown.attendance.isEmpty {
            let marks = try markCases(live.shown)
            try run(marks)
            XCTAssertEqual(written, 6, store, file: file, line: line)
            // An enrollment between marks: the mark after it starts from the checksum the enrollment left.
            let shown = live.shown
            let pairs = Set(shown.enrollments.map { [$0.classId, $0.learnerId] })
            let (session, learner) = try XCTUnwrap(shown.attendance.lazy.compactMap { m in
                shown.learners.first { !pairs.contains([m.classId, $0.id]) }.map { (m, $0) }
            }.first, store)
            let fields = [("Class", session.classId), ("Learner", learner.id)]
            let last = fields + [("Date", session.date.description)]
            try run([(enroll(fields), true, false), (mark(last), true, false)])
            XCTAssertEqual(written, 8, store, file: file, line: line)
            // Marks taken out: the file's last record, one inside it, one marked twice (both
            // copies go, the usual way), one no longer there.
            let twice = try XCTUnwrap(marks.first).write, once = try XCTUnwrap(marks.last).write
            func unmark(_ write: StoreWrite) throws -> StoreWrite {
                guard case .add(let records) = write, let fields = records.first?.fields else { throw CocoaError(.featureUnsupported) }
                return .remove(set: "Attendance", matching: fields)
            }
            try run([(try unmark(mark(last)), true, false), (try unmark(once), true, false), (try unmark(twice), false, false),
                     (try unmark(once), false, true)], way: false)
            XCTAssertEqual(written, 11, store, file: file, line: line)
        }
        for _ in 0..<3 {
            let undone = outcome(a) { try StoreWrite.undo.performed(in: a, now: now) }
            XCTAssertEqual(undone, outcome(b) { try StoreWrite.undo.performed(in: b, now: now) }, store, file: file, line: line)
        }
    }

    /// The files an enrollment's check reads, and the campaign.
    private static func enrollmentFiles(_ texts: [String: String]) -> [String: String] {
        texts.filter { ["attendance.rec", "classes.rec", "learners.rec", "campaign.rec"].contains($0.key) }
    }

    /// The fixture's, with a fourth learner who is in no class.
    private static let fixture: [String: String] = {
        var files = enrollmentFiles(StoreFixture.texts())
        files["learners.rec"]? += "\nId: HV4\nName: Phạm Văn Bốn\n"
        return files
    }()

    func testTheFixtureGivesTheSameOutcomesBothWays() throws {
        try assertSame(Self.fixture, "fixture")
    }

    func testAGeneratedStoreGivesTheSameOutcomesBothWays() throws {
        try assertSame(Self.enrollmentFiles(StoreGenerator(seed: 7, counts: GeneratorDeterminismTests.small).texts()), "generated")
    }

    /// Comments above the Attendance part stay above it; the record goes before them.
    func testCommentsAboveTheAttendancePartStayWithIt() throws {
        var files = Self.fixture
        let text = try XCTUnwrap(files["attendance.rec"])
        files["attendance.rec"] = text.replacingOccurrences(of: "\n%rec: Attendance", with: "\n# Điểm danh\n# theo buổi\n%rec: Attendance")
        XCTAssertNotEqual(files["attendance.rec"], text)
        try assertSame(files, "comments")
    }

    /// Files this way does not read as plain go the usual way, with the same outcomes: carriage
    /// returns (in attendance.rec or learners.rec), a byte-order mark, the Attendance part
    /// declared first, no Attendance part after the enrollments.
    func testOtherLayoutsGoTheUsualWay() throws {
        let base = Self.fixture
        let text = try XCTUnwrap(base["attendance.rec"])
        var crlf = base
        crlf["attendance.rec"] = text.replacingOccurrences(of: "\n", with: "\r\n")
        try assertSame(crlf, "CRLF", expectSnapshot: false)
        let learners = try XCTUnwrap(base["learners.rec"])
        var crlfLearners = base, bomLearners = base
        crlfLearners["learners.rec"] = learners.replacingOccurrences(of: "\n", with: "\r\n")
        bomLearners["learners.rec"] = "\u{FEFF}" + learners
        try assertSame(crlfLearners, "CRLF in learners.rec", expectSnapshot: false)
        try assertSame(bomLearners, "a byte-order mark in learners.rec", expectSnapshot: false)
        let parts = text.components(separatedBy: "\n%rec: Attendance")
        XCTAssertEqual(parts.count, 2)
        var swapped = base
        // The Attendance part declared first, its marks gone (they would come before any enrollment).
        let attendanceHead = try XCTUnwrap(parts[1].components(separatedBy: "\n\n").first)
        swapped["attendance.rec"] = "# attendance.rec\n\n%rec: Attendance" + attendanceHead + "\n"
            + parts[0].replacingOccurrences(of: "# attendance.rec\n", with: "")
        let noAttendance = parts[0] + "\n"
        var last = base
        last["attendance.rec"] = noAttendance
        try assertSame(last, "no Attendance part", expectSnapshot: false)
        try assertSame(swapped, "Attendance first", expectSnapshot: false)
    }

    /// One write both ways on `files`: the same outcome, and the way taken.
    private func assertSameWrite(_ files: [String: String], _ write: StoreWrite, viaSnapshot: Bool, _ note: String,
                                 file: StaticString = #filePath, line: UInt = #line) throws {
        let (a, b) = try pair(files)
        let live = try LiveStore(directory: a)
        let stamps = try XCTUnwrap(live.stamps)
        var cache = SnapshotWriteCache()
        let fast = outcome(a) { try write.performed(in: a, now: now, snapshot: live.shown, stamps: stamps, cache: &cache) }
        XCTAssertEqual(fast, outcome(b) { try write.performed(in: b, now: now) }, note, file: file, line: line)
        XCTAssertEqual(cache.lastUsedSnapshot, viaSnapshot, note, file: file, line: line)
        XCTAssertEqual(try StoreLoader.load(directory: a).problems, try StoreLoader.load(directory: b).problems, note,
                       file: file, line: line)
    }

    /// Marks written otherwise than the program writes them are taken out as the usual way takes
    /// them out, or left to it: a comment and a field after the three, a field given twice (which
    /// hides a second match from the snapshot), spaces on the blank line after, the file's only mark.
    func testUnusualMarksAreTakenOutAsTheUsualWayDoes() throws {
        let text = try XCTUnwrap(Self.fixture["attendance.rec"])
        let mark = "Class: L1\nLearner: HV1\nDate: 2022-10-13\n"
        XCTAssertTrue(text.contains(mark))
        let unmark = StoreWrite.remove(set: "Attendance", matching: [.init("Class", "L1"), .init("Learner", "HV1"), .init("Date", "2022-10-13")])
        func with(_ replacement: String) -> [String: String] {
            var files = Self.fixture
            files["attendance.rec"] = text.replacingOccurrences(of: mark, with: replacement)
            return files
        }
        try assertSameWrite(with(mark + "# đến muộn\nNote: 15 phút\n"), unmark, viaSnapshot: false, "a comment and a field after")
        try assertSameWrite(with(mark + "# đến muộn\n"), unmark, viaSnapshot: false, "a comment after")
        try assertSameWrite(with(mark + "\nClass: L1\nLearner: HV1\nDate: 2022-10-20\nDate: 2022-10-13\n"), unmark,
                            viaSnapshot: false, "a second match behind a field given twice")
        try assertSameWrite(with(mark + "  \t\n"), unmark, viaSnapshot: true, "spaces on the blank line after")
        try assertSameWrite(with(mark), unmark, viaSnapshot: true, "as written")
        // The file's only mark, then a mark after it.
        let parts = text.components(separatedBy: "\n%rec: Attendance")
        XCTAssertEqual(parts.count, 2)
        let descriptor = try XCTUnwrap(parts[1].components(separatedBy: "\nClass:").first)
        let only = parts[0] + "\n%rec: Attendance" + descriptor + "\n" + mark
        var files = Self.fixture
        files["attendance.rec"] = only
        try assertSameWrite(files, unmark, viaSnapshot: true, "the only mark")
    }

    /// Another program's enrollment, written after the snapshot was read, sends the write the
    /// usual way: the pair is refused though the snapshot does not know it.
    func testAStaleSnapshotIsNotTrusted() throws {
        let (a, _) = try pair(Self.fixture)
        let live = try LiveStore(directory: a)
        let stamps = try XCTUnwrap(live.stamps)
        let write = enroll([("Class", "L2"), ("Learner", "HV1")])
        _ = try write.performed(in: a, now: now)
        var cache = SnapshotWriteCache()
        XCTAssertThrowsError(try write.performed(in: a, now: now, snapshot: live.shown, stamps: stamps, cache: &cache)) { error in
            XCTAssertTrue((error as? RecordAdditionError)?.text(.en).contains("HV1") == true, "\(error)")
        }
        XCTAssertFalse(cache.lastUsedSnapshot)
    }

    /// An unmark of a mark inside the file is read in place: the mark dropped, the marks after it
    /// moved up; an append by another program after it is read from the right offset. So is the
    /// unmark of the file's last record (a mark made by mistake, taken back at once).
    func testTheOwnUnmarkIsDroppedInPlaceAndTheNextAppendReadAfterIt() throws {
        let (a, _) = try pair(Self.fixture)
        var live = try LiveStore(directory: a)
        _ = live.reload()
        var cache = SnapshotWriteCache()
        let first = try XCTUnwrap(live.shown.attendance.first)
        let stamps = try XCTUnwrap(live.stamps)
        _ = try StoreWrite.remove(set: "Attendance", matching: [.init("Class", first.classId), .init("Learner", first.learnerId),
                                                                .init("Date", first.date.description)])
            .performed(in: a, now: now, snapshot: live.shown, stamps: stamps, cache: &cache)
        XCTAssertNotNil(cache.lastWrite?.removal)
        _ = live.reload(after: cache.lastWrite)
        XCTAssertTrue(live.lastWasIncremental)
        assertSameSnapshot(live.shown, try StoreLoader.load(directory: a), "after the unmark")
        /// Another program's mark on `day`, appended, and the reload after it: an append, as a fresh load reads it.
        func appendByHand(_ day: Int, _ note: String) throws {
            let handle = try XCTUnwrap(FileHandle(forWritingAtPath: a + "/attendance.rec"))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("\nClass: \(first.classId)\nLearner: \(first.learnerId)\nDate: 2022-10-\(day)\n".utf8))
            try handle.close()
            _ = live.reload()
            XCTAssertTrue(live.lastWasIncremental, note)
            XCTAssertNotNil(live.lastAppend, note)
            assertSameSnapshot(live.shown, try StoreLoader.load(directory: a), note)
            XCTAssertEqual(live.shown.fileRecords, try StoreLoader.load(directory: a).fileRecords, note)
        }
        try appendByHand(27, "after an append by hand")
        // The file's last record (the mark just made by mistake), then another append.
        let fields: [NewRecord.Field] = [.init("Class", first.classId), .init("Learner", first.learnerId), .init("Date", "2022-10-20")]
        for write in [StoreWrite.add([NewRecord(set: "Attendance", fields: fields)]), .remove(set: "Attendance", matching: fields)] {
            _ = try write.performed(in: a, now: now, snapshot: live.shown, stamps: try XCTUnwrap(live.stamps), cache: &cache)
            _ = live.reload(after: cache.lastWrite)
            XCTAssertTrue(live.lastWasIncremental, "\(write)")
            assertSameSnapshot(live.shown, try StoreLoader.load(directory: a), "after \(write)")
        }
        XCTAssertEqual(live.lastDroppedMark?.date.description, "2022-10-20")
        try appendByHand(28, "after the last mark went and another came")
        // Once more, and then lines typed on without a blank line: they go on with the record above.
        for write in [StoreWrite.add([NewRecord(set: "Attendance", fields: fields)]), .remove(set: "Attendance", matching: fields)] {
            _ = try write.performed(in: a, now: now, snapshot: live.shown, stamps: try XCTUnwrap(live.stamps), cache: &cache)
            _ = live.reload(after: cache.lastWrite)
            XCTAssertTrue(live.lastWasIncremental, "\(write)")
        }
        let typed = try XCTUnwrap(FileHandle(forWritingAtPath: a + "/attendance.rec"))
        try typed.seekToEnd()
        try typed.write(contentsOf: Data("Note: đến muộn\n".utf8))
        try typed.close()
        _ = live.reload()
        let fresh = try StoreLoader.load(directory: a)
        XCTAssertFalse(fresh.problems.isEmpty, "the typed line is an unknown field of the record above")
        assertSameSnapshot(live.shown, fresh, "after a line typed on the last record")
    }

    /// When the undo journal cannot be written, nothing is: the file is as it was and the new
    /// text written beside it is gone.
    func testAJournalThatCannotBeWrittenLeavesTheFileAlone() throws {
        let (a, _) = try pair(Self.fixture)
        let live = try LiveStore(directory: a)
        let stamps = try XCTUnwrap(live.stamps)
        let before = WriteOutcome.read("attendance.rec", in: a)
        try FileManager.default.createDirectory(atPath: a + "/.hoctap-undo", withIntermediateDirectories: false)
        var cache = SnapshotWriteCache()
        XCTAssertThrowsError(try enroll([("Class", "L2"), ("Learner", "HV1")])
            .performed(in: a, now: now, snapshot: live.shown, stamps: stamps, cache: &cache)) { error in
            guard case .journal = error as? StoreChangeError else { return XCTFail("\(error)") }
        }
        XCTAssertTrue(cache.lastUsedSnapshot)
        XCTAssertEqual(WriteOutcome.read("attendance.rec", in: a), before)
        let left = try FileManager.default.contentsOfDirectory(atPath: a).filter { RecWriter.isTemporaryName($0) }
        XCTAssertEqual(left, [])
    }

    /// The change of a known replacement (an insertion, a removal, or both) is the change the two
    /// files give, wherever the new bytes begin or end as the text around them does.
    func testAKnownChangeIsTheGeneralOne() {
        var random = SeededGenerator(seed: 11)
        let alphabet = Array("ab\n".utf8)
        func text(_ count: ClosedRange<Int>) -> [UInt8] {
            (0..<Int.random(in: count, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
        }
        for round in 0..<600 {
            let before = text(0...12)
            let lower = Int.random(in: 0...before.count, using: &random)
            let upper = round % 3 == 0 ? lower : Int.random(in: lower...before.count, using: &random)
            let new = round % 3 == 1 ? [] : text(1...5)
            let after = Array(before[..<lower]) + new + before[upper...]
            let took = [Array(before[lower..<upper])]
            let general = UndoChange(file: "attendance.rec", set: "Attendance", before: before, after: after, put: [new], took: took)
            let known = UndoChange(file: "attendance.rec", set: "Attendance", replacing: lower..<upper, of: before, with: new,
                                   hashAfter: UndoChange.fnv(after), put: [new], took: took)
            XCTAssertEqual(known, general, "\(before): \(lower)..<\(upper) by \(new)")
        }
    }
}
