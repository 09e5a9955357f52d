/// The read-only area view: each member beside the total on every pane, problems badged per member, every editing key refused, new figures followed.

import Canvas
@testable import Dashboard
import Reports
import Store
import StoreFixtures
import VietText
import XCTest

final class AreaScreenTests: XCTestCase {
    /// Three members from the small fixture (the second a former ward with a problem) and one
    /// that could not be read.
    private static let report: AreaReport = {
        let first = StoreFixture.snapshot()
        let second = StoreFixture.snapshot([
            "campaign.rec": [("Ward: Phường Hòa Bình", "Ward: Phường Quảng Châu (cũ)")],
            "learners.rec": [("Name: Trần Văn An", "Name: Trần Văn An\nBirthDate: 17/05/1991")],
        ])
        let area = Area(name: "Phường Sầm Sơn", level: .ward, members: [])
        return AreaReport(area: area, schoolYear: SchoolYear(text: "2022-2023"), members: [
            AreaMemberReport(name: "Phường Hòa Bình (cũ)", source: .store("hoa-binh"),
                             figures: AreaReport.figures(first, schoolYear: SchoolYear(text: "2022-2023"))),
            AreaMemberReport(name: "Phường Quảng Châu (cũ)", source: .store("quang-chau"),
                             figures: AreaReport.figures(second, schoolYear: SchoolYear(text: "2022-2023"))),
            AreaMemberReport(name: "Phường Quảng Tiến (cũ)", source: .summary("quang-tien.json"),
                             problem: AreaFailure(name: "Phường Quảng Tiến (cũ)", cause: .summary("quang-tien.json", .cannotOpen))),
        ])
    }()

    private func frame(_ state: AreaViewState, _ size: Size) -> Buffer {
        AreaScreen.render(report: Self.report, state: state, theme: .builtinDefault, size: size)
    }

    func testEveryPaneAtThreeSizes() {
        for pane in AreaPane.allCases {
            for size in [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)] {
                assertSnapshot(frame(AreaViewState(pane: pane), size), theme: .builtinDefault,
                               named: "area-\(pane.rawValue)-\(size.width)x\(size.height)")
            }
        }
    }

    func testTheTotalIsTheSumOfTheMembersShownAndProblemsAreBadgedPerMember() {
        let text = frame(AreaViewState(), Size(width: 120, height: 40)).text
        let awards = Self.report.members.compactMap { $0.figures?.awards.count }
        XCTAssertEqual(Self.report.total.awards.count, awards.reduce(0, +))
        XCTAssertTrue(text.contains("Phường Quảng Châu (cũ): 1 lỗi"), text)
        XCTAssertTrue(text.contains("Phường Quảng Tiến (cũ): không đọc được"), text)
    }

    func testTheHeaderSaysWhichYearsTheFiguresCover() {
        let size = Size(width: 80, height: 24)
        XCTAssertTrue(frame(AreaViewState(), size).text.contains("năm học 2022-2023"))
        var allYears = Self.report
        allYears.schoolYear = nil
        let text = AreaScreen.render(report: allYears, state: AreaViewState(), theme: .builtinDefault, size: size).text
        XCTAssertTrue(text.contains("mọi năm học"), text)
    }

    func testEveryEditingKeyIsRefusedAndNothingElseChanges() {
        for key in [Key.character("a"), .character("e"), .character("d"), .character("i"), .character("u"),
                    .character("p"), .character(" "), .enter, .delete] {
            var state = AreaViewState(pane: .awards)
            XCTAssertNil(state.update(key))
            XCTAssertEqual(state.notice, AreaViewState.readOnlyNotice, "\(key)")
            XCTAssertEqual(state.pane, .awards)
            XCTAssertTrue(frame(state, Size(width: 80, height: 24)).text.contains(AreaViewState.readOnlyNotice))
        }
        var state = AreaViewState()
        XCTAssertNil(state.update(.tab))
        XCTAssertEqual(state.pane, .classes)
        XCTAssertNil(state.notice)
        XCTAssertEqual(state.update(.character("q")), .quit)
    }

    func testAShortScreenScrollsTheAwardsListAndKeepsTheTotal() {
        // The list gives up rows first (not below header, 3 rows and total), then the blocks at the end go.
        XCTAssertEqual(AreaScreen.layout([(30, true), (5, false)], height: 20), [14, 5])
        XCTAssertEqual(AreaScreen.layout([(30, true), (5, false)], height: 8), [8, 0])
        XCTAssertEqual(AreaScreen.layout([(6, false), (5, false)], height: 20), [6, 5])
        var state = AreaViewState(pane: .awards)
        _ = state.update(.down, rows: 3)
        _ = state.update(.end, rows: 3)
        XCTAssertEqual(state.scroll, 2)
        _ = state.update(.pageUp, rows: 3)
        XCTAssertEqual(state.scroll, 0)
    }

    // MARK: The panes per figure

    func testEachFigurePaneHasARowPerMemberAndTheTotalOfThoseRead() {
        let read = Self.report.readMembers.compactMap(\.figures)
        let size = Size(width: 120, height: 40)
        let classes = frame(AreaViewState(pane: .classes), size).text
        XCTAssertTrue(classes.contains("Lượt người học"), classes)
        let turns = read.map(\.learnerTurns).reduce(0, +)
        XCTAssertEqual(AreaSubject.classes.table(Self.report).total.cells.first, .count(turns))
        XCTAssertTrue(line(classes, "Tổng cộng").contains(VietFormat.integer(turns)), classes)
        XCTAssertTrue(line(classes, "Phường Quảng Tiến (cũ)").contains("không đọc được"), classes)

        let fund = frame(AreaViewState(pane: .fund), size).text
        let gifts = read.map(\.fund.donations).reduce(0, +)
        XCTAssertTrue(line(fund, "Tổng cộng").contains(VietFormat.money(gifts)), fund)

        let titles = frame(AreaViewState(pane: .titles), size).text
        let clans = read.map { $0.titles["clan"]?.recognized ?? 0 }.reduce(0, +)
        let clanTotal = read.map { $0.titles["clan"]?.total ?? 0 }.reduce(0, +)
        XCTAssertTrue(line(titles, "Tổng cộng").contains("\(clans)/\(clanTotal)"), titles)

        let problems = frame(AreaViewState(pane: .problems), size).text
        XCTAssertTrue(line(problems, "Phường Quảng Châu (cũ)").hasSuffix("1        0 │"), problems)
        XCTAssertTrue(problems.contains("⚠ Phường Quảng Tiến (cũ): không đọc được số liệu công bố quang-tien.json"), problems)
    }

    func testNumberKeysJumpToEachPaneAndArrowsWrapAround() {
        var state = AreaViewState()
        for (i, pane) in AreaPane.allCases.enumerated() {
            XCTAssertNil(state.update(.character(Character("\(i + 1)"))))
            XCTAssertEqual(state.pane, pane)
        }
        XCTAssertNil(state.update(.right))
        XCTAssertEqual(state.pane, .overview)
        XCTAssertNil(state.update(.left))
        XCTAssertEqual(state.pane, .problems)
    }

    // MARK: The tables built once

    func testTheTablesBuiltOnceDrawWhatTheReportDrawsAndCountTheListsRows() {
        let tables = AreaFigureTables(Self.report)
        for pane in AreaPane.allCases {
            let state = AreaViewState(pane: pane)
            XCTAssertEqual(AreaScreen.render(tables: tables, state: state, theme: .builtinDefault, size: Size(width: 120, height: 40)).text,
                           frame(state, Size(width: 120, height: 40)).text, "\(pane)")
        }
        let branches = Self.report.readMembers.map { m in 1 + m.figures!.awards.byBranch.values.filter { $0 > 0 }.count }
        XCTAssertEqual(AreaScreen.scrollRows(tables, pane: .awards), branches.reduce(0, +) + 1, "a row per ward and branch, and the unreadable one")
        XCTAssertEqual(AreaScreen.scrollRows(tables, pane: .classes), 0)
        XCTAssertEqual(tables.total, Self.report.total)
        XCTAssertEqual(tables[.classes], AreaSubject.classes.table(Self.report))
    }

    // MARK: In English

    func testEveryPaneInEnglishAtTwoSizes() {
        for pane in AreaPane.allCases {
            for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
                assertSnapshot(frame(AreaViewState(pane: pane, language: .en), size), theme: .builtinDefault,
                               named: "area-en-\(pane.rawValue)-\(size.width)x\(size.height)")
            }
        }
    }

    func testInEnglishTheTabsColumnsBadgesAndRefusalAreTheStoresEnglishWords() {
        let size = Size(width: 120, height: 40)
        let overview = frame(AreaViewState(language: .en), size).text
        for words in ["1 Overview", "6 Problems", "READ-ONLY", "3 wards", "school year 2022-2023", "Learner-turns", "Studious clans",
                      "Total", "Phường Quảng Châu (cũ): 1 error", "Phường Quảng Tiến (cũ): could not be read", " VND"] {
            XCTAssertTrue(overview.contains(words), "\(words) in\n\(overview)")
        }
        for vietnamese in ["Tổng cộng", "Tổng quan", "CHỈ XEM", "đơn vị", "năm học", " đ "] {
            XCTAssertFalse(overview.contains(vietnamese), "\(vietnamese) in\n\(overview)")
        }
        var state = AreaViewState(pane: .fund, language: .en)
        XCTAssertNil(state.update(.character("a")))
        XCTAssertEqual(state.notice, AreaViewState.refusal(.en))
        XCTAssertTrue(frame(state, size).text.contains("Read-only: combined figures cannot be added"))
        let fund = frame(AreaViewState(pane: .fund, language: .en), size).text
        XCTAssertTrue(fund.contains("Opening balance") && fund.contains("Other spending"), fund)
        let problems = frame(AreaViewState(pane: .problems, language: .en), size).text
        XCTAssertTrue(problems.contains("⚠ Phường Quảng Tiến (cũ): could not read the published summary quang-tien.json (the file cannot be opened)"),
                      problems)
        XCTAssertEqual(Self.report.members[2].failure,
                       "Phường Quảng Tiến (cũ): không đọc được số liệu công bố quang-tien.json (không mở được tệp)", "the JSON's and the paper's words")
    }

    // MARK: Following the members

    func testNewFiguresOfAMemberAreDrawnAndAnUnreadableMemberKeepsItsLastFigures() {
        var second = Self.report.members[1]
        second.figures!.learnerTurns = 1_902
        second.name = "tên khác trong tệp mới"
        let fresher = Self.report.updating(member: 1, with: second)
        let size = Size(width: 120, height: 40)
        let classes = AreaScreen.render(report: fresher, state: AreaViewState(pane: .classes), theme: .builtinDefault, size: size).text
        XCTAssertTrue(line(classes, "Phường Quảng Châu (cũ)").contains("1.902"), classes)
        XCTAssertTrue(line(classes, "Tổng cộng").contains("1.904"), classes)

        let broken = AreaMemberReport(name: "quang-chau", source: second.source,
                                      failure: "quang-chau: không đọc được dữ liệu ở quang-chau (không có thư mục này)")
        let stale = fresher.updating(member: 1, with: broken)
        XCTAssertEqual(stale.members[1].failure, "Phường Quảng Châu (cũ): không đọc được dữ liệu ở quang-chau (không có thư mục này)"
                       + "; đang hiện số liệu đọc được lần trước", "named as the area shows it")
        XCTAssertEqual(stale.members[1].figures?.learnerTurns, 1_902)
        XCTAssertEqual(stale.staleMembers.map(\.name), ["Phường Quảng Châu (cũ)"])
        let text = AreaScreen.render(report: stale, state: AreaViewState(pane: .classes), theme: .builtinDefault, size: size).text
        XCTAssertTrue(line(text, "Phường Quảng Châu (cũ)").contains("1.902"), text)
        XCTAssertTrue(text.contains("Phường Quảng Châu (cũ): giữ số liệu trước"), text)
        let problems = AreaScreen.render(report: stale, state: AreaViewState(pane: .problems), theme: .builtinDefault,
                                        size: Size(width: 200, height: 60)).text
        XCTAssertTrue(problems.contains("không có thư mục này); đang hiện số liệu đọc được lần trước"), problems)

        var worse = second
        worse.figures!.errors = 3
        worse.figures!.learnerTurns = 0
        let kept = fresher.updating(member: 1, with: worse)
        XCTAssertEqual(kept.members[1].figures?.learnerTurns, 1_902, "more errors than the figures shown: the last good ones stay")
        XCTAssertEqual(kept.members[1].failure, "Phường Quảng Châu (cũ): dữ liệu mới có 3 lỗi (hoctap check); đang hiện số liệu đọc được lần trước")
        XCTAssertEqual(kept.members[1].problem?.text(.en),
                       "Phường Quảng Châu (cũ): the new data has 3 errors (hoctap check); showing the figures read last time")
        XCTAssertEqual(stale.members[1].problem?.text(.en), "Phường Quảng Châu (cũ): không đọc được dữ liệu ở quang-chau (không có thư mục này)"
                       + "; showing the figures read last time", "a sentence given whole stays as given, renamed")

        let back = stale.updating(member: 1, with: Self.report.members[1])
        XCTAssertEqual(back, Self.report)
    }

    /// The first line of `text` that holds `marker`.
    private func line(_ text: String, _ marker: String) -> String {
        text.split(separator: "\n").first { $0.contains(marker) }.map(String.init) ?? ""
    }
}
