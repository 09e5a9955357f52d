/// Undo after every kind of write leaves the files byte for byte as they were; a record changed since is refused.

import Foundation
import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures

final class UndoTests: XCTestCase {
    private let now = "2023-03-01 09:00"

    private func bytes(_ folder: String) throws -> [String: [UInt8]] { try LockedStore.readFiles(in: folder) }

    private func undo(_ folder: String) throws -> StoreWriteReport { try StoreUndo.undo(in: folder, now: now) }

    private func append(_ text: String, to file: String, in folder: String) throws {
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: folder + "/" + file))
        handle.seekToEndOfFile()
        handle.write(Data(text.utf8))
        try handle.close()
    }

    /// recfix --check on every file, where recutils is installed.
    private func assertRecfixAccepts(_ folder: String) throws {
        guard let recutils = Recutils.find() else { return }
        for file in StoreSchema.files { try recutils.assertChecks(folder + "/" + file) }
    }

    // MARK: each kind of write, taken back

    func testAnAppendedAwardIsCutOffAndTheJournalSaysSo() throws {
        let folder = try StoreFixture.folder(self)
        let before = try bytes(folder)
        let added = try RecordAddition.add(set: StoreSchema.award, given: AdditionIdTests.award, in: folder, now: now)
        XCTAssertNotEqual(try bytes(folder), before)
        let report = try undo(folder)
        XCTAssertEqual(report.summary, ChangeSummary(.add, [RecordLabel(set: "Award", id: added.record.fields[0].value, name: "Nguyễn Văn An")]))
        XCTAssertTrue(report.isUndo)
        XCTAssertEqual(try bytes(folder), before)
        XCTAssertEqual(UndoJournal.read(in: folder).entries.map(\.state), [.undone])
        XCTAssertThrowsError(try undo(folder)) { XCTAssertEqual($0 as? StoreChangeError, .nothingToUndo) }
    }

    func testANewLearnerAndTheirEnrollmentGoTogether() throws {
        let folder = try StoreFixture.folder(self)
        let before = try bytes(folder)
        let write = StoreWrite.add([
            NewRecord(set: "Learner", fields: [.init("Name", "Đỗ Thị Lan")]),
            NewRecord(set: "Enrollment", fields: [.init("Class", "L1"), .init("Date", "2022-10-20")],
                      links: [NewRecord.Link(field: "Learner", record: 0, from: "Id")]),
        ])
        let written = try write.perform(in: folder, now: now)
        XCTAssertEqual(written.count, 2)
        let report = try StoreWrite.undo.performed(in: folder, now: now)
        XCTAssertEqual(report.summary.records.map(\.set), ["Learner", "Enrollment"])
        XCTAssertEqual(try bytes(folder), before)
        try assertRecfixAccepts(folder)
    }

    func testAnUnmarkedAttendanceComesBack() throws {
        let folder = try StoreFixture.folder(self)
        let before = try bytes(folder)
        _ = try StoreWrite.remove(set: "Attendance", matching: [.init("Class", "L1"), .init("Learner", "HV2"), .init("Date", "2022-10-13")])
            .perform(in: folder, now: now)
        XCTAssertEqual(try StoreLoader.load(directory: folder).attendance.count, StoreFixture.snapshot().attendance.count - 1)
        _ = try undo(folder)
        XCTAssertEqual(try bytes(folder), before)
    }

    func testAnEditGetsItsOldTextBack() throws {
        let folder = try StoreFixture.folder(self)
        let before = try bytes(folder)
        _ = try StoreWrite.edit(set: "Award", id: "A2", fields: [.init("Amount", "350000"), .init("Sponsor", "Công ty X")])
            .perform(in: folder, now: now)
        XCTAssertEqual(try StoreLoader.load(directory: folder).awards.first { $0.id == "A2" }?.amount, 350000)
        try assertRecfixAccepts(folder)
        let report = try undo(folder)
        XCTAssertEqual(report.summary.action, .edit)
        XCTAssertEqual(try bytes(folder), before)
    }

    func testARemovedRecordGoesBackWhereItWas() throws {
        let folder = try StoreFixture.folder(self)
        let before = try bytes(folder)
        _ = try StoreWrite.removeRecord(set: "Award", id: "A2").perform(in: folder, now: now)
        XCTAssertNil(try StoreLoader.load(directory: folder).awards.first { $0.id == "A2" })
        try assertRecfixAccepts(folder)
        _ = try undo(folder)
        XCTAssertEqual(try bytes(folder), before)
        try assertRecfixAccepts(folder)
    }

    /// Undo goes back one write at a time, newest first.
    func testUndoTakesBackTheWritesNewestFirst() throws {
        let folder = try StoreFixture.folder(self)
        let before = try bytes(folder)
        _ = try RecordAddition.add(set: StoreSchema.award, given: AdditionIdTests.award, in: folder, now: now)
        _ = try StoreWrite.edit(set: "Award", id: "A4", fields: [.init("Amount", "100000")]).perform(in: folder, now: now)
        _ = try StoreWrite.removeRecord(set: "Award", id: "A1").perform(in: folder, now: now)
        XCTAssertEqual(try undo(folder).summary.action, .remove)
        XCTAssertEqual(try undo(folder).summary.action, .edit)
        XCTAssertEqual(try undo(folder).summary.action, .add)
        XCTAssertEqual(try bytes(folder), before)
    }

    // MARK: changed since

    func testAnAppendedRecordChangedByHandIsNotUndone() throws {
        let folder = try StoreFixture.folder(self)
        _ = try RecordAddition.add(set: StoreSchema.award, given: AdditionIdTests.award + [("Amount", "500000")], in: folder, now: now)
        var text = try String(contentsOfFile: folder + "/awards.rec", encoding: .utf8)
        text = text.replacingOccurrences(of: "Amount: 500000\n", with: "Amount: 600000\n", options: .backwards,
                                         range: text.range(of: "Id: A4")!.lowerBound..<text.endIndex)
        try write(text, to: "awards.rec", in: folder)
        let edited = try bytes(folder)
        XCTAssertThrowsError(try undo(folder)) { error in
            guard case StoreChangeError.changedSince(_, let record)? = error as? StoreChangeError else { return XCTFail("\(error)") }
            XCTAssertEqual(record.id, "A4")
            XCTAssertTrue((error as? StoreChangeError)?.description.contains("không thay đổi gì") == true)
        }
        XCTAssertEqual(try bytes(folder), edited, "nothing was undone")
        XCTAssertEqual(UndoJournal.read(in: folder).entries.map(\.state), [.done])
    }

    /// A record typed by hand after the append: the append cannot be cut, so the record is taken
    /// out by a rewrite, and the hand-typed one stays.
    func testARecordAppendedByHandAfterwardsStays() throws {
        let folder = try StoreFixture.folder(self)
        _ = try RecordAddition.add(set: StoreSchema.award, given: AdditionIdTests.award, in: folder, now: now)
        let typed = "\nId: A9\nDate: 2023-03-01\nRecipient: Lê Văn Tám\nKind: student\nCategory: Học sinh giỏi\nBranch: KP01\n"
        try append(typed, to: "awards.rec", in: folder)
        _ = try undo(folder)
        let ids = try StoreLoader.load(directory: folder).awards.map(\.id)
        XCTAssertEqual(ids, ["A1", "A2", "A3", "A9"])
        try assertRecfixAccepts(folder)
    }

    func testTakingOutALearnerNamedSinceIsRefused() throws {
        let folder = try StoreFixture.folder(self)
        _ = try RecordAddition.add(set: StoreSchema.learner, given: [("Name", "Đỗ Thị Lan")], in: folder, now: now)
        // An enrollment of the new learner, typed by hand into the Enrollment part of the file.
        var text = try String(contentsOfFile: folder + "/attendance.rec", encoding: .utf8)
        let attendance = try XCTUnwrap(text.range(of: "%rec: Attendance"))
        text.insert(contentsOf: "Class: L1\nLearner: HV4\n\n", at: attendance.lowerBound)
        try write(text, to: "attendance.rec", in: folder)
        XCTAssertThrowsError(try undo(folder)) { error in
            guard case StoreChangeError.undoRefused(_, .referenced(let label, let by))? = error as? StoreChangeError else { return XCTFail("\(error)") }
            XCTAssertEqual(label.id, "HV4")
            XCTAssertEqual(by, [StoreChangeError.Reference(set: "Enrollment", file: "attendance.rec", count: 1)])
        }
        XCTAssertNotNil(try StoreLoader.load(directory: folder).learners.first { $0.id == "HV4" })
    }

    // MARK: the journal

    func testTheJournalKeepsTheLastFiftyWritesAndIsNotAStoreFile() throws {
        let folder = try StoreFixture.folder(self)
        for _ in 0..<53 { _ = try RecordAddition.add(set: StoreSchema.agendaLog, given: [("Seq", "1")], in: folder, now: now) }
        let journal = UndoJournal.read(in: folder)
        XCTAssertEqual(journal.entries.count, UndoJournal.kept)
        XCTAssertEqual(journal.entries.first?.number, 4)
        XCTAssertEqual(journal.entries.last?.number, 53)
        let text = try String(contentsOfFile: folder + "/" + UndoJournal.fileName, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("# .hoctap-undo"), "a header says what the file is")
        XCTAssertTrue(text.contains("never synced"))
        XCTAssertFalse(try String(contentsOfFile: folder + "/" + StoreManifest.fileName, encoding: .utf8).contains(UndoJournal.fileName))
    }

    /// An entry noted but never written (the process died in between) is dropped, not undone:
    /// the undo takes back the write before it.
    func testAPendingEntryWhoseWriteNeverHappenedIsSkipped() throws {
        let folder = try StoreFixture.folder(self)
        let before = try bytes(folder)
        _ = try RecordAddition.add(set: StoreSchema.award, given: AdditionIdTests.award, in: folder, now: now)
        let afterFirst = try bytes(folder)
        // What a process killed between the journal and the write leaves: the entry, pending.
        let change = UndoChange(file: "awards.rec", set: "Award", before: afterFirst["awards.rec"],
                                after: afterFirst["awards.rec"]! + Array("\nId: A5\n".utf8), put: [Array("Id: A5\n".utf8)], took: [])
        try StoreLock.withExclusive(in: folder) { lock in
            var journal = UndoJournal.read(in: folder)
            journal.entries.append(UndoEntry(number: 2, at: now, summary: ChangeSummary(.add, [RecordLabel(set: "Award", id: "A5")]),
                                             changes: [change], state: .pending, expected: ["awards.rec": change.afterHash]))
            try journal.write(under: lock)
        }
        XCTAssertEqual(try bytes(folder), afterFirst)
        let report = try undo(folder)
        XCTAssertEqual(report.summary.records.map(\.id), ["A4"], "the write that happened")
        XCTAssertEqual(try bytes(folder), before)
        XCTAssertEqual(UndoJournal.read(in: folder).entries.map(\.number), [1], "the pending entry is gone")
    }
}
