// Correcting records in their panes: the overview's chooser (campaign, targets, agenda), indicators, classes and learners;
// the set-up form in edit mode sends only what changed; removals ask naming the record, or say why not; nothing on the projector.

import Canvas
@testable import Dashboard
import Foundation
@testable import Store
import VietText
import XCTest
@testable import Recfile

final class PaneEditTests: XCTestCase {
    private let demo = AwardsFixtures.demoData

    /// The one edit asked for: its set, id and fields by name.
    private func edit(_ effects: [Effect], file: StaticString = #filePath, line: UInt = #line) -> (set: String, id: String, fields: [String: [String]])? {
        guard effects.count == 1, case .write(.edit(let set, let id, let fields), _) = effects[0] else {
            XCTFail("expected one edit, got \(effects)", file: file, line: line)
            return nil
        }
        return (set, id, Dictionary(grouping: fields, by: \.name).mapValues { $0.map(\.value) })
    }

    /// Moves the focus of the open form of `state` to the field `id`.
    private func focus(_ id: String, _ form: inout RecordForm?) {
        let at = form?.form.fields.firstIndex { $0.id == id } ?? -1
        form?.form.focus = at
    }

    // MARK: the form's prefill is the file's record

    func testStoredFieldsAreTheRecordsAsTheDemoFilesHoldThem() throws {
        let snapshot = AwardsFixtures.demo
        let files = try LockedStore.readFiles(in: snapshot.directory)
        func assertSame(_ set: String, _ id: String, _ fields: [NewRecord.Field], line: UInt = #line) throws {
            let schema = try XCTUnwrap(StoreSchema.set(named: set))
            let record = try RecordIdentity.record(id, of: schema, in: files[schema.file])
            let known = Set(schema.fields.map(\.name))
            let inFile = Dictionary(grouping: record.fields.filter { known.contains($0.name) }, by: \.name).mapValues { $0.map(\.value) }
            let shown = Dictionary(grouping: fields, by: \.name).mapValues { $0.map(\.value) }
            XCTAssertEqual(shown, inFile, "\(set) \(id)", line: line)
        }
        let campaign = try XCTUnwrap(snapshot.campaign)
        try assertSame("Campaign", campaign.id, StoredFields.of(campaign))
        for t in snapshot.targets { try assertSame("Target", t.id, StoredFields.of(t)) }
        for a in snapshot.agenda { try assertSame("Agenda", String(a.seq), StoredFields.of(a)) }
        for i in snapshot.indicators { try assertSame("Indicator", i.id, StoredFields.of(i)) }
        for c in snapshot.classes { try assertSame("Class", c.id, StoredFields.of(c)) }
        for b in snapshot.branches { try assertSame("Branch", b.id, StoredFields.of(b)) }
        for c in snapshot.clans { try assertSame("Clan", c.id, StoredFields.of(c)) }
        for l in snapshot.learners.prefix(200) { try assertSame("Learner", l.id, StoredFields.of(l)) }
    }

    // MARK: the overview

    func testEListsTheCampaignTargetsAndAgendaAndEnterEditsTheCampaignPrefilled() throws {
        var s = app(.overview)
        XCTAssertEqual(send([.character("e")], &s, demo), [])
        XCTAssertNotNil(s.overview.chooser)
        let entries = RecordChooser.entries(demo.snapshot)
        XCTAssertEqual(entries.map(\.kind.rawValue).first, "campaign")
        XCTAssertEqual(entries.count, 1 + demo.snapshot.targets.count + demo.snapshot.agenda.count
                       + demo.snapshot.branches.count + demo.snapshot.clans.count)
        send([.enter], &s, demo)
        let form = try XCTUnwrap(s.overview.recordForm)
        XCTAssertEqual(form.kinds, [.campaign], "no kind chooser when editing")
        XCTAssertEqual(form.form.value("CeremonyDate"), "06/10/2022")
        XCTAssertEqual(form.form.value("CeremonyTime"), "07:30")
        XCTAssertEqual(form.form.value("Venue"), "Hội trường UBND phường Quảng Châu")
        XCTAssertEqual(form.form.value("Theme#2"), "Đọc và học suốt đời theo gương Bác Hồ vĩ đại")
        XCTAssertEqual(form.form.value("Theme#3"), "", "one empty row for a new theme")
        let key = try XCTUnwrap(form.form.field("Id"))
        XCTAssertEqual(key.value, "TLHTSD-2022")
        XCTAssertTrue(key.isLocked)
        XCTAssertTrue(form.form.title.vi.contains("TLHTSD-2022"))
    }

    /// Branches and clans have no pane of their own: the overview's list corrects them.
    func testABranchAndAClanAreCorrectedFromTheList() throws {
        var s = app(.overview)
        let entries = RecordChooser.entries(demo.snapshot)
        let branchRow = try XCTUnwrap(entries.firstIndex { $0.kind == .branch })
        let branch = demo.snapshot.branches[0]
        send([.character("e")] + Array(repeating: Key.down, count: branchRow) + [.enter], &s, demo)
        let form = try XCTUnwrap(s.overview.recordForm)
        XCTAssertEqual(form.form.value("Name"), branch.name)
        focus("Members", &s.overview.recordForm)
        let effects = send([.control("u")] + typed("45") + [.enter], &s, demo)
        let change = try XCTUnwrap(edit(effects))
        XCTAssertEqual([change.set, change.id], ["Branch", branch.id])
        XCTAssertEqual(change.fields, ["Members": ["45"]])

        var t = app(.overview)
        let clanRow = try XCTUnwrap(entries.firstIndex { $0.kind == .clan })
        send([.character("e")] + Array(repeating: Key.down, count: clanRow) + [.delete], &t, demo)
        let clan = demo.snapshot.clans[0]
        XCTAssertTrue(t.overview.removal?.question.contains("dòng họ \(clan.id)") == true, "\(String(describing: t.overview.removal))")
    }

    func testSavingTheCampaignSendsOnlyTheChangedFieldsAndEmptiesAClearedOne() {
        var s = app(.overview)
        send([.character("e"), .enter], &s, demo)
        focus("CeremonyTime", &s.overview.recordForm)
        send([.control("u")] + typed("8h"), &s, demo)
        focus("Venue", &s.overview.recordForm)
        let effects = send([.control("u"), .enter], &s, demo)
        let written = edit(effects)
        XCTAssertEqual(written?.set, "Campaign")
        XCTAssertEqual(written?.id, "TLHTSD-2022")
        XCTAssertEqual(written?.fields, ["CeremonyTime": ["08:00"], "Venue": [""]])
        XCTAssertNotNil(s.overview.recordForm, "open while the store answers")
        s.update(.writeFinished(.changed(ChangeSummary(.edit, [RecordLabel(set: "Campaign", id: "TLHTSD-2022")]), undo: false),
                                origin: .overview), data: demo)
        XCTAssertNil(s.overview.recordForm, "closed once written")
        XCTAssertNotNil(s.overview.chooser, "the list stays for the next correction")
    }

    func testTheLockedKeyTakesNoKeysAndTabPassesOverIt() throws {
        var s = app(.overview)
        send([.character("e"), .enter], &s, demo)
        focus("Id", &s.overview.recordForm)
        send(typed("X") + [.backspace], &s, demo)
        XCTAssertEqual(s.overview.recordForm?.form.value("Id"), "TLHTSD-2022")
        focus("Theme#3", &s.overview.recordForm)
        send([.tab], &s, demo)
        XCTAssertNotEqual(s.overview.recordForm.map { $0.form.fields[$0.form.focus].id }, "Id")
    }

    func testNothingChangedWritesNothing() {
        var s = app(.overview)
        XCTAssertEqual(send([.character("e"), .down, .enter, .enter], &s, demo), [])
        XCTAssertNil(s.overview.recordForm)
        XCTAssertEqual(s.notice?.text, "Không có gì thay đổi: chưa ghi gì")
    }

    func testATargetsGoalRefusedByTheStoreIsShownOnItsField() throws {
        var s = app(.overview)
        send([.character("e"), .down, .enter], &s, demo)
        XCTAssertEqual(s.overview.recordForm?.form.value("Goal"), String(demo.snapshot.targets[0].goal))
        focus("Goal", &s.overview.recordForm)
        let written = edit(send([.control("u")] + typed("3.000") + [.enter], &s, demo))
        XCTAssertEqual(written?.set, "Target")
        XCTAssertEqual(written?.id, demo.snapshot.targets[0].id)
        XCTAssertEqual(written?.fields, ["Goal": ["3000"]])
        s.update(.writeFinished(.refused(problems: ["Goal: expected a whole number, 0 or more"]), origin: .overview), data: demo)
        XCTAssertEqual(s.overview.recordForm?.form.field("Goal")?.error, "expected a whole number, 0 or more")
    }

    func testDeleteAsksNamingTheAgendaItemAndEnterRemovesIt() throws {
        var s = app(.overview)
        // The agenda's last-but-one item, wherever the agenda is in the list.
        let row = RecordChooser.entries(demo.snapshot).lastIndex { $0.kind == .agendaItem }! - 1
        send([.character("e")] + Array(repeating: Key.down, count: row), &s, demo)
        let last = demo.snapshot.agenda[demo.snapshot.agenda.count - 2]
        XCTAssertEqual(send([.delete], &s, demo), [], "nothing is written before the answer")
        let question = try XCTUnwrap(s.overview.removal?.question)
        XCTAssertTrue(question.contains(last.item) && question.contains("\(last.seq)"), question)
        XCTAssertEqual(send([.character("n")], &s, demo), [], "n does not move the agenda while asking")
        XCTAssertEqual(send([.enter], &s, demo), [.write(.removeRecord(set: "Agenda", id: String(last.seq)), origin: .overview)])
        s.update(.writeFinished(.refused(problems: ["không xoá phần chương trình \(last.seq): còn 2 AgendaLog (ceremony.rec) nhắc đến nó"]),
                                origin: .overview), data: demo)
        guard case .refused(let why)? = s.overview.removal?.stage else { return XCTFail("the refusal is not shown") }
        XCTAssertTrue(why.contains("ceremony.rec"), why)
        send([.escape], &s, demo)
        XCTAssertNil(s.overview.removal)
    }

    func testTheCampaignIsNotRemovedFromTheList() throws {
        var s = app(.overview)
        XCTAssertEqual(send([.character("e"), .character("x")], &s, demo), [])
        guard case .refused(let why)? = s.overview.removal?.stage else { return XCTFail("no reason given") }
        XCTAssertTrue(why.contains("TLHTSD-2022") && why.contains("Enter"), why)
        XCTAssertEqual(send([.enter], &s, demo), [], "Enter does not remove it")
        XCTAssertNotNil(s.overview.removal, "only Esc closes the reason")
        send([.escape], &s, demo)
        XCTAssertNil(s.overview.removal)
        XCTAssertNotNil(s.overview.chooser)
    }

    func testReadOnlyAndTheProjectorWriteNothingFromTheOverview() {
        var readOnly = app(.overview, canWrite: false)
        XCTAssertEqual(send([.character("e"), .enter, .delete], &readOnly, demo), [])
        XCTAssertNil(readOnly.overview.chooser)
        XCTAssertEqual(readOnly.notice?.tone, .bad)
        XCTAssertEqual(readOnly.notice?.text, "Chỉ xem: không ghi được vào kho này")

        var s = app(.overview)
        send([.character("e")], &s, demo)
        send([.function(5)], &s, demo)
        XCTAssertTrue(s.presentation.isOn)
        XCTAssertEqual(send([.enter, .delete, .character("x"), .character("e"), .enter], &s, demo), [])
        XCTAssertNil(s.overview.recordForm)
        XCTAssertNil(s.overview.removal)
    }

    // MARK: indicators

    func testEnterEditsTheSelectedIndicatorAndDeleteRemovesIt() throws {
        var s = app(.indicators)
        let indicator = demo.snapshot.indicators[1]
        send([.down, .enter], &s, demo)
        let form = try XCTUnwrap(s.indicators.recordForm)
        XCTAssertEqual(form.form.value("Label"), indicator.label)
        XCTAssertEqual(form.form.value("Value"), String(indicator.value))
        XCTAssertEqual(form.form.field("Id")?.value, indicator.id)
        focus("Value", &s.indicators.recordForm)
        let written = edit(send([.control("u")] + typed("7") + [.enter], &s, demo))
        XCTAssertEqual(written?.set, "Indicator")
        XCTAssertEqual(written?.id, indicator.id)
        XCTAssertEqual(written?.fields, ["Value": ["7"]])
        s.update(.writeFinished(.changed(ChangeSummary(.edit, [RecordLabel(set: "Indicator", id: indicator.id)]), undo: false),
                                origin: .indicators), data: demo)
        XCTAssertNil(s.indicators.recordForm)

        XCTAssertEqual(send([.character("x")], &s, demo), [])
        let question = try XCTUnwrap(s.indicators.removal?.question)
        XCTAssertTrue(question.contains(indicator.id) && question.contains(indicator.label), question)
        XCTAssertEqual(send([.escape], &s, demo), [], "Esc keeps it")
        XCTAssertNil(s.indicators.removal)
        XCTAssertEqual(send([.delete, .character("c")], &s, demo),
                       [.write(.removeRecord(set: "Indicator", id: indicator.id), origin: .indicators)])
    }

    func testIndicatorsOnAReadOnlyStoreOrTheProjector() {
        var readOnly = app(.indicators, canWrite: false)
        XCTAssertEqual(send([.enter, .delete, .character("x")], &readOnly, demo), [])
        XCTAssertNil(readOnly.indicators.recordForm)
        XCTAssertNil(readOnly.indicators.removal)
        XCTAssertEqual(readOnly.notice?.tone, .bad)
        var s = app(.indicators)
        send([.function(5)], &s, demo)
        XCTAssertEqual(send([.enter, .delete, .enter], &s, demo), [])
        XCTAssertNil(s.indicators.recordForm)
    }

    // MARK: classes and learners

    private static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    /// ClassesStateTests' classes and learners, LH01 meeting on four listed dates (Mondays and Wednesdays), LH03 with nobody.
    private static let classes: DashboardData = {
        var snapshot = ClassesStateTests.snapshot()
        snapshot.classes[0].sessionDates = ["2022-10-03", "2022-10-05", "2022-10-10", "2022-10-12"].map(day)
        snapshot.classes[0].sessions = 4
        snapshot.classes.append(Course(id: "LH03", name: "Cắm hoa", topic: "Nữ công", start: day("2022-11-01"), end: day("2022-11-30")))
        return DashboardData(snapshot)
    }()

    func testEOnAClassOpensItWithItsSessionsAndANewWeeklyScheduleIsSentAsDates() throws {
        var s = app(.classes)
        let data = Self.classes
        send([.character("e")], &s, data)
        let form = try XCTUnwrap(s.classes.recordForm)
        XCTAssertEqual(form.kind, .course)
        XCTAssertEqual(form.form.value("Name"), "Tin học văn phòng")
        XCTAssertEqual(form.form.value("Weekly"), "03/10/2022, 05/10/2022, 10/10/2022, 12/10/2022")
        XCTAssertEqual(form.form.field("Weekly")?.note, "= 4 buổi: 03/10/2022 … 12/10/2022")
        XCTAssertEqual(form.form.value("Start"), "01/10/2022")
        focus("Weekly", &s.classes.recordForm)
        send([.control("u")] + typed("T2"), &s, data)
        XCTAssertEqual(s.classes.recordForm?.form.field("Weekly")?.note, "= 9 buổi: 03/10/2022 … 28/11/2022")
        let written = edit(send([.enter], &s, data))
        XCTAssertEqual(written?.set, "Class")
        XCTAssertEqual(written?.id, "LH01")
        XCTAssertEqual(written?.fields["Session"]?.count, 9)
        XCTAssertEqual(written?.fields["Session"]?.first, "2022-10-03")
        XCTAssertEqual(written?.fields["Sessions"], ["9"], "the planned count followed the schedule it counted")
        XCTAssertEqual(Set(written?.fields.keys ?? [:].keys), ["Session", "Sessions"])
    }

    func testAScheduleTheStoreRefusesKeepsTheFormOpenAndSaysWhy() {
        var s = app(.classes)
        let data = Self.classes
        send([.character("e")], &s, data)
        focus("Weekly", &s.classes.recordForm)
        XCTAssertEqual(send([.control("u")] + typed("T4") + [.enter], &s, data).count, 1)
        let why = "không sửa lớp LH01: sẽ làm sai 1 bản ghi ở attendance.rec, như attendance.rec:9: Date: …; chưa ghi gì"
        s.update(.writeFinished(.refused(problems: [why]), origin: .classes), data: data)
        XCTAssertNotNil(s.classes.recordForm)
        XCTAssertEqual(s.classes.recordForm?.form.message, "Kho không nhận: " + why)
    }

    func testAClassWithLearnersIsNotRemovedAndOneWithoutIsAsked() throws {
        var s = app(.classes)
        let data = Self.classes
        XCTAssertEqual(send([.delete], &s, data), [])
        guard case .refused(let why)? = s.classes.removal?.stage else { return XCTFail("no reason given") }
        XCTAssertTrue(why.contains("LH01") && why.contains("3 lượt ghi danh"), why)
        send([.escape, .end], &s, data)
        XCTAssertNil(s.classes.removal)
        XCTAssertEqual(send([.character("x")], &s, data), [])
        XCTAssertEqual(s.classes.removal?.question, "Xoá lớp LH03: Cắm hoa?")
        XCTAssertEqual(send([.enter], &s, data), [.write(.removeRecord(set: "Class", id: "LH03"), origin: .classes)])
    }

    func testEOnTheRosterEditsTheLearnerAndDeleteUnenrollsOnlyWithoutAttendance() throws {
        var s = app(.classes)
        let data = Self.classes
        send([.enter], &s, data)
        XCTAssertEqual(s.classes.focus, .roster)
        send([.character("e")], &s, data)
        let form = try XCTUnwrap(s.classes.recordForm)
        XCTAssertEqual(form.kind, .learner)
        let id = form.form.value("Id")
        let learner = try XCTUnwrap(data.snapshot.learners.first { $0.id == id })
        XCTAssertEqual(form.form.value("Name"), learner.name)
        XCTAssertEqual(form.form.value("Gender"), learner.gender?.rawValue ?? "")
        XCTAssertEqual(form.form.value("BirthYear"), learner.birthYear.map(String.init) ?? "")
        XCTAssertEqual(form.form.value("Neighborhood"), learner.neighborhood ?? "")
        focus("Phone", &s.classes.recordForm)
        let written = edit(send([.control("u")] + typed("0987 654 321") + [.enter], &s, data))
        XCTAssertEqual(written?.set, "Learner")
        XCTAssertEqual(written?.id, id)
        XCTAssertEqual(written?.fields, ["Phone": ["0987 654 321"]])
        s.update(.writeFinished(.changed(ChangeSummary(.edit, [RecordLabel(set: "Learner", id: id)]), undo: false), origin: .classes),
                 data: data)
        XCTAssertNil(s.classes.recordForm)

        // HV01 came twice; HV03 (Lê Thị Hoà Bình) never did.
        let rosterIds = ClassesSelection(s.classes, data.classes, today: Moment.reference.date).roster.map { data.classes.learners[Int($0)].id }
        let attended = try XCTUnwrap(rosterIds.firstIndex(of: "HV01")), never = try XCTUnwrap(rosterIds.firstIndex(of: "HV03"))
        s.classes.rosterCursor.index = attended
        XCTAssertEqual(send([.delete], &s, data), [])
        guard case .refused(let why)? = s.classes.removal?.stage else { return XCTFail("no reason given") }
        XCTAssertTrue(why.contains("2 buổi điểm danh") && why.contains("LH01"), why)
        send([.escape], &s, data)
        s.classes.rosterCursor.index = never
        send([.character("x")], &s, data)
        XCTAssertEqual(s.classes.removal?.question, "Bỏ ghi danh Lê Thị Hoà Bình (HV03) khỏi lớp LH01: Tin học văn phòng?")
        XCTAssertEqual(send([.enter], &s, data), [.write(.removeRecord(set: "Enrollment", id: "LH01/HV03"), origin: .classes)])
        s.update(.writeFinished(.refused(problems: ["không xoá ghi danh LH01/HV03: còn 1 Attendance (attendance.rec) nhắc đến nó"]),
                                origin: .classes), data: data)
        guard case .refused(let storeWhy)? = s.classes.removal?.stage else { return XCTFail("the store's refusal is not shown") }
        XCTAssertTrue(storeWhy.contains("Attendance"), storeWhy)
    }

    func testClassesOnAReadOnlyStoreOrTheProjectorWriteNothing() {
        let data = Self.classes
        var readOnly = app(.classes, canWrite: false)
        XCTAssertEqual(send([.character("e"), .delete, .enter, .character("e"), .character("x")], &readOnly, data), [])
        XCTAssertNil(readOnly.classes.recordForm)
        XCTAssertNil(readOnly.classes.removal)
        XCTAssertEqual(readOnly.classes.message?.tone, .bad)
        var s = app(.classes)
        send([.function(5)], &s, data)
        XCTAssertEqual(send([.character("e"), .delete, .enter, .enter, .character("x"), .enter], &s, data), [])
        XCTAssertNil(s.classes.recordForm)
    }

    // MARK: keys

    func testEveryNewKeyIsARowOfItsPanesTable() {
        let overview = OverviewPane.keys.hints(OverviewState(), KeyContext()).map(\.keyLabel)
        XCTAssertTrue(overview.contains("e"), "\(overview)")
        var choosing = OverviewState()
        choosing.chooser = RecordChooser()
        XCTAssertEqual(OverviewPane.keys.hints(choosing, KeyContext()).map(\.keyLabel), ["↑/↓", "Enter", "Del/x", "Esc"])
        let indicators = IndicatorsPane.keys.hints(IndicatorsState(), KeyContext()).map(\.keyLabel)
        XCTAssertTrue(indicators.contains("Enter") && indicators.contains("Del/x"), "\(indicators)")
        let classes = ClassesPane.keys.hints(ClassesState(), KeyContext()).map(\.keyLabel)
        XCTAssertTrue(classes.contains("e") && classes.contains("Del/x"), "\(classes)")
        var roster = ClassesState()
        roster.focus = .roster
        let rosterKeys = ClassesPane.keys.hints(roster, KeyContext()).map(\.keyLabel)
        XCTAssertTrue(rosterKeys.contains("e") && rosterKeys.contains("Del/x"), "\(rosterKeys)")
    }
}
