// The overview's parts: where the campaign stands, the tiles' figures, the agenda, the ticker.

import Canvas
@testable import Dashboard
import Store
import XCTest
@testable import Recfile
import StoreFixtures

final class OverviewTests: XCTestCase {
    private func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    private func campaign() -> Campaign {
        Campaign(id: "C1", title: "Tuần lễ", ward: "Phường A", center: "TTHTCĐ", schoolYear: "2022-2023",
                 weekStart: day(2022, 10, 1), weekEnd: day(2022, 10, 7), ceremonyDate: day(2022, 10, 6))
    }

    func testThePhaseCountsDaysBeforeTellsTheDayDuringAndSaysWhenItIsOver() {
        let c = campaign()
        XCTAssertEqual(CampaignPhase(c, today: day(2022, 9, 28)), .before(days: 3))
        XCTAssertEqual(CampaignPhase(c, today: day(2022, 10, 1)), .during(day: 1, of: 7))
        XCTAssertEqual(CampaignPhase(c, today: day(2022, 10, 7)), .during(day: 7, of: 7))
        XCTAssertEqual(CampaignPhase(c, today: day(2022, 10, 8)), .after)
        let ctx = RenderContext(theme: .builtinDefault, language: .vi, ascii: false)
        XCTAssertEqual(CampaignPhase.before(days: 3).text(ctx), "còn 3 ngày")
        XCTAssertEqual(CampaignPhase.after.text(ctx), "đã kết thúc")
    }

    private func store(awards: [Award] = [], enrollments: [Enrollment] = [], agendaLog: [AgendaLogEntry] = []) -> StoreSnapshot {
        StoreSnapshot(
            directory: "", campaign: campaign(),
            targets: [Target(id: "T1", label: "Lượt người học", metric: .learnerTurns, goal: 4)],
            agenda: [AgendaItem(seq: 1, item: "Khai mạc"), AgendaItem(seq: 2, item: "Báo cáo"), AgendaItem(seq: 3, item: "Trao thưởng")],
            agendaLog: agendaLog,
            classes: [Course(id: "L1", name: "Tin học", topic: "CĐS")],
            learners: [Learner(id: "HV1", name: "Nguyễn Thị Thu Hiền", phone: "0912345678"), Learner(id: "HV2", name: "Trần An")],
            enrollments: enrollments,
            branches: [Branch(id: "KP1", name: "Khu phố 1", kind: .neighborhood)],
            awards: awards)
    }

    private func award(_ id: String, _ date: CalendarDate, _ name: String, amount: Int = 100_000) -> Award {
        Award(id: id, date: date, recipient: name, kind: .student, category: "Học sinh giỏi", branch: "KP1", amount: amount)
    }

    func testTilesShowTheSchoolYearsTalliesAgainstTargetsAndLastYear() {
        let data = DashboardData(store(
            awards: [award("A1", day(2021, 10, 1), "Lê Bình"), award("A2", day(2022, 10, 2), "Lê Cúc"), award("A3", day(2022, 10, 3), "Lê Dung")],
            enrollments: [Enrollment(classId: "L1", learnerId: "HV1", date: day(2022, 10, 1))]))
        let ctx = RenderContext(theme: .builtinDefault, language: .vi, ascii: false)
        let tiles = OverviewFigures.tiles(data, ctx)
        XCTAssertEqual(tiles[0].figure, "1")
        XCTAssertEqual(tiles[0].progressText, "25,0%")
        XCTAssertEqual(tiles[0].detail, "mục tiêu 4 lượt")
        XCTAssertEqual(tiles[1].figure, "2", "only the campaign's school year counts")
        XCTAssertEqual(tiles[1].detail, "▲ 100,0% so với năm trước (1)")
        XCTAssertEqual(tiles[1].detailRole, .good)
        XCTAssertEqual(tiles[3].figure, "-300", "overdrawn by the year's two awards and the one of the year before, carried over")
        XCTAssertEqual(tiles[3].detailRole, .bad)
    }

    func testTheTickerIsLastRecordedFirstAndShortensPeopleOnlyWhenProjected() throws {
        let data = DashboardData(store(
            awards: [award("A1", day(2022, 10, 2), "Lê Văn Bình"), award("A2", day(2022, 10, 6), "Nguyễn Thị Thu Hiền"),
                     award("A3", day(2022, 9, 30), "Đỗ Thị Lan")],
            enrollments: [Enrollment(classId: "L1", learnerId: "HV2", date: day(2022, 10, 4))]))
        let order = data.latest.map { entry -> String in
            switch entry.what {
            case .award(let a): a.id
            case .enrollment(let e, _, _): e.learnerId
            }
        }
        XCTAssertEqual(order, ["A3", "HV2", "A2", "A1"], "the award recorded last comes first, whatever its date")
        var clerk = Buffer(size: Size(width: 70, height: 6))
        TickerBox.draw(data.latest, RenderContext(theme: .builtinDefault, language: .vi, ascii: false), in: clerk.bounds, into: &clerk)
        XCTAssertTrue(clerk.text.contains("Nguyễn Thị Thu Hiền"))
        // In the hall names are whole, as they are read out; `--names short` shortens them.
        var hall = Buffer(size: Size(width: 70, height: 6))
        TickerBox.draw(data.latest, RenderContext(theme: .builtinDefault, language: .vi, ascii: false, presenting: true), in: hall.bounds, into: &hall)
        XCTAssertTrue(hall.text.contains("Nguyễn Thị Thu Hiền"), hall.text)
        var short = RenderContext(theme: .builtinDefault, language: .vi, ascii: false, presenting: true)
        short.shortNames = true
        var shortHall = Buffer(size: Size(width: 70, height: 6))
        TickerBox.draw(data.latest, short, in: shortHall.bounds, into: &shortHall)
        XCTAssertTrue(shortHall.text.contains("Hiền N.T.T."), shortHall.text)
        XCTAssertTrue(shortHall.text.contains("An T."))
        XCTAssertFalse(shortHall.text.contains("Nguyễn Thị"))
    }

    func testWhatArrivesWhileRunningLeadsTheTickerInTheOrderItArrived() {
        let e1 = Enrollment(classId: "L1", learnerId: "HV1", date: day(2022, 10, 1))
        let e2 = Enrollment(classId: "L1", learnerId: "HV2", date: day(2022, 10, 6))
        let a1 = award("A1", day(2022, 10, 2), "Lê Bình"), a2 = award("A2", day(2022, 10, 6), "Lê Cúc")
        let start = store(awards: [a1], enrollments: [e1])
        let enrolled = store(awards: [a1], enrollments: [e1, e2])
        let awarded = store(awards: [a1, a2], enrollments: [e1, e2])
        var state = AppState()
        state.dataChanged(from: start, to: enrolled)
        state.dataChanged(from: enrolled, to: awarded)
        let ticker = TickerEntry.ticker(arrivals: state.overview.arrivals, latest: DashboardData(awarded).latest)
        XCTAssertEqual(ticker.map(\.identity), ["A|A2", "E|L1|HV2", "A|A1", "E|L1|HV1"],
                       "the award recorded last leads, then the enrollment before it, then the store's older records")
        let text = Screen.render(state: state, snapshot: awarded, theme: .builtinDefault, size: Size(width: 120, height: 40)).text
        XCTAssertTrue(text.contains("Lê Cúc"), text)
    }

    func testAJustArrivedAwardIsHighlightedForAFewSeconds() {
        let old = store(awards: [award("A1", day(2022, 10, 2), "Lê Bình")])
        let new = store(awards: [award("A1", day(2022, 10, 2), "Lê Bình"), award("A2", day(2022, 10, 6), "Lê Cúc")])
        var state = AppState()
        state.dataChanged(from: old, to: new)
        XCTAssertEqual(state.fresh.awards, ["A2"])
        XCTAssertEqual(state.dataChangedAt, state.now)
        XCTAssertTrue(state.fresh.isFresh(award: "A2", at: state.now))
        XCTAssertTrue(state.tick(to: state.now.adding(seconds: FreshItems.seconds)), "the highlight going away is a change on screen")
        XCTAssertFalse(state.fresh.isFresh(award: "A2", at: state.now))
        // An edit that is not an append (a record taken out) marks nothing.
        state.dataChanged(from: new, to: old)
        XCTAssertTrue(state.fresh.awards.isEmpty)
    }

    func testTheAgendaKeyWritesTheNextItemAndGoesBackAStep() {
        let before = DashboardData(store())
        var state = AppState(canWrite: true)
        XCTAssertEqual(state.handle(.character("n"), data: before),
                       .write(.add([NewRecord(set: "AgendaLog", fields: [.init("Seq", "1")])]), origin: .overview),
                       "before the ceremony, n starts the first item")
        let at = DateAndTime(date: day(2022, 10, 6), time: ClockTime(hour: 8, minute: 0)!)
        let during = DashboardData(store(agendaLog: [AgendaLogEntry(seq: 2, at: at)]))
        XCTAssertEqual(during.agenda.current?.item, "Báo cáo")
        XCTAssertEqual(during.agenda.next?.item, "Trao thưởng")
        XCTAssertEqual(state.handle(.character("n"), data: during),
                       .write(.add([NewRecord(set: "AgendaLog", fields: [.init("Seq", "3")])]), origin: .overview))
        XCTAssertEqual(state.handle(.character("b"), data: during),
                       .write(.add([NewRecord(set: "AgendaLog", fields: [.init("Seq", "1")])]), origin: .overview))
        let last = DashboardData(store(agendaLog: [AgendaLogEntry(seq: 3, at: at)]))
        XCTAssertNil(state.handle(.character("n"), data: last))
        XCTAssertEqual(state.notice?.tone, .bad, "at the last item the clerk is told, nothing is written")
    }

    func testAReadOnlyStoreOrTheProjectorNeverWrites() {
        let data = DashboardData(store())
        var readOnly = AppState(canWrite: false)
        XCTAssertNil(readOnly.handle(.character("n"), data: data))
        XCTAssertNotNil(readOnly.notice)
        var projected = AppState(canWrite: true, presentation: PresentationState(isOn: true))
        XCTAssertNil(projected.handle(.character("n"), data: data))
        XCTAssertEqual(projected.pane, .overview)
    }
}

final class HelpOverlayKeyTests: XCTestCase {
    func testKeysDoNotReachThePaneUnderTheHelp() {
        let data = DashboardData(StoreSnapshot(directory: "", agenda: [AgendaItem(seq: 1, item: "Khai mạc")]))
        var state = AppState(canWrite: true)
        state.handle(.character("?"), data: data)
        XCTAssertTrue(state.showingHelp)
        XCTAssertNil(state.handle(.character("n"), data: data), "n under the help writes nothing")
        XCTAssertTrue(state.showingHelp)
        state.handle(.escape, data: data)
        XCTAssertFalse(state.showingHelp)
        XCTAssertNotNil(state.handle(.character("n"), data: data), "without the help, n starts the first item")
    }
}

final class NoticeTests: XCTestCase {
    func testAWriteOutcomeIsShownOnTheStatusLineForAFewSeconds() throws {
        var state = AppState(storeLabel: "/srv/hoctap", canWrite: true)
        state.update(.writeFinished(.written([try RecordText(["Seq": "2"])]), origin: .overview))
        let size = Size(width: 100, height: 30)
        XCTAssertTrue(Screen.render(state: state, snapshot: nil, theme: .builtinDefault, size: size).line(28).contains("Đã ghi 1 bản ghi"))
        state.update(.writeFinished(.refused(problems: ["the store is locked by another writer"]), origin: .overview))
        XCTAssertTrue(Screen.render(state: state, snapshot: nil, theme: .builtinDefault, size: size).line(28)
            .contains("Không ghi: the store is locked"))
        _ = state.tick(to: state.now.adding(seconds: Notice.lifetime))
        XCTAssertTrue(Screen.render(state: state, snapshot: nil, theme: .builtinDefault, size: size).line(28).contains("/srv/hoctap"))
    }
}

/// A year just set up: its money tiles say "0 đồng", never "0 đ đồng".
final class OverviewEmptyYearTests: XCTestCase {
    func testAnEmptyYearSaysZeroDongOnce() {
        let snapshot = StoreSnapshot(directory: "", campaign: TwoYears.twoYears.campaign)
        let state = AppState(pane: .overview, storeLabel: "x", canWrite: true)
        let text = Screen.render(state: state, data: DashboardData(snapshot), theme: .builtinDefault,
                                 size: Size(width: 120, height: 40)).text
        XCTAssertFalse(text.contains("đ đồng"), text)
        XCTAssertTrue(text.contains("0 đồng"), text)
    }
}

/// Outside the day the ceremony was held, the agenda shows what was held, not an item under way.
final class AgendaHeldTests: XCTestCase {
    func testAfterTheCeremonyDayTheAgendaWasHeld() {
        let data = AwardsFixtures.demoData
        var state = AppState(pane: .overview, storeLabel: "x", canWrite: true)
        let onTheDay = Screen.render(state: state, data: data, theme: .builtinDefault, size: Size(width: 120, height: 40)).text
        XCTAssertTrue(onTheDay.contains("ĐANG DIỄN RA"), onTheDay)
        state.now = Moment(date: CalendarDate(year: 2026, month: 12, day: 3)!, hour: 9, minute: 0)
        let later = Screen.render(state: state, data: data, theme: .builtinDefault, size: Size(width: 120, height: 40)).text
        XCTAssertFalse(later.contains("ĐANG DIỄN RA"), later)
        XCTAssertFalse(later.contains("Tiếp theo"), later)
        XCTAssertTrue(later.contains("ĐÃ DIỄN RA · ngày 06/10/2022"), later)
        XCTAssertFalse(later.contains("▶"), "no item marked as under way")
    }
}
