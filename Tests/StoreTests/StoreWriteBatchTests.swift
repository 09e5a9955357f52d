// StoreWrite.perform: a new learner and their enrollment together, refusals that write nothing, removals.

import Foundation
@testable import Store
@testable import StoreDemo
import XCTest
@testable import Recfile
import StoreFixtures

final class StoreWriteBatchTests: XCTestCase {
    /// An empty store with one class and one learner.
    private func store() throws -> String {
        let folder = try makeEmptyStore(self)
        try write(StoreSchema.fileHeader(for: "classes.rec") + "\nId: LH01\nName: Tin học\nTopic: Tin học\n", to: "classes.rec", in: folder)
        try write(StoreSchema.fileHeader(for: "learners.rec") + "\nId: HV0001\nName: Nguyễn Thị Hiền\n", to: "learners.rec", in: folder)
        return folder
    }

    private func text(_ file: String, _ folder: String) throws -> String {
        try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
    }

    private let newLearner = StoreWrite.add([
        NewRecord(set: "Learner", fields: [.init("Name", "Đỗ Thị Lan"), .init("BirthYear", "1979")]),
        NewRecord(set: "Enrollment", fields: [.init("Class", "LH01"), .init("Date", "2022-10-06")],
                  links: [NewRecord.Link(field: "Learner", record: 0, from: "Id")]),
    ])

    func testANewLearnerAndTheirEnrollmentAreWrittenTogether() throws {
        let folder = try store()
        let written = try newLearner.perform(in: folder, now: "2022-10-06 08:00")
        XCTAssertEqual(written.map { $0.fields.first { $0.name == "Learner" || $0.name == "Id" }?.value }, ["HV0002", "HV0002"])
        let snapshot = try StoreLoader.load(directory: folder)
        XCTAssertEqual(snapshot.errors.filter { $0.file != "campaign.rec" }, [], "an empty store lacks only its campaign")
        XCTAssertEqual(snapshot.learners.map(\.name), ["Nguyễn Thị Hiền", "Đỗ Thị Lan"])
        XCTAssertEqual(snapshot.enrollments.map(\.learnerId), ["HV0002"])
    }

    func testARefusedRecordWritesNothing() throws {
        let folder = try store()
        let before = try ["learners.rec", "attendance.rec"].map { try text($0, folder) }
        let bad = StoreWrite.add([
            NewRecord(set: "Learner", fields: [.init("Name", "Đỗ Thị Lan")]),
            NewRecord(set: "Enrollment", fields: [.init("Class", "LH99")], links: [NewRecord.Link(field: "Learner", record: 0, from: "Id")]),
        ])
        XCTAssertThrowsError(try bad.perform(in: folder, now: "2022-10-06 08:00")) { error in
            guard case RecordAdditionError.invalid(let set, let refusal) = error else { return XCTFail("\(error)") }
            let problems = refusal.map(\.en)
            XCTAssertEqual(set, "Enrollment")
            XCTAssertTrue(problems.contains { $0.contains("LH99") }, "\(problems)")
        }
        XCTAssertEqual(try ["learners.rec", "attendance.rec"].map { try text($0, folder) }, before)
    }

    func testALinkToARecordOutsideTheWriteIsRefused() throws {
        let folder = try store()
        let bad = StoreWrite.add([NewRecord(set: "Enrollment", fields: [.init("Class", "LH01")],
                                            links: [NewRecord.Link(field: "Learner", record: 3, from: "Id")])])
        XCTAssertThrowsError(try bad.perform(in: folder, now: "2022-10-06 08:00"))
        XCTAssertEqual(try StoreLoader.load(directory: folder).enrollments.count, 0)
    }

    func testAFailedSecondFileLeavesTheFirstAsItWas() throws {
        let folder = try store()
        // attendance.rec is made larger than any file this process may then write (a file-size
        // limit, which binds root too): the learner is appended to learners.rec, then rewriting
        // attendance.rec with the enrollment fails, and learners.rec must be as it was.
        let padding = String(repeating: "# " + String(repeating: "x", count: 70) + "\n", count: 100)
        try write(padding + StoreSchema.fileHeader(for: "attendance.rec"), to: "attendance.rec", in: folder)
        let before = try text("learners.rec", folder)
        var original = rlimit()
        XCTAssertEqual(getrlimit(limitFileSize, &original), 0)
        var lowered = rlimit(rlim_cur: rlim_t(before.utf8.count + 1_000), rlim_max: original.rlim_max)
        let handler = signal(SIGXFSZ, SIG_IGN)
        XCTAssertEqual(setrlimit(limitFileSize, &lowered), 0)
        XCTAssertThrowsError(try newLearner.perform(in: folder, now: "2022-10-06 08:00"))
        XCTAssertEqual(setrlimit(limitFileSize, &original), 0)
        signal(SIGXFSZ, handler)
        XCTAssertEqual(try text("learners.rec", folder), before)
        XCTAssertEqual(try StoreLoader.load(directory: folder).learners.map(\.name), ["Nguyễn Thị Hiền"])
    }

    /// The resource number of the file-size limit, as `getrlimit` takes it here.
    private var limitFileSize: __rlimit_resource_t { __rlimit_resource_t(RLIMIT_FSIZE.rawValue) }

    // MARK: remove

    private func attendance(_ records: String) throws -> String {
        let folder = try store()
        // The learner is enrolled (an attendance needs an enrollment above it).
        let header = StoreSchema.fileHeader(for: "attendance.rec")
            .replacingOccurrences(of: "%rec: Attendance", with: "Class: LH01\nLearner: HV0001\n\n%rec: Attendance")
        try write(header + records, to: "attendance.rec", in: folder)
        return folder
    }

    private let mark: [NewRecord.Field] = [.init("Class", "LH01"), .init("Learner", "HV0001"), .init("Date", "2022-10-06")]

    func testRemoveTakesOutTheOneRecordAndKeepsTheRest() throws {
        let folder = try attendance("""

            Class: LH01
            Learner: HV0001
            Date: 2022-10-05

            Class: LH01
            Learner: HV0001
            Date: 2022-10-06

            """)
        let removed = try StoreWrite.remove(set: "Attendance", matching: mark).perform(in: folder, now: "2022-10-06 08:00")
        XCTAssertEqual(removed.first?.fields.last?.value, "2022-10-06")
        let snapshot = try StoreLoader.load(directory: folder)
        XCTAssertEqual(snapshot.errors.filter { $0.file != "campaign.rec" }, [], "an empty store lacks only its campaign")
        XCTAssertEqual(snapshot.attendance.map(\.date.description), ["2022-10-05"])
    }

    func testRemoveTakesOutExactCopiesTogether() throws {
        let folder = try attendance("""

            Class: LH01
            Learner: HV0001
            Date: 2022-10-06

            Class: LH01
            Learner: HV0001
            Date: 2022-10-06

            """)
        _ = try StoreWrite.remove(set: "Attendance", matching: mark).perform(in: folder, now: "2022-10-06 08:00")
        XCTAssertEqual(try StoreLoader.load(directory: folder).attendance.count, 0)
    }

    func testRemoveOfNothingIsRefused() throws {
        let folder = try attendance("")
        XCTAssertThrowsError(try StoreWrite.remove(set: "Attendance", matching: mark).perform(in: folder, now: "2022-10-06 08:00"))
    }
}

final class StoreWriteRepairTests: XCTestCase {
    /// A writer killed mid-append leaves a torn tail and its note in the lock file. A removal (a
    /// rewrite) must cut the torn bytes first, never write them back into the file.
    func testARemoveAfterATornAppendDoesNotWriteTheTornBytesBack() throws {
        let folder = try makeTemporaryFolder(self) + "/store"
        let demo = try XCTUnwrap(StoreLoader.demoDirectory())
        try StoreInitializer.create(in: folder, contents: .copy(from: demo))
        let path = folder + "/attendance.rec"
        let before = try XCTUnwrap(FileManager.default.contents(atPath: path))
        let first = try XCTUnwrap(StoreLoader.load(directory: folder).attendance.first)
        let record = Array("\nClass: LH01\nLearner: HV0001\nDate: 2022-10-13\n".utf8)
        var info = stat()
        XCTAssertEqual(stat(path, &info), 0)
        let intent = AppendIntent(file: "attendance.rec", device: UInt64(info.st_dev), inode: UInt64(info.st_ino),
                                  offset: before.count, length: record.count, checksum: AppendIntent.checksum(record))
        try StoreLock.withExclusive(in: folder, timeout: nil) { lock in try lock.writeNote(intent, bytes: record) }
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(record.prefix(17)))
        try handle.close()

        let removal = StoreWrite.remove(set: "Attendance", matching: [
            .init("Class", first.classId), .init("Learner", first.learnerId), .init("Date", first.date.description)])
        _ = try removal.perform(in: folder, now: "2022-10-13 08:00")
        let after = try StoreLoader.load(directory: folder)
        XCTAssertEqual(after.errors, [], "the torn record came back: \(after.errors.map(\.description))")
        XCTAssertEqual(after.attendance.count, try StoreLoader.load(directory: demo).attendance.count - 1)
        XCTAssertEqual(try XCTUnwrap(FileManager.default.contents(atPath: path)).last, 0x0A)
    }
}
