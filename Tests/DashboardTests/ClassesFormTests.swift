// The enroll form: picking a learner, a new learner with every validation error, duplicates, cancel and the write.

import Canvas
@testable import Dashboard
import Store
import XCTest
@testable import Recfile

final class ClassesFormTests: XCTestCase {
    private let data = ClassesStateTests.data

    private func run(_ keys: [Key], from state: ClassesState = ClassesState()) -> (ClassesState, [KeyOutcome]) {
        var s = state
        let env = KeyContext(now: .reference, mayEdit: true, language: .vi)
        let outcomes = keys.map { ClassesPane.handle($0, &s, data, env) }
        return (s, outcomes)
    }

    /// Opens the form and types a new learner's name, then moves to the fields given.
    private func newLearner(_ name: String, year: String = "", phone: String = "") -> [Key] {
        [.character("a")] + typed(name) + [.tab, .tab] + typed(year) + [.tab, .tab, .tab] + typed(phone)
    }

    private func error(_ s: ClassesState, _ field: String) -> String? { s.form?.form.field(field)?.error }

    func testEscCancelsWithNothingWritten() {
        let (s, outcomes) = run([.character("a")] + typed("Ai đó") + [.escape])
        XCTAssertNil(s.form)
        XCTAssertFalse(outcomes.contains { if case .effect = $0 { true } else { false } })
    }

    func testTypingQInTheFormTypesIt() {
        let (s, outcomes) = run([.character("a"), .character("q")])
        XCTAssertEqual(outcomes.last, .handled)
        XCTAssertEqual(s.form?.form.value("Name"), "q")
    }

    func testEmptyNameIsRefused() {
        let (s, outcomes) = run([.character("a"), .enter])
        XCTAssertEqual(error(s, "Name"), "Nhập họ và tên học viên")
        XCTAssertEqual(outcomes.last, .handled)
    }

    func testOneWordNameIsRefused() {
        let (s, _) = run([.character("a")] + typed("Hiền") + [.enter])
        XCTAssertEqual(error(s, "Name"), "Nhập đủ họ và tên (ít nhất hai chữ)")
    }

    func testDigitsInANameAreRefused() {
        let (s, _) = run([.character("a")] + typed("Nguyễn Văn 2") + [.enter])
        XCTAssertEqual(error(s, "Name"), "Họ tên không có chữ số")
    }

    func testBadBirthYearIsRefused() {
        for year in ["85", "1850", "2030", "19a0"] {
            let (s, _) = run(newLearner("Đỗ Thị Lan", year: year) + [.enter])
            XCTAssertEqual(error(s, "BirthYear"), "Năm sinh là bốn chữ số, từ 1900 đến 2022", year)
        }
    }

    func testBadPhoneIsRefused() {
        for phone in ["12345", "9123456789", "09123x5678", "0112345678"] {
            let (s, _) = run(newLearner("Đỗ Thị Lan", phone: phone) + [.enter])
            XCTAssertEqual(error(s, "Phone"), "Số di động 10 số (03/05/07/08/09) hoặc số bàn 11 số (02…)", phone)
        }
    }

    /// A landline with its area code and a number written with +84 are phone numbers too.
    func testLandlinesAndTheCountryCodeAreAccepted() {
        for phone in ["02373851234", "+84 912 345 678", "0912.345.678"] {
            let (s, _) = run(newLearner("Đỗ Thị Lan", phone: phone) + [.enter])
            XCTAssertNil(error(s, "Phone"), phone)
        }
    }

    func testAnErrorGoesAwayAsItIsCorrected() {
        var (s, _) = run([.character("a")] + typed("Lan") + [.enter])
        XCTAssertNotNil(error(s, "Name"))
        (s, _) = run([.home] + typed("Đỗ "), from: s)
        XCTAssertNil(error(s, "Name"))
    }

    func testANewLearnerAndTheEnrollmentAreOneWrite() {
        let (s, outcomes) = run(newLearner("Đỗ Thị Lan", year: "1979", phone: "0912 345 678") + [.enter])
        let expected = StoreWrite.add([
            NewRecord(set: "Learner", fields: [.init("Name", "Đỗ Thị Lan"), .init("BirthYear", "1979"), .init("Phone", "0912345678")]),
            NewRecord(set: "Enrollment", fields: [.init("Class", "LH01"), .init("Date", "2022-10-06")],
                      links: [NewRecord.Link(field: "Learner", record: 0, from: "Id")]),
        ])
        XCTAssertEqual(outcomes.last, .effect(.write(expected, origin: .classes)))
        XCTAssertNotNil(s.form, "the form stays until the write is confirmed")
    }

    /// Entered years later (the clerk's today is 2026-12-03), the enrollment of a class of
    /// 2022-2023 is dated on the class's first day, never on today outside its year.
    func testALateEnrollmentTakesADayOfTheClassYear() throws {
        var s = ClassesState()
        let env = KeyContext(now: Moment(date: CalendarDate(year: 2026, month: 12, day: 3)!, hour: 9, minute: 0), mayEdit: true, language: .vi)
        var last: KeyOutcome = .handled
        for key in newLearner("Đỗ Thị Lan") + [.enter] { last = ClassesPane.handle(key, &s, data, env) }
        guard case .effect(.write(.add(let records), _)) = last else { return XCTFail("\(last)") }
        XCTAssertEqual(records.last?.fields.first { $0.name == "Date" }?.value, "2022-10-01", "LH01 starts on 01/10/2022")
    }

    func testPickingASuggestionEnrollsTheExistingLearner() {
        // Võ Minh An is in no class yet; "an" suggests them; ↓ highlights, Enter takes it.
        var (s, _) = run([.character("a")] + typed("vo minh"))
        XCTAssertEqual(s.form?.form.field("Name")?.suggestions.count, 1)
        (s, _) = run([.down, .enter], from: s)
        XCTAssertEqual(s.form?.existingLearner, "HV05")
        XCTAssertNil(s.form?.form.field("Phone"), "the new learner's fields go away")
        let (_, outcomes) = run([.enter], from: s)
        XCTAssertEqual(outcomes.last, .effect(.write(.add([NewRecord(set: "Enrollment", fields: [
            .init("Class", "LH01"), .init("Learner", "HV05"), .init("Date", "2022-10-06")])]), origin: .classes)))
    }

    func testEnrollingSomeoneTwiceIsRefused() {
        let (s, _) = run([.character("a")] + typed("nguyen thi hien") + [.down, .enter, .enter])
        XCTAssertEqual(s.form?.existingLearner, "HV01")
        XCTAssertEqual(error(s, "Class"), "HV01 đã ghi danh lớp LH01")
    }

    func testAProbableDuplicateIsAskedAbout() {
        // Same folded name and birth year as HV01.
        var (s, outcomes) = run(newLearner("NGUYEN THI HIEN", year: "1990") + [.enter])
        XCTAssertEqual(outcomes.last, .handled)
        let question = try! XCTUnwrap(s.form?.form.confirmation)
        XCTAssertTrue(question.contains("HV01"), question)
        XCTAssertTrue(s.form?.form.field("Name")?.note?.contains("HV01") ?? false)
        (s, outcomes) = run([.escape], from: s)
        XCTAssertNil(s.form?.form.confirmation, "Esc goes back to the form")
        XCTAssertNotNil(s.form)
        (s, outcomes) = run([.enter, .enter], from: s)
        if case .effect = outcomes.last {} else { XCTFail("Enter on the question writes") }
    }

    func testAFullClassIsAskedAbout() {
        let (s, _) = run([.character("a")] + typed("Đỗ Thị Lan") + [.enter])
        XCTAssertNil(s.form?.form.confirmation, "LH01 has 3 of 4 places")
        var snapshot = ClassesStateTests.snapshot()
        snapshot.enrollments.append(Enrollment(classId: "LH01", learnerId: "HV05"))
        let full = DashboardData(snapshot)
        var f = ClassesState()
        let env = KeyContext(now: .reference, mayEdit: true, language: .vi)
        for key in [.character("a")] + typed("Đỗ Thị Lan") + [.enter] { _ = ClassesPane.handle(key, &f, full, env) }
        XCTAssertEqual(f.form?.form.confirmation, "Lớp đã đủ 4/4 học viên. Vẫn ghi danh?")
    }

    func testAProbableDuplicateInAFullClassAsksBothQuestionsBeforeWriting() {
        var snapshot = ClassesStateTests.snapshot()
        snapshot.enrollments.append(Enrollment(classId: "LH01", learnerId: "HV05"))
        let full = DashboardData(snapshot)
        var f = ClassesState()
        let env = KeyContext(now: .reference, mayEdit: true, language: .vi)
        var outcome = KeyOutcome.ignored
        for key in newLearner("NGUYEN THI HIEN", year: "1990") + [.enter] { outcome = ClassesPane.handle(key, &f, full, env) }
        XCTAssertTrue(f.form?.form.confirmation?.contains("HV01") ?? false, "first the probable duplicate")
        outcome = ClassesPane.handle(.enter, &f, full, env)
        XCTAssertEqual(outcome, .handled, "nothing is written yet")
        XCTAssertEqual(f.form?.form.confirmation, "Lớp đã đủ 4/4 học viên. Vẫn ghi danh?", "then the full class")
        outcome = ClassesPane.handle(.enter, &f, full, env)
        if case .effect(.write) = outcome {} else { XCTFail("Enter on the last question writes: \(outcome)") }
    }

    func testWrittenClosesTheFormAndSelectsTheNewLearner() {
        var (s, _) = run(newLearner("Đỗ Thị Lan") + [.enter])
        let records = [try! RecordText(["Id": "HV06", "Name": "Đỗ Thị Lan"]),
                       try! RecordText(["Class": "LH01", "Learner": "HV06", "Date": "2022-10-06"])]
        ClassesPane.receive(.written(records), &s)
        XCTAssertNil(s.form)
        XCTAssertEqual(s.wantedLearner, "HV06")
        XCTAssertEqual(s.focus, .roster)
    }

    func testRefusedKeepsTheFormWithTheReason() {
        var (s, _) = run(newLearner("Đỗ Thị Lan") + [.enter])
        ClassesPane.receive(.refused(problems: ["Learner: refers to a record that is not part of this write"]), &s)
        XCTAssertEqual(s.form?.form.message, "Learner: refers to a record that is not part of this write")
    }

    func testHintsFollowTheMode() {
        let env = KeyContext(now: .reference, mayEdit: true, language: .vi)
        XCTAssertTrue(ClassesPane.hints(ClassesState(), env).contains { $0.keyLabel == "/" })
        XCTAssertTrue(ClassesPane.hints(run([.enter]).0, env).contains { $0.keyLabel == "Space" })
        XCTAssertTrue(ClassesPane.hints(run([.character("a")]).0, env).contains { $0.hint?.vi == "Huỷ" })
        XCTAssertTrue(ClassesPane.hints(run([.character("/")]).0, env).contains { $0.keyLabel == "a–z" && $0.hint?.vi == "Tìm" })
    }

    func testAQuestionSaysEscGoesBackToTheForm() {
        let env = KeyContext(now: .reference, mayEdit: true, language: .vi)
        var (s, _) = run([.character("a")])
        s.form?.form.confirmation = "Lớp đã đủ 30/30 học viên. Vẫn ghi danh?"
        let hints = ClassesPane.hints(s, env).compactMap { key in key.hint.map { "\(key.keyLabel) \($0.vi)" } }
        XCTAssertEqual(hints, ["Enter Vẫn ghi", "Esc Sửa lại"])
        _ = ClassesPane.keys.handle(.escape, &s, ClassesStateTests.data, env)
        XCTAssertNotNil(s.form, "Esc during the question goes back to the form")
        XCTAssertNil(s.form?.form.confirmation)
    }
}
