// The five documents of the demo store as papers: golden text renderings, and what each frame must and must not print.

@testable import Exchange
import Reports
import Store
import StoreDemo
import VietText
import XCTest

final class DocumentPaperTests: XCTestCase {
    private static func demo() throws -> StoreSnapshot {
        try StoreLoader.load(directory: XCTUnwrap(StoreLoader.demoDirectory()))
    }

    private func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    // MARK: - Golden text on the demo

    func testWeekReportText() throws {
        let report = WeekReport(try Self.demo(), scope: PaperScope(.schoolYear(SchoolYear(startYear: 2022))),
                                issued: day(2022, 10, 10))
        assertGolden(report.paper.plainText, named: "demo-week-report.txt")
    }

    func testAwardListText() throws {
        let list = AwardList(try Self.demo(), scope: PaperScope(.dates(day(2022, 10, 1), day(2022, 10, 31)), branch: "KP01"),
                             issued: day(2022, 10, 31))
        assertGolden(list.paper.plainText, named: "demo-award-list.txt")
    }

    func testFundBookText() throws {
        let book = FundBook(try Self.demo(), period: .dates(day(2022, 9, 1), day(2022, 10, 31)), issued: day(2022, 10, 31))
        assertGolden(book.paper.plainText, named: "demo-fund-book.txt")
    }

    func testClassListText() throws {
        let list = try ClassList(try Self.demo(), classId: "LH06", issued: day(2022, 11, 1))
        assertGolden(list.paper.plainText, named: "demo-class-list.txt")
    }

    func testSigninSheetText() throws {
        let sheet = try SigninSheet(try Self.demo(), classId: "LH06", session: day(2022, 11, 1))
        assertGolden(sheet.paper.plainText, named: "demo-signin-sheet.txt")
    }

    // MARK: - What each paper says

    func testWeekReportNumberIsLeftToFillUntilIssued() throws {
        let s = try Self.demo()
        let scope = PaperScope(.schoolYear(SchoolYear(startYear: 2022)))
        XCTAssertEqual(WeekReport(s, scope: scope, issued: day(2022, 10, 10)).paper.number, "……/BC-TTHTCĐ")
        let issued = IssuedPaper(id: "P", body: "TTHTCD", year: 2022, number: 7, kind: "BC", date: day(2022, 10, 10), title: "x")
        let paper = WeekReport(s, scope: scope, issued: day(2022, 10, 10), paper: issued).paper
        XCTAssertEqual(paper.number, "7/BC-TTHTCĐ")
        XCTAssertTrue(paper.plainText.contains("Số: 7/BC-TTHTCĐ"))
    }

    func testWeekReportFiguresAreTheTallies() throws {
        let s = try Self.demo()
        let year = SchoolYear(startYear: 2022)
        let report = WeekReport(s, scope: PaperScope(.schoolYear(year)), issued: day(2022, 10, 10))
        let t = StoreReport(s, detail: .figures).tallies(year)
        let paper = report.paper
        let tables = Dictionary(paper.tables.map { ($0.caption ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        let classes = try XCTUnwrap(tables["Lớp học theo chủ đề"])
        XCTAssertEqual(classes.total(of: 1), t.counts["Class"])
        XCTAssertEqual(classes.total(of: 2), t.learnerTurns)
        let branches = try XCTUnwrap(tables["Khen thưởng theo chi hội"])
        XCTAssertEqual(branches.total(of: 1), t.awards.count)
        XCTAssertEqual(branches.total(of: 2), t.awards.amount)
        let kinds = try XCTUnwrap(tables["Khen thưởng theo đối tượng"])
        XCTAssertEqual(kinds.total(of: 1), t.awards.count)
        XCTAssertEqual(kinds.total(of: 2), t.awards.amount)
        let fund = try XCTUnwrap(tables["Quỹ khuyến học"])
        XCTAssertEqual(fund.rows.map { $0[1] }, [.money(t.fund.opening), .money(t.fund.donations), .money(t.fund.awarded),
                                                 .money(t.fund.expenses), .money(t.fund.closing)])
        let text = paper.plainText
        XCTAssertTrue(text.contains("\(VietFormat.integer(t.awards.amount)) đồng"), "the awards' sum in the body, in đồng")
        XCTAssertTrue(text.contains("24/35 (68,6%)"), "the studious clans, in the one percent format")
        XCTAssertFalse(text.contains("Số bản ghi"))
        XCTAssertEqual(paper.signatures.first?.name, "Lê Thị Hương")
        XCTAssertEqual(paper.recipients.last, "Lưu: VT.")
    }

    func testAwardListTotalAndWords() throws {
        let s = try Self.demo()
        let year = SchoolYear(startYear: 2022)
        let list = AwardList(s, scope: PaperScope(.schoolYear(year)), issued: day(2022, 10, 6))
        let paper = list.paper
        let t = StoreReport(s, detail: .figures).tallies(year)
        XCTAssertEqual(paper.orientation, .landscape)
        XCTAssertEqual(paper.tables.count, 1)
        XCTAssertEqual(paper.tables[0].rows.count, t.awards.count)
        XCTAssertEqual(paper.tables[0].total(of: 5), t.awards.amount)
        XCTAssertTrue(paper.body.contains(.amountInWords(Int64(t.awards.amount))))
        XCTAssertEqual(paper.tables[0].columns.map(\.title),
                       ["STT", "Họ và tên", "Lớp, trường", "Chi hội", "Thành tích", "Số tiền (đồng)", "Ký nhận"])
        XCTAssertEqual(paper.signatures.map(\.title), ["Người lập biểu", "Thủ quỹ", "Chủ tịch"])
        XCTAssertEqual(paper.signatures.last?.authority, "TM. BAN CHẤP HÀNH")
    }

    func testFundBookOpensAndClosesWithTheBalances() throws {
        let s = try Self.demo()
        let book = FundBook(s, period: .schoolYear(SchoolYear(startYear: 2022)), issued: day(2023, 8, 31))
        let table = try XCTUnwrap(book.paper.tables.first)
        XCTAssertEqual(table.rows.first?[2], .text("Số dư đầu kỳ"))
        XCTAssertEqual(table.rows.first?[5], .money(book.opening))
        XCTAssertEqual(table.rows.last?[2], .text("Số dư cuối kỳ"))
        XCTAssertEqual(table.rows.last?[5], .money(book.closing))
        XCTAssertEqual(table.total(of: 3), book.totalIn)
        XCTAssertEqual(table.total(of: 4), book.totalOut)
        XCTAssertNil(book.paper.printedNumber, "a register has no number")
        XCTAssertEqual(book.paper.printedRecipients, [])
    }

    func testClassSheetsPrintNothingPrivate() throws {
        let s = try Self.demo()
        let list = try ClassList(s, classId: "LH06", issued: day(2022, 11, 1))
        let text = list.paper.plainText + (try SigninSheet(s, classId: "LH06", session: day(2022, 11, 1))).paper.plainText
        let enrolled = Set(list.rows.map(\.learnerId))
        for learner in s.learners where enrolled.contains(learner.id) {
            if let phone = learner.phone { XCTAssertFalse(text.contains(phone), "\(learner.id)'s phone printed") }
            if let born = learner.birthDate {
                XCTAssertFalse(text.contains(VietFormat.date(born)), "\(learner.id)'s birth date printed")
            }
        }
        XCTAssertNil(list.paper.printedLetterhead, "a class sheet has no letterhead")
        XCTAssertEqual(list.paper.tables[0].columns.map(\.title), ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Khu phố", "Ký tên"])
    }
}
