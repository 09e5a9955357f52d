// Keys fed to the awards pane: years, a branch's awards, the forms, validation, the double-entry guard, writes.

import Canvas
@testable import Dashboard
import Store
import XCTest

final class AwardsStateTests: XCTestCase {
    private let data = DashboardData(AwardsFixtures.twoYears)

    private func run(_ keys: [Key], _ state: inout AppState, data: DashboardData? = nil) -> [Effect] {
        var effects: [Effect] = []
        for k in keys { if let e = state.handle(k, data: data ?? self.data) { effects.append(e) } }
        return effects
    }

    private func type(_ text: String) -> [Key] { text.map { Key.character($0) } }

    /// The fields of the one record an effect writes.
    private func written(_ effects: [Effect]) throws -> NewRecord {
        guard case .write(.add(let records), let origin)? = effects.last else {
            XCTFail("no write: \(effects)")
            throw XCTSkip("no write")
        }
        XCTAssertEqual(origin, .awards)
        XCTAssertEqual(records.count, 1)
        return records[0]
    }

    private func value(_ r: NewRecord, _ name: String) -> String? { r.fields.first { $0.name == name }?.value }

    // MARK: years and branches

    func testBracketsChangeTheSchoolYearAmongThoseInTheStore() {
        var s = AwardsFixtures.state()
        XCTAssertEqual(data.awards.shownYear(s.awards.year)?.startYear, 2022)
        _ = run([.character("[")], &s)
        XCTAssertEqual(s.awards.year?.startYear, 2021)
        _ = run([.character("[")], &s)
        XCTAssertEqual(s.awards.year?.startYear, 2021, "no year before the first")
        _ = run([.character("]")], &s)
        XCTAssertEqual(s.awards.year?.startYear, 2022)
        XCTAssertEqual(s.pane, .awards)
    }

    func testEnterOpensTheSelectedBranchAndEscComesBack() {
        var s = AwardsFixtures.state()
        _ = run([.down, .enter], &s)
        XCTAssertEqual(s.awards.mode, .branch("TR01"))
        XCTAssertEqual(BranchAwardsView.rows(data, branch: "TR01", year: SchoolYear(startYear: 2022)).map { data.snapshot.awards[$0].id },
                       ["KT05", "KT04"], "newest first")
        _ = run([.down], &s)
        XCTAssertEqual(s.awards.awardCursor.index, 1)
        _ = run([.escape], &s)
        XCTAssertEqual(s.awards.mode, .tallies)
        XCTAssertEqual(s.pane, .awards)
    }

    func testVCyclesTheSidePanel() {
        var s = AwardsFixtures.state()
        _ = run([.character("v")], &s)
        XCTAssertEqual(s.awards.side, .fund)
        _ = run([.character("v"), .character("v")], &s)
        XCTAssertEqual(s.awards.side, .categories)
    }

    // MARK: the award form

    func testTypingQInTheFormTypesAndDoesNotQuit() {
        var s = AwardsFixtures.state()
        let effects = run([.character("a")] + type("Quý q") + [.left, .right], &s)
        XCTAssertEqual(effects, [])
        XCTAssertEqual(s.awards.form?.form.value("Recipient"), "Quý q")
        XCTAssertEqual(s.pane, .awards, "← and → stay in the field")
    }

    func testAnAwardIsWrittenWithTheParsedAmountAndTheBranchSelected() throws {
        var s = AwardsFixtures.state()
        var keys: [Key] = [.down, .character("a")] + type("Võ Thị Lan") + [.tab, .tab]
        keys += type("Học sinh xuất sắc") + [.tab, .tab] + type("1,5tr") + [.tab] + type("Nhà sách Ánh Dương") + [.enter]
        let effects = run(keys, &s)
        let r = try written(effects)
        XCTAssertEqual(r.set, "Award")
        XCTAssertEqual(value(r, "Recipient"), "Võ Thị Lan")
        XCTAssertEqual(value(r, "Kind"), "student")
        XCTAssertEqual(value(r, "Category"), "Học sinh xuất sắc")
        XCTAssertEqual(value(r, "Branch"), "TR01", "the branch under the cursor")
        XCTAssertEqual(value(r, "Amount"), "1500000")
        XCTAssertEqual(value(r, "Sponsor"), "Nhà sách Ánh Dương")
        XCTAssertEqual(value(r, "Date"), "2022-10-06", "today, in the year shown")
        XCTAssertNil(value(r, "Id"), "the store numbers it")
        s.update(.writeFinished(.written([]), origin: .awards))
        XCTAssertNil(s.awards.form)
        XCTAssertEqual(s.awards.year?.startYear, 2022)
    }

    func testTheAmountIsShownFormattedAndABadOneIsRefusedInline() {
        var s = AwardsFixtures.state()
        _ = run([.character("a"), .tab, .tab, .tab, .tab] + type("200k"), &s)
        XCTAssertEqual(s.awards.form?.form.field("Amount")?.note, "= 200.000 đ")
        _ = run([.backspace, .backspace, .backspace, .backspace] + type("nhiều"), &s)
        XCTAssertNotNil(s.awards.form?.form.field("Amount")?.error)
        let effects = run([.enter], &s)
        XCTAssertEqual(effects, [], "nothing is written")
        XCTAssertEqual(s.awards.form?.form.field("Recipient")?.error, "Cần nhập người nhận")
        XCTAssertEqual(s.awards.form?.form.focus, 0, "the first field in error has the keyboard")
    }

    func testCategorySuggestionsComeFromTheStore() {
        var s = AwardsFixtures.state()
        _ = run([.character("a"), .tab, .tab] + type("hoc b"), &s)
        XCTAssertEqual(s.awards.form?.form.field("Category")?.suggestions, ["Học bổng"])
        _ = run([.down, .enter], &s)
        XCTAssertEqual(s.awards.form?.form.value("Category"), "Học bổng")
    }

    func testACategoryTypedWithoutAccentsIsOfferedAndWrittenAsTheOneInUse() throws {
        var s = AwardsFixtures.state()
        _ = run([.character("a")] + type("Võ Thị Lan") + [.tab, .tab] + type("hoc bong"), &s)
        XCTAssertEqual(s.awards.form?.form.field("Category")?.suggestions, ["Học bổng"], "the accented spelling is offered")
        let r = try written(run([.enter], &s))
        XCTAssertEqual(value(r, "Category"), "Học bổng", "not a second category spelt without accents")
    }

    func testNamesAreWrittenWithSingleSpaces() throws {
        var s = AwardsFixtures.state()
        let r = try written(run([.character("a")] + type("  Lê   Minh  Trâm ") + [.tab, .tab] + type("Học bổng") + [.enter], &s))
        XCTAssertEqual(value(r, "Recipient"), "Lê Minh Trâm")
    }

    func testEscClosesTheFormAndWritesNothing() {
        var s = AwardsFixtures.state()
        let effects = run([.character("a")] + type("An") + [.escape], &s)
        XCTAssertEqual(effects, [])
        XCTAssertNil(s.awards.form)
        XCTAssertEqual(s.pane, .awards)
    }

    func testADoubleEntryAsksFirstThenWritesOnEnterOrGoesBackOnEsc() throws {
        var s = AwardsFixtures.state()
        // KT03, Lê Văn Cường, Học sinh giỏi, KP01 (the form's first branch), 2022-10-06.
        let keys: [Key] = [.character("a")] + type("le van cuong") + [.tab, .tab] + type("Học sinh giỏi") + [.enter]
        var effects = run(keys, &s)
        XCTAssertEqual(effects, [])
        let question = try XCTUnwrap(s.awards.form?.form.confirmation)
        XCTAssertTrue(question.contains("KT03"), question)
        XCTAssertEqual(AwardsPane.hints(s.awards, KeyContext()).first?.keyLabel, "Enter")
        effects = run([.escape], &s)
        XCTAssertNil(s.awards.form?.form.confirmation, "back to the form")
        XCTAssertNotNil(s.awards.form)
        effects = run([.enter, .enter], &s)
        XCTAssertEqual(try value(written(effects), "Recipient"), "le van cuong")
    }

    func testARefusalStaysInTheForm() {
        var s = AwardsFixtures.state()
        _ = run([.character("a")] + type("An") + [.tab, .tab] + type("Học bổng") + [.enter], &s)
        s.update(.writeFinished(.refused(problems: ["Branch: expected the Id of a Branch record"]), origin: .awards))
        XCTAssertEqual(s.awards.form?.refusal, ["Branch: expected the Id of a Branch record"])
        _ = run(type("x"), &s)
        XCTAssertEqual(s.awards.form?.refusal, [], "typing clears it")
    }

    func testADonationIsWritten() throws {
        var s = AwardsFixtures.state()
        let keys: [Key] = [.character("d")] + type("Công ty Bình Minh") + [.tab] + type("5tr") + [.tab, .tab] + type("Học bổng") + [.enter]
        let r = try written(run(keys, &s))
        XCTAssertEqual(r.set, "Donation")
        XCTAssertEqual([value(r, "Donor"), value(r, "Amount"), value(r, "Purpose"), value(r, "Branch")],
                       ["Công ty Bình Minh", "5000000", "Học bổng", nil])
    }

    func testADateInAnotherYearIsShownAfterTheWrite() throws {
        var s = AwardsFixtures.state()
        var keys: [Key] = [.character("a")] + type("An") + [.tab, .tab] + type("Học bổng") + [.tab, .tab, .tab, .tab]
        keys += Array(repeating: .backspace, count: 10) + type("20/05/2022") + [.enter]
        let r = try written(run(keys, &s))
        XCTAssertEqual(value(r, "Date"), "2022-05-20")
        s.update(.writeFinished(.written([]), origin: .awards))
        XCTAssertEqual(s.awards.year?.startYear, 2021)
    }

    // MARK: read-only

    func testReadOnlyOpensNoFormAndSaysSo() {
        var s = AwardsFixtures.state()
        s.canWrite = false
        _ = run([.character("a")], &s)
        XCTAssertNil(s.awards.form)
        XCTAssertEqual(s.awards.refusedKey, .readOnly)
        let hints = s.paneHints()
        XCTAssertFalse(hints.contains { $0.keyLabel == "a" })
        XCTAssertTrue(hints.contains { $0.keyLabel == "a d" && $0.hint == nil })
        _ = run([.down], &s)
        XCTAssertNil(s.awards.refusedKey)
    }

    func testHintsFollowTheMode() {
        var s = AwardsFixtures.state()
        XCTAssertTrue(s.paneHints().contains { $0.keyLabel == "Enter" })
        _ = run([.enter], &s)
        XCTAssertTrue(s.paneHints().contains { $0.keyLabel == "Esc" })
        _ = run([.character("a")], &s)
        XCTAssertEqual(s.paneHints().map(\.keyLabel), ["Enter", "Tab/↓", "↑", "←/→", "Esc"])
    }
}
