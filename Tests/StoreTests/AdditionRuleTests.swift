/// `hoctap add` obeys the rules `check` reads: no second enrollment, no attendance off the class's
/// days or of a learner not enrolled, and no silent double award (`force` writes one, `check` notes it).

import Foundation
import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures

final class AdditionRuleTests: XCTestCase {
    private let now = "2023-03-01 09:00"

    private func refusal(_ set: SetSchema, _ given: [(name: String, value: String)], in folder: String) throws -> RecordAdditionError {
        let before = try AdditionRefusalTests.contents(of: folder)
        var caught: RecordAdditionError?
        XCTAssertThrowsError(try RecordAddition.add(set: set, given: given, in: folder, now: now)) { caught = $0 as? RecordAdditionError }
        XCTAssertEqual(try AdditionRefusalTests.contents(of: folder), before, "nothing written")
        return try XCTUnwrap(caught)
    }

    func testASecondEnrollmentIsRefused() throws {
        let folder = try StoreFixture.folder(self)
        let error = try refusal(StoreSchema.enrollment, [("Class", "L1"), ("Learner", "HV1")], in: folder)
        guard case .invalid(_, let refusal) = error else { return XCTFail("\(error)") }
        let problems = refusal.map(\.en)
        XCTAssertTrue(problems.joined().contains("a second Enrollment with Class L1 and Learner HV1"), "\(problems)")
    }

    func testAttendanceOfALearnerNotEnrolledOrOffTheClassDaysIsRefused() throws {
        let folder = try StoreFixture.folder(self)
        let stranger = try refusal(StoreSchema.attendance, [("Class", "L1"), ("Learner", "HV3"), ("Date", "2022-10-20")], in: folder)
        XCTAssertTrue(stranger.text(.en).contains("has no Enrollment"), "\(stranger)")
        XCTAssertTrue(stranger.text(.vi).contains("không nhận bản ghi Attendance; chưa ghi gì"), "\(stranger)")
        let before = try refusal(StoreSchema.attendance, [("Class", "L2"), ("Learner", "HV3"), ("Date", "2023-09-01")], in: folder)
        XCTAssertTrue(before.text(.en).contains("a date from 2023-09-10"), "\(before)")
        XCTAssertNoThrow(try RecordAddition.add(set: StoreSchema.attendance, given: [("Class", "L1"), ("Learner", "HV1"), ("Date", "2022-10-20")],
                                                in: folder, now: now))
    }

    func testADoubleAwardIsRefusedUnlessForcedAndThenNotedByCheck() throws {
        let folder = try StoreFixture.folder(self)
        // A2: Trần Thị Cúc, Học sinh giỏi, TR01, 2022-09-01 (school year 2022-2023).
        let again: [(name: String, value: String)] = [("Date", "2023-03-01"), ("Recipient", "TRAN THI CUC"), ("Kind", "student"),
                                                      ("Category", "hoc sinh gioi"), ("Branch", "TR01")]
        let error = try refusal(StoreSchema.award, again, in: folder)
        guard case .possibleDouble(let existing, let year) = error else { return XCTFail("\(error)") }
        XCTAssertTrue(existing.contains("A2") && existing.hasPrefix("awards.rec:"), existing)
        XCTAssertEqual(year, "2022-2023")
        XCTAssertTrue("\(error)".contains("--force"), "\(error)")
        // Another branch, or the year before named, is not a double.
        var other = again
        other[4] = ("Branch", "KP01")
        XCTAssertNoThrow(try RecordAddition.add(set: StoreSchema.award, given: other, in: folder, now: now))
        XCTAssertNoThrow(try RecordAddition.add(set: StoreSchema.award, given: again + [("SchoolYear", "2021-2022")], in: folder, now: now))
        let forced = try RecordAddition.add(set: StoreSchema.award, given: again, in: folder, now: now, force: true)
        let snapshot = try StoreLoader.load(directory: folder)
        XCTAssertEqual(snapshot.errors, [], "a forced double is valid")
        let notes = CheckNotes.lines(snapshot)
        XCTAssertEqual(notes.count, 1, "\(notes)")
        XCTAssertTrue(notes.first?.contains("\(forced.record.fields[0].value) may be a double entry of A2") == true, "\(notes)")
        XCTAssertTrue(CheckReport.text(snapshot, .en).contains("no problems (1 note)"), CheckReport.text(snapshot, .en))
        XCTAssertTrue(CheckReport.text(snapshot, .vi).contains("không có vấn đề nào (1 ghi chú)"), CheckReport.text(snapshot, .vi))
    }
}

/// Every way in writes text spaced and in NFC, people's names capitalised, and days and amounts typed the clerk's way as the store writes them.
final class AdditionTidyTests: XCTestCase {
    func testNamesAreTidiedAndOtherTextOnlySpaced() throws {
        let folder = try StoreFixture.folder(self)
        let now = "2023-03-01 09:00"
        let learner = try RecordAddition.add(set: StoreSchema.learner, given: [("Name", " trần   văn  BÌNH "), ("Organization", "Hội  Phụ nữ")],
                                             in: folder, now: now)
        XCTAssertEqual(learner.record.fields.map(\.value), ["HV4", "Trần Văn Bình", "Hội Phụ nữ"])
        let family = try RecordAddition.add(set: StoreSchema.award, given: [("Recipient", "Gia đình bà  Trần Thị Mai"), ("Kind", "family"),
                                                                           ("Category", "Gia đình hiếu học"), ("Branch", "KP01")],
                                            in: folder, now: now)
        XCTAssertEqual(family.record.fields.first { $0.name == "Recipient" }?.value, "Gia đình bà Trần Thị Mai")
        let pupil = try RecordAddition.add(set: StoreSchema.award, given: [("Recipient", "phạm thu hà"), ("Kind", "student"),
                                                                          ("Category", "Học sinh giỏi"), ("Branch", "KP01")],
                                           in: folder, now: now)
        XCTAssertEqual(pupil.record.fields.first { $0.name == "Recipient" }?.value, "Phạm Thu Hà")
    }

    func testDaysAndAmountsTypedTheClerksWayAreWrittenAsTheStoreWritesThem() throws {
        let folder = try StoreFixture.folder(self)
        let now = "2023-03-01 09:00"
        var pupils = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Khoa", "Lan", "Minh", "Nam"].makeIterator()
        func award(_ date: String, _ amount: String) throws -> [String] {
            let recipient = "Lê Văn " + (pupils.next() ?? "Phúc")
            let added = try RecordAddition.add(set: StoreSchema.award, given: [("Date", date), ("Recipient", recipient), ("Kind", "student"),
                                                                              ("Category", "Học sinh giỏi"), ("Branch", "KP01"), ("Amount", amount)],
                                               in: folder, now: now)
            return ["Date", "Amount"].map { name in added.record.fields.first { $0.name == name }?.value ?? "" }
        }
        XCTAssertEqual(try award("05/10/2022", "1.200.000 đ"), ["2022-10-05", "1200000"])
        XCTAssertEqual(try award(" 6/1/2023 ", "200k"), ["2023-01-06", "200000"])
        XCTAssertEqual(try award("06.01.2023", "1,5 triệu"), ["2023-01-06", "1500000"])
        XCTAssertEqual(try award("2022-10-07", "300000"), ["2022-10-07", "300000"])
        // Not a day, or a day that does not exist: refused by the check, which names the field.
        for bad in ["31/02/2023", "05/10/23", "10/2023", "5//2023"] {
            XCTAssertThrowsError(try award(bad, "100000"), bad) { error in
                XCTAssertTrue("\(error)".contains("Date"), "\(bad): \(error)")
            }
        }
        XCTAssertThrowsError(try award("2022-10-08", "1.2.3")) { XCTAssertTrue("\($0)".contains("Amount"), "\($0)") }
        // A count is not money: "1.200" stays as typed and is refused as a count.
        XCTAssertNil(RecordAddition.storeSpelling(of: "1.200", as: FieldSpec("Capacity", .int, bound: .count)))
    }

    func testAnEditTidiesTheFieldsItChangesAsAnAdditionDoes() throws {
        let folder = try StoreFixture.folder(self)
        let now = "2023-03-01 09:00"
        let added = try RecordAddition.add(set: StoreSchema.award, given: [("Recipient", "Lê Văn An"), ("Kind", "student"),
                                                                          ("Category", "Học sinh giỏi"), ("Branch", "KP01")],
                                           in: folder, now: now)
        let id = added.record.fields[0].value
        let files = try AdditionRefusalTests.contents(of: folder).mapValues { [UInt8]($0) }
        let edit = try RecordEdit(set: StoreSchema.award, id: id, given: [("Date", "06/10/2022"), ("Amount", "500.000"), ("Recipient", "trần   thị  bình")],
                                  files: files, now: now)
        XCTAssertEqual(["Date", "Recipient", "Amount"].map { name in edit.record.fields.first { $0.name == name }?.value },
                       ["2022-10-06", "Trần Thị Bình", "500000"])
    }
}

final class TypedDayTests: XCTestCase {
    func testDaysAreReadIsoOrDayFirst() {
        XCTAssertEqual(CalendarDate(typed: "2022-10-06")?.description, "2022-10-06")
        XCTAssertEqual(CalendarDate(typed: "06/10/2022")?.description, "2022-10-06")
        XCTAssertEqual(CalendarDate(typed: "6-10-2022")?.description, "2022-10-06")
        XCTAssertEqual(CalendarDate(typed: "29.02.2024")?.description, "2024-02-29")
        for bad in ["29/02/2023", "06/10/22", "006/10/2022", "06/10/2022/1", "6/ 10/2022", "", "٠٦/١٠/٢٠٢٢", "2022/10/06"] {
            XCTAssertNil(CalendarDate(typed: bad), bad)
        }
    }
}
