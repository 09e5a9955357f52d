/// The rules between records, as `check` reads a hand-edited file: one enrollment per learner and
/// class, attendance only of enrolled learners on the class's days, dates inside the class's year.

import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures

final class ActivityRuleTests: XCTestCase {
    /// The fixture with `changes`, and its problems of `kind`.
    private func problems(_ changes: [String: [(String, String)]], _ kind: ProblemKind) -> (StoreSnapshot, [StoreProblem]) {
        let s = StoreFixture.snapshot(changes)
        return (s, s.problems.filter { $0.kind == kind })
    }

    private let secondEnrollment = ("\nClass: L2\nLearner: HV3\n\n", "\nClass: L1\nLearner: HV1\n\nClass: L2\nLearner: HV3\n\n")

    func testASecondEnrollmentOfTheSameLearnerInTheSameClassIsAnErrorAndCountsOnce() throws {
        let (s, found) = problems(["attendance.rec": [secondEnrollment]], .duplicateRecord)
        let p = try XCTUnwrap(found.first)
        XCTAssertEqual(found.count, 1, "\(s.problems)")
        XCTAssertEqual([p.file, p.field, "\(p.severity)"], ["attendance.rec", "Learner", "error"])
        XCTAssertEqual(p.excerpt?.text, "Learner: HV1")
        XCTAssertEqual(p.line, StoreFixture.line(of: "Class: L2\nLearner: HV3", in: "attendance.rec") + 1)
        XCTAssertTrue(p.message.contains("the same as the record on line"), p.message)
        XCTAssertEqual(s.enrollments.filter { $0.classId == "L1" && $0.learnerId == "HV1" }.count, 1,
                       "the second enrollment is left out, so the learner-turn counts once")
    }

    func testTheSameLearnerInAnotherClassIsNoDouble() {
        let (s, found) = problems(["attendance.rec": [("\nClass: L2\nLearner: HV3\n\n", "\nClass: L2\nLearner: HV1\n\nClass: L2\nLearner: HV3\n\n")]], .duplicateRecord)
        XCTAssertEqual(found, [])
        XCTAssertEqual(s.enrollments.count, 4)
    }

    func testAttendanceOfALearnerNotEnrolledIsAnError() throws {
        let (s, found) = problems(["attendance.rec": [("Learner: HV3\nDate: 2023-09-17", "Learner: HV2\nDate: 2023-09-17")]], .notEnrolled)
        let p = try XCTUnwrap(found.first)
        XCTAssertEqual(p.field, "Learner")
        XCTAssertEqual(p.found, "HV2")
        XCTAssertFalse(s.attendance.contains { $0.classId == "L2" && $0.learnerId == "HV2" })
    }

    func testAttendanceOffTheClassSessionsIsAnErrorWhenTheClassListsThem() throws {
        let sessions = ("Start: 2022-10-06\nSessions: 4", "Start: 2022-10-06\nSessions: 4\nSession: 2022-10-06\nSession: 2022-10-20")
        let (s, found) = problems(["classes.rec": [sessions]], .outsideDates)
        XCTAssertEqual(found.count, 2, "both L1 attendances of 2022-10-13 are off the sessions: \(s.problems)")
        XCTAssertEqual(found.first?.field, "Date")
        XCTAssertTrue(found.first?.message.contains("one of the class's 2 session dates (2022-10-06 … 2022-10-20)") == true,
                      found.first?.message ?? "")
        XCTAssertEqual(s.attendance.filter { $0.classId == "L1" }.count, 0)
        let onSession = StoreFixture.snapshot(["classes.rec": [sessions],
                                               "attendance.rec": [("Date: 2022-10-13", "Date: 2022-10-20"), ("Date: 2022-10-13", "Date: 2022-10-20")]])
        XCTAssertEqual(onSession.problems, [])
    }

    func testWithoutSessionsAttendanceStaysInsideTheClassDatesOrItsSchoolYear() throws {
        let ended = problems(["classes.rec": [("Start: 2022-10-06\n", "Start: 2022-10-06\nEnd: 2022-10-10\n")]], .outsideDates)
        XCTAssertEqual(ended.1.count, 2, "attendance on 2022-10-13 after End 2022-10-10: \(ended.0.problems)")
        // Start only: up to the end of the school year it starts in.
        let late = problems(["attendance.rec": [("Date: 2023-09-17", "Date: 2024-09-02")]], .outsideDates)
        XCTAssertEqual(late.1.map(\.found), ["2024-09-02"])
        XCTAssertTrue(late.1.first?.message.contains("a date from 2023-09-10 to 2024-08-31") == true, late.1.first?.message ?? "")
    }

    func testAClassThatSaysNothingOfItsDatesLimitsNothing() {
        let s = StoreFixture.snapshot(["classes.rec": [("Start: 2023-09-10\n", "")],
                                       "attendance.rec": [("Date: 2023-09-17", "Date: 2019-01-02")]])
        XCTAssertEqual(s.problems, [], "a store valid before the rules stays valid")
    }

    func testAClassWithOnlyASchoolYearTakesAttendanceWithinIt() {
        let (s, found) = problems(["classes.rec": [("Start: 2023-09-10\n", "SchoolYear: 2023-2024\n")],
                                   "attendance.rec": [("Date: 2023-09-17", "Date: 2023-08-31")]], .outsideDates)
        XCTAssertEqual(found.map(\.found), ["2023-08-31"], "\(s.problems)")
    }

    func testAnEnrollmentDatedOutsideTheClassYearIsAnError() throws {
        let (s, found) = problems(["attendance.rec": [("Date: 2022-10-06", "Date: 2026-12-03")]], .outsideDates)
        let p = try XCTUnwrap(found.first, "\(s.problems)")
        XCTAssertEqual([p.field, p.found], ["Date", "2026-12-03"])
        XCTAssertFalse(s.enrollments.contains { $0.learnerId == "HV1" })
        let ahead = StoreFixture.snapshot(["attendance.rec": [("Date: 2022-10-06", "Date: 2022-08-20")]])
        XCTAssertEqual(ahead.problems, [], "signing up a few weeks before the class starts is fine")
    }

    func testSessionsOutsideTheClassDatesAndAnEndBeforeTheStartAreErrors() {
        let s = StoreFixture.snapshot(["classes.rec": [("Start: 2022-10-06\n", "Start: 2022-10-06\nEnd: 2022-10-31\nSession: 2022-11-03\n")]])
        XCTAssertEqual(s.problems.map(\.kind), [.outsideDates], "\(s.problems)")
        XCTAssertEqual(s.problems.first?.excerpt?.text, "Session: 2022-11-03")
        let backwards = StoreFixture.snapshot(["classes.rec": [("Start: 2022-10-06\n", "Start: 2022-10-06\nEnd: 2022-10-01\n")]])
        XCTAssertEqual(backwards.problems.map(\.kind), [.inconsistent])
        let bad = StoreFixture.snapshot(["classes.rec": [("Start: 2022-10-06\n", "Start: 2022-10-06\nSession: 06/10/2022\n")]])
        XCTAssertEqual(bad.problems.map(\.kind), [.badValue])
    }

    func testTheClassKeepsItsSessionDatesAndSchoolYear() {
        let s = StoreFixture.snapshot(["classes.rec": [("Start: 2022-10-06\n", "Start: 2022-10-06\nSchoolYear: 2022-2023\nSession: 2022-10-13\nSession: 2022-10-06\n")]])
        XCTAssertEqual(s.problems, [])
        XCTAssertEqual(s.classes[0].sessionDates.map(\.description), ["2022-10-13", "2022-10-06"])
        XCTAssertEqual(s.classes[0].schoolYear?.description, "2022-2023")
        XCTAssertEqual(ClassDates(s.classes[0]).sessions.map(\.description), ["2022-10-06", "2022-10-13"])
    }

    func testAnAwardMayRewardTheYearBeforeItIsGivenButNotAnother() {
        let prior = StoreFixture.snapshot(["awards.rec": [("Amount: 300000\n", "Amount: 300000\nSchoolYear: 2021-2022\n")]])
        XCTAssertEqual(prior.problems, [])
        XCTAssertEqual(prior.awards[1].rewardedYear.description, "2021-2022")
        XCTAssertEqual(prior.awards[0].rewardedYear.description, "2021-2022", "by default, the year of its date")
        let far = StoreFixture.snapshot(["awards.rec": [("Amount: 300000\n", "Amount: 300000\nSchoolYear: 2020-2021\n")]])
        XCTAssertEqual(far.problems.map(\.kind), [.outsideDates])
        XCTAssertEqual(far.problems.first?.field, "Date")
        let ahead = StoreFixture.snapshot(["awards.rec": [("Amount: 300000\n", "Amount: 300000\nSchoolYear: 2023-2024\n")]])
        XCTAssertEqual(ahead.problems.map(\.kind), [.outsideDates], "results are rewarded after the year, not before")
    }

    func testAnAmountMustBePositive() {
        let s = StoreFixture.snapshot(["funds.rec": [("Amount: 1000000", "Amount: 0")]])
        XCTAssertEqual(s.problems.map(\.kind), [.badValue])
        XCTAssertTrue(s.problems.first?.message.contains("1 or more") == true, s.problems.first?.message ?? "")
    }

    func testAnAttendanceAppendedOnAReloadIsCheckedLikeTheRest() throws {
        let folder = try StoreFixture.folder(self)
        let reloader = StoreReloader()
        _ = try reloader.reload(directory: folder)
        let path = folder + "/attendance.rec"
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("\nClass: L2\nLearner: HV1\nDate: 2023-09-24\n".utf8))
        try handle.close()
        let s = try reloader.reload(directory: folder)
        XCTAssertTrue(reloader.lastWasIncremental)
        XCTAssertEqual(s.problems.filter { $0.kind == .notEnrolled }.count, 1, "\(s.problems)")
    }
}

/// The school year an award names costs it no room: a million awards stay the size they were.
final class AwardSizeTests: XCTestCase {
    func testTheNamedYearFitsInRoomTheAwardHadAnyway() {
        XCTAssertEqual(MemoryLayout<Award>.stride, 120, "\(MemoryLayout<Award>.size) bytes")
    }
}
