/// A good record is written once, in its set's part of the file, in NFC, and the store then loads clean and passes recfix.

import Foundation
import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures

final class AdditionWriteTests: XCTestCase {
    private let now = "2023-03-01 09:00"

    private func text(_ folder: String, _ file: String) throws -> String {
        try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
    }

    /// recfix --check on every store file, or a visible skip.
    private func assertRecfixAccepts(_ folder: String) throws {
        guard let recfix = WriterHarness.which("recfix") else {
            throw XCTSkip("recfix (GNU recutils) is not installed: the recfix check of added records was skipped")
        }
        for file in StoreSchema.files {
            let (status, output) = try WriterHarness.run(recfix, ["--check", folder + "/" + file])
            XCTAssertEqual(status, 0, "recfix --check \(file): \(output)")
        }
    }

    func testAwardIsAppendedOnceAndLoadsClean() throws {
        let folder = try StoreFixture.folder(self)
        let before = try text(folder, "awards.rec")
        let added = try RecordAddition.add(set: StoreSchema.award, given: AdditionIdTests.award + [("Amount", "500000")],
                                           in: folder, now: now)
        XCTAssertTrue(added.isAppend)
        XCTAssertEqual(try text(folder, "awards.rec"), before + "\n" + added.record.text)
        XCTAssertEqual(added.record.text, """
            Id: A4
            Date: 2023-03-01
            Recipient: Nguyễn Văn An
            Kind: student
            Category: Học sinh giỏi
            Branch: KP01
            Amount: 500000

            """)
        let snapshot = try StoreLoader.load(directory: folder)
        XCTAssertEqual(snapshot.problems.filter { $0.severity == .error }, [])
        XCTAssertEqual(snapshot.awards.count, StoreFixture.snapshot().awards.count + 1)
        try assertRecfixAccepts(folder)
    }

    /// An enrollment belongs before the Attendance set of attendance.rec: the file is rewritten
    /// with the record at the end of the Enrollment part, and everything else unchanged.
    func testEnrollmentGoesInItsOwnSet() throws {
        let folder = try StoreFixture.folder(self)
        let before = try text(folder, "attendance.rec")
        let added = try RecordAddition.add(set: StoreSchema.enrollment,
                                           given: [("Class", "L1"), ("Learner", "HV3"), ("Date", "2023-01-05")],
                                           in: folder, now: now)
        XCTAssertFalse(added.isAppend)
        let after = try text(folder, "attendance.rec")
        XCTAssertEqual(after.count(where: { $0 == "\n" }) - before.count(where: { $0 == "\n" }), 4)
        let parsed = RecParser.parse(Array(after.utf8), file: "attendance.rec")
        XCTAssertEqual(parsed.records(of: "Enrollment").last?.value("Learner"), "HV3")
        XCTAssertEqual(parsed.records(of: "Attendance").count,
                       RecParser.parse(Array(before.utf8), file: "attendance.rec").records(of: "Attendance").count)
        let snapshot = try StoreLoader.load(directory: folder)
        XCTAssertEqual(snapshot.problems.filter { $0.severity == .error }, [])
        XCTAssertEqual(snapshot.enrollments.count, StoreFixture.snapshot().enrollments.count + 1)
        try assertRecfixAccepts(folder)
    }

    func testEveryKindOnTheFixture() throws {
        let folder = try StoreFixture.folder(self)
        let name = "Tra\u{0302}\u{0300}n Thi\u{0323} Hoa" // NFD
        let learner = try RecordAddition.add(set: StoreSchema.learner, given: [("Name", name), ("Gender", "F")],
                                             in: folder, now: now)
        XCTAssertEqual(learner.record.fields[0].value, "HV4")
        XCTAssertTrue(try text(folder, "learners.rec").utf8.elementsEqual(
            try text(folder, "learners.rec").precomposedStringWithCanonicalMapping.utf8), "written in NFC")
        XCTAssertTrue(try text(folder, "learners.rec").contains("Name: Trần Thị Hoa\n"))
        _ = try RecordAddition.add(set: StoreSchema.enrollment, given: [("Class", "L1"), ("Learner", "HV4")], in: folder, now: now)
        _ = try RecordAddition.add(set: StoreSchema.attendance, given: [("Class", "L1"), ("Learner", "HV4"), ("Date", "2023-01-05")],
                                   in: folder, now: now)
        let gift = try RecordAddition.add(set: StoreSchema.donation,
                                          given: [("Date", "2023-02-01"), ("Donor", "Công ty ABC"), ("Amount", "1000000")],
                                          in: folder, now: now)
        XCTAssertEqual(gift.record.fields[0].name, "Id")
        let log = try RecordAddition.add(set: StoreSchema.agendaLog, given: [("Seq", "2")], in: folder, now: now)
        XCTAssertEqual(log.record.text, "Seq: 2\nAt: 2023-03-01 09:00\n")
        let snapshot = try StoreLoader.load(directory: folder)
        XCTAssertEqual(snapshot.problems.filter { $0.severity == .error }, [])
        XCTAssertEqual(snapshot.learners.count, StoreFixture.snapshot().learners.count + 1)
        XCTAssertEqual(snapshot.agendaLog.last?.seq, 2)
        try assertRecfixAccepts(folder)
    }

    /// A store file that is missing is created with its schema header before the record.
    func testMissingFileIsCreatedWithItsHeader() throws {
        let folder = try StoreFixture.folder(self)
        try FileManager.default.removeItem(atPath: folder + "/ceremony.rec")
        _ = try RecordAddition.add(set: StoreSchema.agendaLog, given: [("Seq", "1")], in: folder, now: now)
        XCTAssertEqual(try text(folder, "ceremony.rec"), StoreSchema.fileHeader(for: "ceremony.rec") + "\nSeq: 1\nAt: 2023-03-01 09:00\n")
        try assertRecfixAccepts(folder)
    }
}
