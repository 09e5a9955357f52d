// The assessment form over key sequences: the live total and pass line, the items under it marked, an empty place, the subject found by name, the record written, refused and undone.

import Canvas
@testable import Dashboard
import Foundation
import Reports
import Store
import VietText
import XCTest

final class AssessmentFormTests: XCTestCase {
    private var folder: String!

    override func setUpWithError() throws {
        let demo = try XCTUnwrap(StoreLoader.demoDirectory(), "the demo store is not in the resources")
        folder = NSTemporaryDirectory() + "hoctap-assess-\(UUID().uuidString)"
        try FileManager.default.copyItem(atPath: demo, toPath: folder)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func data() throws -> DashboardData { DashboardData(try StoreLoader.load(directory: folder)) }

    /// A learner of the demo not yet scored against CDHT-324 in 2022.
    private func unassessed(_ data: DashboardData) throws -> Learner {
        let done = Set(data.snapshot.assessments.filter { $0.set == "CDHT-324" && $0.year == 2022 }.map(\.subject))
        return try XCTUnwrap(data.snapshot.learners.first { !done.contains($0.id) })
    }

    /// The awards pane with the assessment form open (t, then đ), its focus on the first item.
    private func openForm(_ data: DashboardData, subject: String) -> AppState {
        var state = AwardsFixtures.state()
        send([.character("t"), .character("đ")], &state, data)
        send([.tab] + typed(subject) + [.tab, .tab, .tab], &state, data)
        return state
    }

    private func form(_ state: AppState) throws -> AssessmentForm { try XCTUnwrap(state.awards.assessment) }

    private func summary(_ state: AppState) throws -> [String] { try form(state).form.summary.map(\.text) }

    private func warned(_ state: AppState) throws -> [String] {
        try form(state).form.fields.filter { $0.warning != nil }.map(\.id)
    }

    /// Types `scores` into the item fields from the one focused, Tab after each.
    private func score(_ scores: [String], _ state: inout AppState, _ data: DashboardData) {
        for s in scores { send(typed(s) + [.tab], &state, data) }
    }

    // MARK: live totals

    func testTheTotalAndThePassLineFollowTheKeys() throws {
        let data = try data()
        let learner = try unassessed(data)
        var state = openForm(data, subject: learner.id)
        let open = try form(state)
        XCTAssertEqual(open.form.value("Set"), "CDHT-324", "the learning-citizen set comes first")
        XCTAssertEqual(open.form.value("Year"), "2022")
        XCTAssertEqual(open.form.field("Subject")?.note, [learner.name, learner.neighborhood].compactMap { $0 }.joined(separator: " · "))
        XCTAssertEqual(open.form.fields[open.form.focus].id, "item:0")
        XCTAssertEqual(try summary(state).first, "Tổng 0/100 (đã chấm 0/10) — cần ≥ 80, không chỉ tiêu nào dưới 5")

        // Exactly 80 with one 4: the total is there, the 4 fails.
        score(["10", "10", "10", "10", "10", "10", "9", "9", "8"], &state, data)
        XCTAssertEqual(try summary(state), ["Tổng 86/100 (đã chấm 9/10) — cần ≥ 80, không chỉ tiêu nào dưới 5",
                                            "Kết quả nếu ghi: Chưa chấm đủ các chỉ tiêu"])
        send(typed("4"), &state, data)
        XCTAssertEqual(try summary(state), ["Tổng 90/100 — cần ≥ 80, không chỉ tiêu nào dưới 5", "Kết quả nếu ghi: Không đạt"])
        XCTAssertEqual(try warned(state), ["item:9"])
        XCTAssertEqual(try form(state).form.field("item:9")?.warning, "dưới 5 điểm: chưa đạt")
        // The 4 made a 5: recognised, nothing marked.
        send([.backspace] + typed("5"), &state, data)
        XCTAssertEqual(try summary(state), ["Tổng 91/100 — cần ≥ 80, không chỉ tiêu nào dưới 5", "Kết quả nếu ghi: Công nhận"])
        XCTAssertEqual(try warned(state), [])
        XCTAssertEqual(try form(state).form.summary.last?.role, .good)
        // Back up and lower items 9, 8 and 7 to 5: exactly 80 with none under 5 is recognised.
        for _ in 0..<3 {
            send([.up], &state, data)
            send([.backspace, .backspace] + typed("5"), &state, data)
        }
        XCTAssertEqual(try summary(state), ["Tổng 80/100 — cần ≥ 80, không chỉ tiêu nào dưới 5", "Kết quả nếu ghi: Công nhận"])
        // One more: 75 is under the line though no item is under 5.
        send([.up, .backspace, .backspace] + typed("5"), &state, data)
        XCTAssertEqual(try summary(state), ["Tổng 75/100 — cần ≥ 80, không chỉ tiêu nào dưới 5", "Kết quả nếu ghi: Không đạt"])
        XCTAssertEqual(try warned(state), [])
        // A score above the item's maximum is an error on that item, not counted.
        send([.backspace] + typed("11"), &state, data)
        XCTAssertEqual(try form(state).form.field("item:5")?.error, "điểm là số nguyên từ 0 đến 10")
        XCTAssertEqual(try summary(state).first, "Tổng 70/100 (đã chấm 9/10) — cần ≥ 80, không chỉ tiêu nào dưới 5")
        // Enter with the error writes nothing.
        XCTAssertEqual(send([.enter], &state, data), [])
        XCTAssertEqual(try form(state).form.fields[try form(state).form.focus].id, "item:5")
    }

    func testASetWithEmptyPlacesShowsThemAndDecidesNothing() throws {
        let data = try data()
        var state = AwardsFixtures.state()
        send([.character("t"), .character("d"), .right], &state, data)
        let open = try form(state)
        XCTAssertEqual(open.form.value("Set"), "GDHT-448")
        let set = try XCTUnwrap(data.report.titles.sets["GDHT-448"])
        let empty = set.items.enumerated().filter { !$0.element.isComplete }
        XCTAssertFalse(empty.isEmpty)
        for (i, _) in empty {
            let field = try XCTUnwrap(open.form.field("item:\(i)"))
            XCTAssertTrue(field.isLocked)
            XCTAssertTrue(field.shownText.contains("cần bổ sung theo văn bản hiện hành"))
        }
        XCTAssertEqual(try summary(state).last, "Kết quả nếu ghi: " + AssessmentResult.criteriaIncomplete.vietnamese)
        // Its subjects are households: a household is found by its head's name, accents aside.
        let family = try XCTUnwrap(data.snapshot.families.first { $0.headIsLearner })
        let head = try XCTUnwrap(data.snapshot.learners.first { $0.id == family.head })
        send([.tab] + typed(VietText.searchKey(head.name)), &state, data)
        let suggestions = try form(state).form.field("Subject")?.suggestions ?? []
        XCTAssertTrue(suggestions.contains { $0.contains(family.id) }, "\(suggestions)")
    }

    func testALearnerIsFoundByNameWithoutAccents() throws {
        let data = try data()
        let learner = try unassessed(data)
        var state = AwardsFixtures.state()
        send([.character("t"), .character("đ"), .tab] + typed(VietText.searchKey(learner.name)), &state, data)
        let field = try XCTUnwrap(try form(state).form.field("Subject"))
        let pick = try XCTUnwrap(field.suggestions.firstIndex { $0.contains(learner.id) }, "\(field.suggestions)")
        send(Array(repeating: .down, count: pick + 1) + [.enter], &state, data)
        XCTAssertEqual(try form(state).form.value("Subject"), learner.id)
        XCTAssertEqual(try form(state).form.field("Subject")?.note?.hasPrefix(learner.name), true)
        // A household's id is not a learner: Enter says so and writes nothing.
        let family = try XCTUnwrap(data.snapshot.families.first)
        send([.backTab] + [.tab] + Array(repeating: .backspace, count: 10) + typed(family.id) + [.enter], &state, data)
        XCTAssertEqual(try form(state).form.field("Subject")?.error, "không có học viên mã \(family.id)")
    }

    // MARK: the record written

    func testEnterWritesTheRecordTheCommandWouldAndTheFigureMoves() throws {
        let before = try data()
        let learner = try unassessed(before)
        let recognised = before.report.titles.line(.citizen, year: 2022).tally
        var state = openForm(before, subject: learner.id)
        score(["10", "9", "8", "8", "8", "8", "8", "8", "8"], &state, before)
        send(typed("5"), &state, before)
        var effects = send([.enter], &state, before)
        XCTAssertEqual(effects.count, 1)
        guard case .write(let write, let origin)? = effects.first, case .add(let records) = write else {
            return XCTFail("no write: \(effects)")
        }
        XCTAssertEqual(origin, .awards)
        let record = try XCTUnwrap(records.first)
        XCTAssertEqual(record.set, "Assessment")
        let fields = Dictionary(record.fields.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(fields["Subject"], learner.id)
        XCTAssertEqual(fields["Set"], "CDHT-324")
        XCTAssertEqual(fields["Year"], "2022")
        XCTAssertEqual(fields["Scores"], "10,9,8,8,8,8,8,8,8,5")
        XCTAssertNotNil(fields["Date"])

        // Through the store's own write path: checked, appended, journalled.
        _ = try write.perform(in: folder, now: "2022-12-01 09:00")
        let after = try data()
        let written = try XCTUnwrap(after.snapshot.assessments.first { $0.subject == learner.id && $0.set == "CDHT-324" && $0.year == 2022 })
        XCTAssertEqual(written.scores, [10, 9, 8, 8, 8, 8, 8, 8, 8, 5])
        XCTAssertEqual(after.report.titles.line(.citizen, year: 2022).tally.recognized, recognised.recognized + 1)
        XCTAssertEqual(after.report.titles.line(.citizen, year: 2022).tally.assessed, recognised.assessed + 1)
        state.update(.writeFinished(.written([]), origin: .awards), data: after)
        XCTAssertNil(state.awards.assessment, "the form closes once written")
        XCTAssertEqual(state.awards.titlesYear, 2022)
        let frame = Screen.render(state: state, data: after, theme: .builtinDefault, size: Size(width: 80, height: 24)).text
        XCTAssertTrue(frame.contains("\(recognised.recognized + 1)"), frame)

        // The same subject, set and year again: the store refuses, the form says why and stays open.
        var again = openForm(after, subject: learner.id)
        score(Array(repeating: "9", count: 10), &again, after)
        effects = send([.enter], &again, after)
        guard case .write(let second, _)? = effects.first else { return XCTFail("no second write") }
        XCTAssertThrowsError(try second.perform(in: folder, now: "2022-12-01 09:05")) { error in
            again.update(.writeFinished(.refused(problems: ["\(error)"]), origin: .awards), data: after)
        }
        XCTAssertEqual(again.awards.assessment?.refusal.isEmpty, false)
        let refused = Screen.render(state: again, data: after, theme: .builtinDefault, size: Size(width: 120, height: 40)).text
        XCTAssertTrue(refused.contains("Kho không nhận:"), refused)

        // One step of undo takes the assessment back.
        _ = try StoreWrite.undo.perform(in: folder, now: "2022-12-01 09:10")
        let undone = try data()
        XCTAssertEqual(undone.report.titles.line(.citizen, year: 2022).tally, recognised)
    }

    func testReadOnlyOpensNoForm() throws {
        let data = try data()
        var state = AppState(pane: .awards, storeLabel: "test", canWrite: false)
        send([.character("t"), .character("đ")], &state, data)
        XCTAssertNil(state.awards.assessment)
        XCTAssertFalse(AwardsPane.hints(in: state).contains { $0.keyLabel == "đ/d" })
        let frame = Screen.render(state: state, data: data, theme: .builtinDefault, size: Size(width: 80, height: 24)).text
        XCTAssertTrue(frame.contains("Chỉ xem: kho này không ghi được đánh giá"), frame)
    }
}
