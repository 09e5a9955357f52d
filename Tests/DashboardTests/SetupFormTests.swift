// The set-up form: opened from the overview, the indicators and the classes; fields from the schema, the kind chooser,
// the campaign's defaults following its year, theme rows, the class schedule, the record written and the store's refusal.

import Canvas
@testable import Dashboard
import Store
import XCTest
@testable import Recfile

final class SetupFormTests: XCTestCase {
    private let empty = DashboardData(StoreSnapshot(directory: ""))
    private let demo = AwardsFixtures.demoData

    /// The one record of the one write asked for.
    private func written(_ effects: [Effect], file: StaticString = #filePath, line: UInt = #line) -> NewRecord? {
        guard effects.count == 1, case .write(.add(let records), _) = effects[0], records.count == 1 else {
            XCTFail("expected one write of one record, got \(effects)", file: file, line: line)
            return nil
        }
        return records[0]
    }

    private func values(_ record: NewRecord?, _ name: String) -> [String] {
        record?.fields.filter { $0.name == name }.map(\.value) ?? []
    }

    func testAnEmptyStoreOpensTheCampaignAtItsFirstRequiredField() throws {
        var s = app(.overview)
        send([.character("a")], &s, empty)
        let form = try XCTUnwrap(s.overview.recordForm)
        XCTAssertEqual(form.kind, .campaign)
        XCTAssertEqual(form.form.fields[form.form.focus].id, "Ward")
        XCTAssertEqual(form.form.value("SchoolYear"), "2022-2023", "the school year of the day the clerk works on")
        XCTAssertEqual(form.form.value("WeekStart"), "01/10/2022")
        XCTAssertEqual(form.form.field("Ward")?.isRequired, true)
        XCTAssertEqual(form.form.field("Title")?.isRequired, false, "the store fills the title in")
        XCTAssertEqual(form.form.fields.last?.id, "Id", "the id, filled in when left empty, comes last")
    }

    func testTheCampaignIsWrittenInTheStoresSpellingWithItsThemesInOrder() {
        var s = app(.overview)
        let keys: [Key] = [.character("a")] + typed("Phường Hòa Bình") + [.tab] + typed("Trung tâm HTCĐ phường Hòa Bình")
            + [.tab, .control("u")] + typed("2023-2024") + [.tab, .tab, .tab] + typed("05/10/2023") + [.tab] + typed("7h30")
            + [.tab, .tab] + typed("Chuyển đổi số") + [.tab] + typed("Đọc và học") + [.enter]
        let record = written(send(keys, &s, empty))
        XCTAssertEqual(record?.set, "Campaign")
        XCTAssertEqual(values(record, "Title"), ["Tuần lễ hưởng ứng học tập suốt đời năm 2023"], "the title follows the year typed")
        XCTAssertEqual(values(record, "WeekStart"), ["2023-10-01"])
        XCTAssertEqual(values(record, "WeekEnd"), ["2023-10-07"])
        XCTAssertEqual(values(record, "CeremonyDate"), ["2023-10-05"])
        XCTAssertEqual(values(record, "CeremonyTime"), ["07:30"])
        XCTAssertEqual(values(record, "Theme"), ["Chuyển đổi số", "Đọc và học"])
        XCTAssertEqual(values(record, "Id"), [], "left to the store")
        XCTAssertNil(record?.fields.first { $0.name == "Venue" }, "an empty field is left out")
    }

    func testATitleTypedByTheClerkStaysWhenTheYearChanges() throws {
        var s = app(.overview)
        send([.character("a"), .backTab, .control("u")] + typed("Tuần lễ của phường"), &s, empty)
        XCTAssertEqual(s.overview.recordForm.map { $0.form.fields[$0.form.focus].id }, "Title")
        send([.tab, .tab, .tab, .control("u")] + typed("2024-2025"), &s, empty)
        let form = try XCTUnwrap(s.overview.recordForm)
        XCTAssertEqual(form.form.value("Title"), "Tuần lễ của phường")
        XCTAssertEqual(form.form.value("WeekEnd"), "07/10/2024")
    }

    func testEachThemeRowMakesRoomForTheNext() throws {
        var s = app(.overview)
        let themeAt = try XCTUnwrap(RecordForm(kind: .campaign, kinds: [.campaign], today: AwardsFixtures.date("2023-09-01"), language: .vi)
            .form.fields.firstIndex { $0.id == "Theme" })
        XCTAssertGreaterThan(themeAt, 0)
        send([.character("a")], &s, empty)
        s.overview.recordForm?.form.focus = themeAt + 1 // the kind chooser comes first
        send(typed("A"), &s, empty)
        var ids = s.overview.recordForm?.form.fields.map(\.id) ?? []
        XCTAssertEqual(ids.filter { $0.hasPrefix("Theme") }, ["Theme", "Theme#2"])
        send([.tab] + typed("B"), &s, empty)
        ids = s.overview.recordForm?.form.fields.map(\.id) ?? []
        XCTAssertEqual(ids.filter { $0.hasPrefix("Theme") }, ["Theme", "Theme#2", "Theme#3"])
        XCTAssertEqual(s.overview.recordForm?.form.field("Theme#3")?.label.vi, "Chủ đề 3")
    }

    func testWithACampaignTheFormOffersTheOtherKindsWithTheChooserFocused() throws {
        var s = app(.overview)
        send([.character("a")], &s, demo)
        var form = try XCTUnwrap(s.overview.recordForm)
        XCTAssertFalse(form.kinds.contains(.campaign), "a store holds one campaign")
        XCTAssertEqual(form.kind, .target)
        XCTAssertEqual(form.form.focus, 0)
        send([.tab] + typed("Lượt học"), &s, demo)
        send([.backTab, .right], &s, demo)
        form = try XCTUnwrap(s.overview.recordForm)
        XCTAssertEqual(form.kind, .agendaItem)
        XCTAssertEqual(form.form.fields.map(\.id), ["kind", "Time", "Item", "By", "Seq"])
        send([.right], &s, demo)
        XCTAssertEqual(s.overview.recordForm?.kind, .indicator)
        XCTAssertEqual(s.overview.recordForm?.form.value("Label"), "Lượt học", "a value typed stays in the field of the same name")
    }

    func testATargetIsWrittenWithItsGoalInDigitsAndItsMetricChosen() {
        var s = app(.overview)
        let record = written(send([.character("a"), .tab] + typed("Lượt người học") + [.tab, .right, .tab] + typed("1.900")
            + [.enter], &s, demo))
        XCTAssertEqual(record?.set, "Target")
        XCTAssertEqual(values(record, "Goal"), ["1900"])
        XCTAssertEqual(values(record, "Metric"), ["awards"])
        XCTAssertEqual(values(record, "Label"), ["Lượt người học"])
    }

    func testRequiredFieldsAndUnreadableValuesAreMarkedBeforeWriting() throws {
        var s = app(.overview)
        let effects = send([.character("a"), .tab, .tab, .tab] + typed("nhiều") + [.enter], &s, demo)
        XCTAssertTrue(effects.isEmpty)
        let form = try XCTUnwrap(s.overview.recordForm).form
        XCTAssertEqual(form.field("Label")?.error, "Cần nhập tên chỉ tiêu")
        XCTAssertEqual(form.field("Goal")?.error, "Cần một số nguyên, vd. 2700")
        XCTAssertEqual(form.fields[form.focus].id, "Label", "the first field in error has the keyboard")
    }

    func testTheStoresRefusalShowsOnTheFieldsItNames() throws {
        var s = app(.overview)
        send([.character("a"), .tab] + typed("Lượt") + [.tab, .tab] + typed("5") + [.enter], &s, demo)
        s.update(.writeFinished(.refused(problems: ["Goal: expected a whole number, 0 or more", "campaign.rec is not writable"]),
                                origin: .overview), data: demo)
        let form = try XCTUnwrap(s.overview.recordForm).form
        XCTAssertEqual(form.field("Goal")?.error, "expected a whole number, 0 or more")
        XCTAssertEqual(form.message, "Kho không nhận: campaign.rec is not writable")
        s.update(.writeFinished(.written([]), origin: .overview), data: demo)
        XCTAssertNil(s.overview.recordForm)
        send([.character("a")], &s, demo)
        XCTAssertEqual(s.overview.recordForm?.kind, .target, "the next form opens at the kind last written")
    }

    func testTypingNInTheFormDoesNotMoveTheAgenda() {
        var s = app(.overview)
        let effects = send([.character("a"), .tab, .character("n"), .character("b")], &s, demo)
        XCTAssertTrue(effects.isEmpty)
        XCTAssertEqual(s.overview.recordForm?.form.value("Label"), "nb")
        XCTAssertTrue(s.paneCapturesKeys)
        XCTAssertTrue(s.paneHints().contains { $0.keyLabel == "Enter" })
        XCTAssertFalse(s.paneHints().contains { $0.keyLabel == "n" })
    }

    func testReadOnlyAndPresentingOpenNoForm() {
        var s = app(.overview, canWrite: false)
        send([.character("a")], &s, empty)
        XCTAssertNil(s.overview.recordForm)
        XCTAssertEqual(s.notice?.text, "Chỉ xem: không ghi được vào kho này")
        var shown = app(.overview)
        shown.presentation.isOn = true
        send([.character("a")], &shown, empty)
        XCTAssertNil(shown.overview.recordForm)
    }

    func testIndicatorsPaneAddsAnIndicator() {
        var s = app(.indicators)
        let record = written(send([.character("a")] + typed("Dòng họ hiếu học") + [.tab] + typed("24") + [.tab] + typed("35") + [.enter],
                                  &s, demo))
        XCTAssertEqual(record?.set, "Indicator")
        XCTAssertEqual(values(record, "Of"), ["35"])
    }

    func testAClassScheduleOfWeekdaysIsCountedAndWrittenAsAPattern() throws {
        var s = app(.classes)
        send([.character("c")] + typed("Tin học") + [.tab] + typed("Chuyển đổi số") + [.tab, .tab, .tab, .tab] + typed("03/10/2023")
             + [.tab] + typed("31/10/2023") + [.tab] + typed("Thứ Ba, thu nam"), &s, demo)
        let form = try XCTUnwrap(s.classes.recordForm).form
        XCTAssertEqual(form.field("Weekly")?.note, "= 9 buổi: 03/10/2023 … 31/10/2023")
        XCTAssertEqual(form.field("Start")?.note, "Thứ Ba")
        let record = written(send([.enter], &s, demo))
        XCTAssertEqual(record?.set, "Class")
        XCTAssertEqual(values(record, "Weekly"), ["Thứ Ba, thu nam"], "the store expands it, as hoctap add does")
        XCTAssertEqual(values(record, "Start"), ["2023-10-03"])
    }

    func testAClassScheduleOfDatesIsWrittenAsSessions() throws {
        var s = app(.classes)
        let record = written(send([.character("c")] + typed("CLB đọc sách") + [.tab] + typed("Đọc") + [.tab, .tab, .tab, .tab, .tab, .tab]
                                  + typed("12/10/2023; 05/10/2023") + [.enter], &s, demo))
        XCTAssertEqual(values(record, "Session"), ["2023-10-05", "2023-10-12"])
        XCTAssertEqual(values(record, "Sessions"), ["2"])
        XCTAssertEqual(values(record, "Weekly"), [])
    }

    func testAScheduleThatGivesNoDatesSaysWhy() throws {
        var s = app(.classes)
        send([.character("c"), .tab, .tab, .tab, .tab, .tab] + typed("03/10/2023") + [.tab] + typed("04/10/2023") + [.tab] + typed("CN"),
             &s, demo)
        XCTAssertEqual(s.classes.recordForm?.form.field("Weekly")?.error, "từ 03/10/2023 đến 04/10/2023 không có Chủ nhật nào")
        send([.control("u")] + typed("mỗi tuần"), &s, demo)
        XCTAssertTrue(s.classes.recordForm?.form.field("Weekly")?.error?.hasPrefix("\"mỗi tuần\" không phải các thứ") == true)
    }

    func testTimesAndNumbersAreReadAsPeopleWriteThem() {
        XCTAssertEqual(RecordForm.time("7h30"), "07:30")
        XCTAssertEqual(RecordForm.time("07:30"), "07:30")
        XCTAssertEqual(RecordForm.time("14h"), "14:00")
        XCTAssertNil(RecordForm.time("25:00"))
        XCTAssertNil(RecordForm.time("7:300"))
        XCTAssertEqual(RecordForm.number("2.700"), "2700")
        XCTAssertEqual(RecordForm.number("2 700"), "2700")
        XCTAssertNil(RecordForm.number("2,7"))
    }

    func testTheFormIsDrawnOverTheEmptyOverviewWithItsHelpLine() {
        var s = app(.overview)
        let before = Screen.render(state: s, data: empty, theme: .builtinDefault, size: Size(width: 80, height: 24)).text
        XCTAssertTrue(before.contains("Chưa có chiến dịch năm học — nhấn a để thiết lập."), before)
        send([.character("a")], &s, empty)
        let text = Screen.render(state: s, data: empty, theme: .builtinDefault, size: Size(width: 80, height: 24)).text
        XCTAssertTrue(text.contains("Thiết lập năm học"), text)
        XCTAssertTrue(text.contains("Phường/xã *"), text)
        XCTAssertTrue(text.contains("vd. Phường Quảng Châu"), "the focused field's help: \(text)")
    }

    func testTheNewYearProposesAFolderNextToTheStoreAndSaysHowToOpenIt() throws {
        XCTAssertEqual(RecordForm.proposedFolder("/srv/hoc/store", from: SchoolYear(startYear: 2022), to: SchoolYear(startYear: 2023)),
                       "/srv/hoc/store-2023-2024")
        XCTAssertEqual(RecordForm.proposedFolder("/srv/hoc/store-2022-2023/", from: SchoolYear(startYear: 2022), to: SchoolYear(startYear: 2023)),
                       "/srv/hoc/store-2023-2024")
        var s = app(.overview)
        send([.character("y")], &s, demo)
        let form = try XCTUnwrap(s.overview.recordForm)
        XCTAssertEqual(form.kind, .newYear)
        XCTAssertEqual(form.form.value("SchoolYear"), "2023-2024")
        XCTAssertEqual(form.form.value("Folder"), RecordForm.proposedFolder(demo.snapshot.directory, from: SchoolYear(startYear: 2022),
                                                                            to: SchoolYear(startYear: 2023)))
        // A later year carries the proposal along.
        send([.control("u")] + typed("2024-2025"), &s, demo)
        XCTAssertTrue(s.overview.recordForm?.form.value("Folder").hasSuffix("-2024-2025") == true)
        send([.control("u")] + typed("2021-2022"), &s, demo)
        XCTAssertTrue(send([.enter], &s, demo).isEmpty)
        XCTAssertEqual(s.overview.recordForm?.form.field("SchoolYear")?.error, "Năm học mới phải sau năm 2022-2023")
        send([.control("u")] + typed("2023-2024"), &s, demo)
        let effects = send([.enter], &s, demo)
        guard effects.count == 1, case .write(.seedYear(let folder, let year), origin: .overview) = effects[0] else {
            return XCTFail("\(effects)")
        }
        XCTAssertEqual(year, SchoolYear(startYear: 2023))
        XCTAssertTrue(folder.hasSuffix("-2023-2024"), folder)
        s.update(.writeFinished(.written([]), origin: .overview), data: demo)
        XCTAssertEqual(s.overview.recordForm?.form.done?.contains("hoctap --store \(folder)"), true)
        send([.character("x")], &s, demo)
        XCTAssertNil(s.overview.recordForm, "any key closes the finished form")
    }

    func testNoNewYearWithoutACampaign() {
        var s = app(.overview)
        send([.character("y")], &s, empty)
        XCTAssertNil(s.overview.recordForm)
        XCTAssertEqual(s.notice?.tone, .bad)
    }
}
