// The u key and, on a branch's awards, Delete (ask, then remove) and Enter (edit in the award form).

import Canvas
@testable import Dashboard
import Store
import VietText
import XCTest

final class UndoKeysTests: XCTestCase {
    private let data = DashboardData(AwardsFixtures.twoYears)

    private func run(_ keys: [Key], _ state: inout AppState) -> [Effect] {
        keys.compactMap { state.handle($0, data: data) }
    }

    /// The awards pane with branch TR01 opened, its newest award (KT05) selected.
    private func branchOpened() -> AppState {
        var s = AwardsFixtures.state()
        _ = run([.down, .enter], &s)
        XCTAssertEqual(s.awards.mode, .branch("TR01"))
        return s
    }

    func testUUndoesOnAWritableStoreOnly() {
        var s = AwardsFixtures.state()
        XCTAssertEqual(run([.character("u")], &s), [.write(.undo, origin: .awards)])
        var readOnly = AppState(pane: .overview, canWrite: false)
        XCTAssertEqual(run([.character("u")], &readOnly), [])
        XCTAssertEqual(readOnly.notice?.tone, .bad)
        XCTAssertTrue(KeyMap.bindings.contains { $0.keyLabel == "u" && $0.hint != nil }, "u is on the hint bar and in the help")
    }

    func testUDoesNothingOnTheProjector() {
        var s = AwardsFixtures.state()
        _ = run([.function(5)], &s)
        XCTAssertTrue(s.presentation.isOn)
        let before = s
        XCTAssertEqual(run([.character("u")], &s), [])
        XCTAssertEqual(s.notice, before.notice)
        XCTAssertTrue(s.presentation.isOn)
    }

    func testTheStatusLineSaysWhatWasUndone() {
        var s = AwardsFixtures.state()
        let summary = ChangeSummary(.add, [RecordLabel(set: "Award", id: "KT05", name: "Nguyễn Văn An")])
        s.update(.writeFinished(.changed(summary, undo: true), origin: .awards))
        XCTAssertEqual(s.notice?.text, "Đã hoàn tác: thêm khen thưởng KT05 (Nguyễn Văn An)")
        s.update(.writeFinished(.refused(problems: ["không còn thao tác nào của hoctap để hoàn tác"]), origin: .awards))
        XCTAssertEqual(s.notice?.tone, .bad)
    }

    func testDeleteAsksNamingTheAwardAndEnterRemovesIt() throws {
        var s = branchOpened()
        let award = try XCTUnwrap(AwardsEditKeys.selectedAward(s.awards, data))
        XCTAssertEqual(run([.delete], &s), [], "nothing is written before the answer")
        let question = try XCTUnwrap(s.awards.removal?.question)
        for part in [award.id, award.recipient, award.category, VietFormat.date(award.date)] {
            XCTAssertTrue(question.contains(part), "\(part) in \(question)")
        }
        XCTAssertEqual(run([.character("q")], &s), [], "other keys wait for the answer")
        XCTAssertEqual(run([.enter], &s), [.write(.removeRecord(set: "Award", id: award.id), origin: .awards)])
        XCTAssertNil(s.awards.removal)
    }

    func testEscKeepsTheAward() {
        var s = branchOpened()
        _ = run([.character("x")], &s)
        XCTAssertNotNil(s.awards.removal)
        XCTAssertEqual(run([.escape], &s), [])
        XCTAssertNil(s.awards.removal)
        XCTAssertEqual(s.awards.mode, .branch("TR01"), "Esc answered the question; the branch stays open")
    }

    func testEnterEditsTheSelectedAwardInItsForm() throws {
        var s = branchOpened()
        let award = try XCTUnwrap(AwardsEditKeys.selectedAward(s.awards, data))
        _ = run([.enter], &s)
        let open = try XCTUnwrap(s.awards.form)
        XCTAssertEqual(open.editing, award.id)
        XCTAssertEqual(open.form.value("Recipient"), award.recipient)
        XCTAssertEqual(open.form.value("Category"), award.category)
        XCTAssertEqual(open.form.value("Kind"), award.kind.rawValue)
        XCTAssertEqual(open.form.value("Branch"), award.branch)
        // The amount typed anew; the sponsor emptied is removed.
        var keys: [Key] = Array(repeating: .tab, count: 4)
        keys += Array(repeating: .backspace, count: 12) + "150k".map { Key.character($0) } + [.tab] + Array(repeating: .backspace, count: 40)
        let effects = run(keys + [.enter], &s)
        guard case .write(.edit(let set, let id, let fields), let origin)? = effects.last else { return XCTFail("no edit: \(effects)") }
        XCTAssertEqual([set, id], ["Award", award.id])
        XCTAssertEqual(origin, .awards)
        XCTAssertEqual(fields.first { $0.name == "Amount" }?.value, "150000")
        XCTAssertEqual(fields.first { $0.name == "Sponsor" }?.value, "")
        XCTAssertEqual(fields.first { $0.name == "Recipient" }?.value, award.recipient)
        s.update(.writeFinished(.changed(ChangeSummary(.edit, [RecordLabel(set: "Award", id: award.id)]), undo: false), origin: .awards))
        XCTAssertNil(s.awards.form, "the form closes once the edit is written")
    }

    func testABadValueStaysInTheEditForm() {
        var s = branchOpened()
        _ = run([.enter], &s)
        let keys: [Key] = Array(repeating: .tab, count: 4) + Array(repeating: .backspace, count: 12) + "abc".map { Key.character($0) }
        XCTAssertEqual(run(keys + [.enter], &s), [], "nothing written")
        XCTAssertNotNil(s.awards.form?.form.field("Amount")?.error)
    }
}
