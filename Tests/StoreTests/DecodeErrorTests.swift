/// Every kind of error the decoder reports, each with its file, line and field, and the record left out.

import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures

final class DecodeErrorTests: XCTestCase {
    /// Applies one change to the fixture and returns its only problem, checking its place.
    private func only(_ file: String, _ old: String, _ new: String, line lineText: String? = nil,
                      file line: StaticString = #filePath, line sourceLine: UInt = #line) throws -> StoreProblem {
        let snapshot = StoreFixture.snapshot([file: [(old, new)]])
        XCTAssertEqual(snapshot.problems.count, 1, "\(snapshot.problems)", file: line, line: sourceLine)
        let p = try XCTUnwrap(snapshot.problems.first, file: line, line: sourceLine)
        XCTAssertEqual(p.file, file, file: line, line: sourceLine)
        XCTAssertEqual(p.line, StoreFixture.line(of: lineText ?? old, in: file), file: line, line: sourceLine)
        return p
    }

    func testTheFixtureIsClean() {
        let s = StoreFixture.snapshot()
        XCTAssertEqual(s.problems, [])
        XCTAssertEqual([s.campaigns.count, s.targets.count, s.indicators.count, s.agenda.count, s.agendaLog.count],
                       [1, 4, 1, 2, 2])
        XCTAssertEqual([s.classes.count, s.learners.count, s.enrollments.count, s.attendance.count],
                       [2, 3, 3, 3])
        XCTAssertEqual([s.branches.count, s.clans.count, s.awards.count, s.donations.count], [2, 3, 3, 2])
        XCTAssertEqual(s.awards[1].source, SourcePlace(file: "awards.rec", line: StoreFixture.line(of: "Id: A2", in: "awards.rec")))
        XCTAssertEqual(s.learners[0].phone, "0900000001")
        XCTAssertEqual(s.agendaLog.last?.at.description, "2022-10-06 07:52")
        XCTAssertEqual(s.currentAgendaItem?.item, "Khai mạc")
    }

    func testMissingMandatoryFieldIsReportedAtTheRecordAndTheRecordIsLeftOut() throws {
        let p = try only("awards.rec", "Recipient: Trần Thị Cúc\n", "", line: "Id: A2")
        XCTAssertEqual([p.field, "\(p.kind)", "\(p.severity)"], ["Recipient", "missingField", "error"])
        XCTAssertTrue(p.message.hasPrefix("missing; every Award record needs it"), p.message)
        let ids = StoreFixture.snapshot(["awards.rec": [("Recipient: Trần Thị Cúc\n", "")]]).awards.map(\.id)
        XCTAssertEqual(ids, ["A1", "A3"], "the bad record is left out, the good ones kept")
    }

    func testEmptyMandatoryValue() throws {
        let p = try only("branches.rec", "Name: Họ Trần", "Name:   ")
        XCTAssertEqual(p.kind, .missingField)
        XCTAssertEqual(p.field, "Name")
    }

    func testBadEnum() throws {
        let p = try only("learners.rec", "Gender: M", "Gender: Nam")
        XCTAssertEqual([p.field, p.expected, p.found], ["Gender", "one of F, M", "Nam"])
        XCTAssertEqual(p.kind, .badValue)
        XCTAssertEqual(p.message, "expected one of F, M, got \"Nam\"")
    }

    func testBadInt() throws {
        let p = try only("awards.rec", "Amount: 300000", "Amount: 1,5 triệu")
        XCTAssertEqual([p.field, p.found], ["Amount", "1,5 triệu"])
        XCTAssertEqual(try only("campaign.rec", "Goal: 4", "Goal: bốn").expected, "a whole number in digits only, such as 2700")
        XCTAssertEqual(p.description,
                       "awards.rec:\(p.line): Amount: expected whole đồng in digits only, such as 500000, got \"1,5 triệu\"")
    }

    func testBadDateTimeAndDateAndTime() throws {
        XCTAssertEqual(try only("awards.rec", "Date: 2022-09-01", "Date: 01/09/2022").field, "Date")
        XCTAssertEqual(try only("awards.rec", "Date: 2022-09-01", "Date: 2022-02-30").kind, .badValue)
        XCTAssertEqual(try only("campaign.rec", "Time: 07:50", "Time: 7h50").field, "Time")
        let at = try only("ceremony.rec", "At: 2022-10-06 07:52", "At: 06/10/2022 7:52")
        XCTAssertEqual([at.field, at.found], ["At", "06/10/2022 7:52"])
        XCTAssertEqual(StoreFixture.snapshot(["ceremony.rec": [("07:52", "07:52:00")]]).problems, [], "seconds may follow")
    }

    func testDuplicateKeyNamesTheFirstUse() throws {
        let p = try only("awards.rec", "Id: A2", "Id: A1")
        XCTAssertEqual([p.field, "\(p.kind)"], ["Id", "duplicateKey"])
        XCTAssertTrue(p.message.hasSuffix("already used on line \(StoreFixture.line(of: "Id: A1", in: "awards.rec"))"), p.message)
        XCTAssertEqual(StoreFixture.snapshot(["awards.rec": [("Id: A2", "Id: A1")]]).awards.map(\.recipient).first,
                       "Nguyễn Văn Bình", "the first record keeps the key")
        let seq = StoreFixture.snapshot(["campaign.rec": [("Seq: 2", "Seq: 01")]])
        XCTAssertEqual(seq.problems.map(\.kind), [.duplicateKey, .danglingReference],
                       "integer keys compare as numbers; the log's Seq 2 then points nowhere")
        XCTAssertEqual(seq.problems.map(\.file), ["campaign.rec", "ceremony.rec"])
    }

    func testDanglingReferences() throws {
        let cases: [(String, String, String, String)] = [
            // An attendance's learner: an enrollment's would also leave HV2's attendance without one.
            ("attendance.rec", "Learner: HV2\nDate: 2022-10-13", "Learner: HV9\nDate: 2022-10-13", "Learner"),
            ("attendance.rec", "Class: L2\nLearner: HV3\nDate", "Class: L7\nLearner: HV3\nDate", "Class"),
            ("awards.rec", "Branch: TR01", "Branch: TR09", "Branch"),
            ("funds.rec", "Branch: KP01", "Branch: KP99", "Branch"),
            ("ceremony.rec", "Seq: 2", "Seq: 12", "Seq"),
        ]
        for (file, old, new, field) in cases {
            let p = try only(file, old, new)
            XCTAssertEqual([p.field, "\(p.kind)"], [field, "danglingReference"], new)
        }
        let p = try only("attendance.rec", "Learner: HV2\nDate: 2022-10-13", "Learner: HV9\nDate: 2022-10-13")
        XCTAssertEqual(p.expected, "the Id of a Learner record in learners.rec")
    }

    func testAttendanceReferencesAreCheckedToo() throws {
        let s = StoreFixture.snapshot(["attendance.rec": [("Learner: HV1\nDate: 2022-10-13", "Learner: HV8\nDate: 2022-10-13")]])
        XCTAssertEqual(s.problems.map(\.kind), [.danglingReference])
        XCTAssertEqual(s.problems.first?.field, "Learner")
        XCTAssertEqual([s.enrollments.count, s.attendance.count], [3, 2])
    }

    /// Awards name branches: a store with awards and no branches.rec has lost it. The references
    /// cannot be checked, so the awards are still read; the missing file is the one error.
    func testAMissingFileThatRecordsReferIntoIsAnErrorAndItsReferencesUnchecked() {
        var files = StoreFixture.files()
        files["branches.rec"] = nil
        let s = StoreLoader.decode(files: files)
        XCTAssertEqual(s.problems.map(\.kind), [.missingFile])
        XCTAssertEqual(s.problems.first?.severity, .error)
        XCTAssertTrue(s.problems.first?.message.contains("(the first at awards.rec:") == true, "\(s.problems)")
        XCTAssertEqual(s.awards.count, 3)
    }

    func testWeekEndingBeforeItStarts() throws {
        let p = try only("campaign.rec", "WeekEnd: 2022-10-07", "WeekEnd: 2022-09-30")
        XCTAssertEqual([p.field, "\(p.kind)"], ["WeekEnd", "inconsistent"])
    }
}
