// A write that reuses its preview's check: only against byte-identical files, the same records and the same time;
// a store changed in between is checked again and refuses what no longer fits. The journal's line for an entry,
// its records encoded once, is the encoder's own line.

import Foundation
@testable import Store
@testable import Recfile
import StoreFixtures
import XCTest

final class PreviewedWriteTests: XCTestCase {
    private func store() throws -> String {
        let folder = try makeEmptyStore(self)
        try write(StoreSchema.fileHeader(for: "classes.rec") + "\nId: LH01\nName: Tin học\nTopic: Tin học\n", to: "classes.rec", in: folder)
        try write(StoreSchema.fileHeader(for: "learners.rec") + "\nId: HV0001\nName: Nguyễn Thị Hiền\n", to: "learners.rec", in: folder)
        return folder
    }

    private let records = [
        NewRecord(set: "Learner", fields: [.init("Id", "HV0002"), .init("Name", "Đỗ Thị Lan"), .init("BirthYear", "1979")]),
        NewRecord(set: "Enrollment", fields: [.init("Class", "LH01"), .init("Date", "2022-10-06")],
                  links: [NewRecord.Link(field: "Learner", record: 0, from: "Id")]),
    ]
    private let now = "2022-10-06 08:00"

    func testThePreviewIsReusedOnlyForTheSameRecordsTimeAndBytes() throws {
        let folder = try store()
        let batch = try RecordBatch.preview(records, in: folder, now: now)
        let files = try LockedStore.readFiles(in: folder)
        XCTAssertTrue(batch.isMade(from: records, files: files, now: now))
        XCTAssertFalse(batch.isMade(from: records, files: files, now: "2022-10-06 08:01"))
        XCTAssertFalse(batch.isMade(from: Array(records.prefix(1)), files: files, now: now))
        var touched = files
        touched["learners.rec"]?.append(0x0A)
        XCTAssertFalse(batch.isMade(from: records, files: touched, now: now), "one byte more is another store")
        var gone = files
        gone["learners.rec"] = nil
        XCTAssertFalse(batch.isMade(from: records, files: gone, now: now))

        let report = try StoreWrite.add(records).performed(in: folder, now: now, checked: batch)
        XCTAssertEqual(report.records.count, 2)
        let snapshot = try StoreLoader.load(directory: folder)
        XCTAssertEqual(snapshot.learners.map(\.id), ["HV0001", "HV0002"])
        XCTAssertEqual(snapshot.enrollments.map(\.learnerId), ["HV0002"])
        XCTAssertEqual(snapshot.errors.filter { $0.file != "campaign.rec" }, [])
    }

    func testAStoreChangedSinceThePreviewIsCheckedAgain() throws {
        let folder = try store()
        let batch = try RecordBatch.preview(records, in: folder, now: now)
        XCTAssertTrue(batch.refusals.isEmpty, "\(batch.refusals)")
        // Another program takes the id in between.
        _ = try StoreWrite.add([NewRecord(set: "Learner", fields: [.init("Id", "HV0002"), .init("Name", "Lê Văn Tám")])])
            .perform(in: folder, now: now)
        let before = try String(contentsOfFile: folder + "/learners.rec", encoding: .utf8)
        XCTAssertThrowsError(try StoreWrite.add(records).performed(in: folder, now: now, checked: batch)) { error in
            guard case RecordAdditionError.invalid(let set, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(set, "Learner")
        }
        XCTAssertEqual(try String(contentsOfFile: folder + "/learners.rec", encoding: .utf8), before, "nothing written")
    }

    func testTheJournalLineIsTheEncodersLine() throws {
        let folder = try store()
        _ = try StoreWrite.add(records).perform(in: folder, now: now)
        let entry = try XCTUnwrap(UndoJournal.read(in: folder).entries.last)
        XCTAssertEqual(entry.state, .done)
        for state in [UndoEntry.State.pending, .done] {
            var e = entry
            e.state = state
            e.expected = state == .pending ? ["learners.rec": "abc1", "attendance.rec": "ff"] : [:]
            let encoder = UndoJournal.encoder()
            let line = try UndoJournal.line(e, changes: Array(try encoder.encode(e.changes)), summary: Array(try encoder.encode(e.summary)))
            XCTAssertEqual(String(decoding: line, as: UTF8.self), String(decoding: try encoder.encode(e), as: UTF8.self))
            XCTAssertEqual(try JSONDecoder().decode(UndoEntry.self, from: Data(line)), e)
        }
    }
}
