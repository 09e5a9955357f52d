/// Edits and removals by kind and id: refused with nothing written when the value is bad, the key is touched or others name the record.

import Foundation
import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures

final class EditRemoveTests: XCTestCase {
    private let now = "2023-03-01 09:00"

    private func bytes(_ folder: String) throws -> [String: [UInt8]] { try LockedStore.readFiles(in: folder) }

    private func assertRefused(_ write: StoreWrite, in folder: String, _ check: (Error) -> Void) throws {
        let before = try bytes(folder)
        XCTAssertThrowsError(try write.perform(in: folder, now: now), "", { check($0) })
        XCTAssertEqual(try bytes(folder), before, "nothing written")
        XCTAssertTrue(UndoJournal.read(in: folder).entries.isEmpty, "nothing journaled")
    }

    func testAnEditChangesTheFieldsGivenAndKeepsTheRest() throws {
        let folder = try StoreFixture.folder(self)
        _ = try StoreWrite.edit(set: "Learner", id: "HV1", fields: [.init("Phone", "+84 912 345 678"), .init("BirthYear", ""),
                                                                      .init("Neighborhood", "Khu phố 2")]).perform(in: folder, now: now)
        let text = try String(contentsOfFile: folder + "/learners.rec", encoding: .utf8)
        XCTAssertTrue(text.contains("Id: HV1\nName: Nguyễn Thị Hòa\nGender: F\nNeighborhood: Khu phố 2\nPhone: 0912345678\n"), text)
        if let recutils = Recutils.find() { try recutils.assertChecks(folder + "/learners.rec") }
    }

    func testABadValueIsRefusedWithNothingWritten() throws {
        let folder = try StoreFixture.folder(self)
        try assertRefused(.edit(set: "Award", id: "A1", fields: [.init("Amount", "một triệu")]), in: folder) { error in
            guard case StoreChangeError.invalid(let label, let refusal)? = error as? StoreChangeError else { return XCTFail("\(error)") }
            let problems = refusal.map(\.en)
            XCTAssertEqual(label.id, "A1")
            XCTAssertTrue(problems.contains { $0.hasPrefix("Amount:") }, "\(problems)")
        }
        try assertRefused(.edit(set: "Award", id: "A1", fields: [.init("Branch", "ZZ")]), in: folder) { error in
            guard case StoreChangeError.invalid? = error as? StoreChangeError else { return XCTFail("\(error)") }
        }
    }

    func testTheKeyAndMandatoryFieldsAreKept() throws {
        let folder = try StoreFixture.folder(self)
        try assertRefused(.edit(set: "Award", id: "A1", fields: [.init("Id", "A9")]), in: folder) {
            XCTAssertEqual($0 as? StoreChangeError, .identityField("Id"))
        }
        try assertRefused(.edit(set: "Award", id: "A1", fields: [.init("Recipient", "")]), in: folder) {
            XCTAssertEqual($0 as? StoreChangeError, .mandatoryField("Recipient"))
        }
        try assertRefused(.edit(set: "Enrollment", id: "L1/HV1", fields: [.init("Class", "L2")]), in: folder) {
            XCTAssertEqual($0 as? StoreChangeError, .identityField("Class"))
        }
        try assertRefused(.edit(set: "Award", id: "A77", fields: [.init("Amount", "1")]), in: folder) {
            XCTAssertEqual($0 as? StoreChangeError, .notFound(set: "Award", id: "A77", file: "awards.rec"))
        }
    }

    func testSessionsThatLeaveAttendanceOutAreRefusedAndSessionsThatKeepItAreWritten() throws {
        let folder = try StoreFixture.folder(self)
        // L1's attendance is on 2022-10-13: a schedule without that day would put it off the class's dates.
        try assertRefused(.edit(set: "Class", id: "L1", fields: [.init("Session", "2022-10-06"), .init("Session", "2022-10-20")]),
                          in: folder) { error in
            guard case StoreChangeError.breaksOthers(let label, let problems)? = error as? StoreChangeError else { return XCTFail("\(error)") }
            XCTAssertEqual(label.id, "L1")
            XCTAssertEqual(problems.count, 2, "both attendance records of 2022-10-13")
            XCTAssertEqual(Set(problems.map(\.file)), ["attendance.rec"])
            let text = (error as? StoreChangeError)?.text(.vi) ?? ""
            XCTAssertTrue(text.hasPrefix("không sửa lớp L1: sẽ làm sai 2 bản ghi ở attendance.rec, như attendance.rec:"), text)
            XCTAssertTrue(text.hasSuffix("; chưa ghi gì"), text)
        }
        _ = try StoreWrite.edit(set: "Class", id: "L1", fields: [.init("Session", "2022-10-06"), .init("Session", "2022-10-13")])
            .perform(in: folder, now: now)
        let text = try String(contentsOfFile: folder + "/classes.rec", encoding: .utf8)
        XCTAssertTrue(text.contains("Sessions: 4\nSession: 2022-10-06\nSession: 2022-10-13\n"), text)
    }

    func testARecordOthersNameIsNotRemoved() throws {
        let folder = try StoreFixture.folder(self)
        try assertRefused(.removeRecord(set: "Learner", id: "HV1"), in: folder) { error in
            XCTAssertEqual(error as? StoreChangeError, .referenced(RecordLabel(set: "Learner", id: "HV1", name: "Nguyễn Thị Hòa"), by: [
                .init(set: "Enrollment", file: "attendance.rec", count: 1), .init(set: "Attendance", file: "attendance.rec", count: 1)]))
            XCTAssertTrue("\(error)".contains("1 Enrollment (attendance.rec)"), "\(error)")
        }
        try assertRefused(.removeRecord(set: "Branch", id: "KP01"), in: folder) { error in
            guard case StoreChangeError.referenced(_, let by)? = error as? StoreChangeError else { return XCTFail("\(error)") }
            XCTAssertEqual(by.map(\.set), ["Award", "Donation"])
        }
        try assertRefused(.removeRecord(set: "Agenda", id: "1"), in: folder) { error in
            guard case StoreChangeError.referenced(_, let by)? = error as? StoreChangeError else { return XCTFail("\(error)") }
            XCTAssertEqual(by, [.init(set: "AgendaLog", file: "ceremony.rec", count: 1)])
        }
        try assertRefused(.removeRecord(set: "Enrollment", id: "L1/HV2"), in: folder) { error in
            guard case StoreChangeError.referenced(_, let by)? = error as? StoreChangeError else { return XCTFail("\(error)") }
            XCTAssertEqual(by, [.init(set: "Attendance", file: "attendance.rec", count: 1)], "the learner's attendance in the class")
        }
    }

    func testAttendanceThenItsEnrollmentThenTheLearnerGo() throws {
        let folder = try StoreFixture.folder(self)
        for (set, id) in [("Attendance", "L1/HV2/2022-10-13"), ("Enrollment", "L1/HV2"), ("Learner", "HV2")] {
            _ = try StoreWrite.removeRecord(set: set, id: id).perform(in: folder, now: now)
        }
        let snapshot = try StoreLoader.load(directory: folder)
        XCTAssertEqual(snapshot.problems.filter { $0.severity == .error }, [])
        XCTAssertNil(snapshot.learners.first { $0.id == "HV2" })
        if let recutils = Recutils.find() { for file in StoreSchema.files { try recutils.assertChecks(folder + "/" + file) } }
        XCTAssertThrowsError(try RecordIdentity.record("L1", of: StoreSchema.enrollment, in: nil)) {
            XCTAssertEqual($0 as? StoreChangeError, .badId(set: "Enrollment", id: "L1", form: "Class/Learner"))
        }
    }
}
