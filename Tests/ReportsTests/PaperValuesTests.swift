/// The values of the ward's papers, from a small hand-made store checked by hand and from the demo against the JSON report.

import Foundation
import StoreDemo
import StoreFixtures
import XCTest
@testable import Reports
@testable import Store

final class PaperValuesTests: XCTestCase {
    private let year = PaperPeriod.schoolYear(SchoolYear(startYear: 2022))
    private let issued = CalendarDate(year: 2022, month: 10, day: 14)!

    /// The fixture's records, with a second pupil in TR01, sessions for L1, and the papers' files.
    private var records: [String: String] {
        var r = StoreFixture.records
        r["awards.rec"] = (r["awards.rec"] ?? "")
            .replacingOccurrences(of: "Branch: TR01\nAmount: 300000", with: "Branch: TR01\nAmount: 300000\nClass: Lớp 5A\nSchool: Trường Tiểu học Hòa Bình\nVoucher: PC001")
            + "\nAward|Id: A4\nDate: 2022-09-01\nRecipient: Vũ Thị An\nKind: student\nCategory: Học sinh giỏi\nBranch: TR01\nAmount: 200000\nVoucher: PC001"
        r["classes.rec"] = (r["classes.rec"] ?? "").replacingOccurrences(of: "Sessions: 4", with: "Sessions: 4\nSession: 2022-10-06\nSession: 2022-10-13")
        r["office.rec"] = """
            Body|Id: UBND
            Name: UBND PHƯỜNG HÒA BÌNH
            Kind: committee
            Body|Id: TT
            Name: TRUNG TÂM HỌC TẬP CỘNG ĐỒNG
            Kind: center
            Code: TTHTCĐ
            Parent: UBND
            Place: Phường Hòa Bình
            Body|Id: HKH
            Name: HỘI KHUYẾN HỌC PHƯỜNG HÒA BÌNH
            Kind: association
            ParentName: HỘI KHUYẾN HỌC THÀNH PHỐ
            Place: Phường Hòa Bình
            Signer|Id: S1
            Name: Lê Thị Hương
            Title: Giám đốc
            Role: head
            Body: TT
            Signer|Id: S2
            Name: Lê Đình Quý
            Title: Chủ tịch
            Role: head
            Body: HKH
            To: 2022-12-31
            Signer|Id: S3
            Name: Trịnh Văn Lâm
            Title: Chủ tịch
            Role: head
            Body: HKH
            From: 2023-01-01
            Signer|Id: S4
            Name: Hoàng Thị Mai
            Title: Thủ quỹ
            Role: treasurer
            Body: HKH
            Signer|Id: S5
            Name: Phạm Thị Lan
            Title: Người lập biểu
            Role: preparer
            Body: HKH
            """
        r["fundbook.rec"] = """
            FundYear|Id: N1
            Year: 2022
            Opening: 2000000
            Expense|Id: E1
            Date: 2022-10-10
            Amount: 150000
            Payee: Nhà sách
            Purpose: Sách tặng học sinh
            Voucher: PC002
            Expense|Id: E2
            Date: 2023-01-05
            Amount: 50000
            Payee: Cửa hàng
            Purpose: Văn phòng phẩm
            """
        return r
    }

    private func snapshot() -> StoreSnapshot {
        let s = StoreLoader.decode(files: StoreFixture.texts(records).mapValues { Array($0.utf8) })
        XCTAssertEqual(s.errors, [])
        return s
    }

    // MARK: by hand

    func testTheFundBookOfTheYearByHand() {
        let book = FundBook(snapshot(), period: year, issued: issued)
        // 2.000.000 on 1/1/2022, less A1's 500.000 on 31/8/2022.
        XCTAssertEqual(book.opening, 1_500_000)
        XCTAssertEqual(book.rows.map(\.kind), [.awards, .receipt, .expense, .expense])
        XCTAssertEqual(book.rows.map(\.amountIn), [0, 1_000_000, 0, 0])
        XCTAssertEqual(book.rows.map(\.amountOut), [500_000, 0, 150_000, 50_000])
        XCTAssertEqual(book.rows.map(\.balance), [1_000_000, 2_000_000, 1_850_000, 1_800_000])
        XCTAssertEqual(book.rows[0].description, "Chi khen thưởng Chi hội Trường Tiểu học Hòa Bình (2 lượt)")
        XCTAssertEqual(book.rows.map(\.voucher), ["PC001", nil, "PC002", nil])
        XCTAssertEqual([book.totalIn, book.totalOut, book.closing], [1_000_000, 700_000, 1_800_000])
        XCTAssertEqual(book.letterhead?.body, "HỘI KHUYẾN HỌC PHƯỜNG HÒA BÌNH")
        XCTAssertEqual(book.letterhead?.parent, "HỘI KHUYẾN HỌC THÀNH PHỐ")
        XCTAssertEqual(book.signers.map(\.name), ["Phạm Thị Lan", "Hoàng Thị Mai", "Lê Đình Quý"])
    }

    func testTheFundFiguresOfTheJSONReportByHand() {
        let t = StoreReport(snapshot()).tallies(SchoolYear(startYear: 2022))
        XCTAssertEqual(t.fund, FundTally(opening: 1_500_000, donations: 1_000_000, awarded: 500_000, expenses: 200_000))
        XCTAssertEqual([t.fund.out, t.fund.closing], [700_000, 1_800_000])
        let next = StoreReport(snapshot()).tallies(SchoolYear(startYear: 2023))
        XCTAssertEqual(next.fund.opening, 1_800_000, "a year opens with the last one's closing")
        let json = ReportJSON.text(t, problems: [])
        XCTAssertTrue(json.contains("\"closing\": 1800000"), json)
        XCTAssertTrue(json.contains("\"of\": 3"), json)
    }

    func testTheAwardListGoesByBranchThenGivenName() {
        let list = AwardList(snapshot(), scope: PaperScope(year), issued: CalendarDate(year: 2023, month: 1, day: 5)!)
        XCTAssertEqual(list.rows.map(\.name), ["Gia đình ông Lê Văn Dũng", "Vũ Thị An", "Trần Thị Cúc"])
        XCTAssertEqual(list.rows.map(\.number), [1, 2, 3])
        XCTAssertEqual(list.rows[2].classOrSchool, "Lớp 5A, Trường Tiểu học Hòa Bình")
        XCTAssertEqual(list.rows.map(\.branchName), ["Chi hội khu phố 1", "Chi hội Trường Tiểu học Hòa Bình", "Chi hội Trường Tiểu học Hòa Bình"])
        XCTAssertEqual([list.count, list.totalAmount], [3, 500_000])
        XCTAssertEqual(list.signers.map(\.name), ["Phạm Thị Lan", "Hoàng Thị Mai", "Trịnh Văn Lâm"], "the chairman of the day")
        let pupils = AwardList(snapshot(), scope: PaperScope(year, branch: "TR01"), kinds: [.student], issued: issued)
        XCTAssertEqual(pupils.rows.map(\.awardId), ["A4", "A2"])
    }

    func testTheWeekReportByHand() throws {
        let s = snapshot()
        let paper = IssuedPaper(id: "TT-2022-002", body: "TT", year: 2022, number: 2, kind: "BC", date: issued, title: "Báo cáo")
        let r = WeekReport(s, scope: PaperScope(year), issued: issued, paper: paper)
        XCTAssertEqual(r.number, "2/BC-TTHTCĐ")
        XCTAssertEqual(r.letterhead, Letterhead(parent: "UBND PHƯỜNG HÒA BÌNH", body: "TRUNG TÂM HỌC TẬP CỘNG ĐỒNG", bodyId: "TT",
                                                code: "TTHTCĐ", place: "Phường Hòa Bình"))
        XCTAssertEqual(r.signer, SignatureBlock(title: "Giám đốc", name: "Lê Thị Hương", role: .head))
        XCTAssertEqual(r.campaign?.themes, ["Đọc và học suốt đời", "Chuyển đổi số"])
        XCTAssertEqual(r.campaign?.agenda.map(\.item), ["Văn nghệ chào mừng", "Khai mạc"])
        XCTAssertEqual(r.topics, [TopicLine(topic: "Chuyển đổi số", classes: 1, learnerTurns: 2)], "L2 starts in 2023-2024")
        XCTAssertEqual([r.classes, r.learnerTurns], [1, 2])
        XCTAssertEqual(r.awardsByBranch.map { [$0.id, "\($0.count)", "\($0.amount)"] }, [["KP01", "1", "0"], ["TR01", "2", "500000"]])
        XCTAssertEqual(r.awardsByKind.filter { $0.count > 0 }.map(\.name), ["Học sinh", "Gia đình"])
        XCTAssertEqual(r.fund.closing, 1_800_000)
        XCTAssertEqual(r.titles.map { "\($0.id) \($0.recognized)/\($0.total)" }, ["clan 2/3"])
        XCTAssertEqual(r.targets.first.map { [$0.goal, $0.actual] }, [4, 2])
        XCTAssertEqual(r.indicators.map(\.label), ["Dòng họ hiếu học"])
        // The week alone: a span of dates counts what falls in it.
        let week = WeekReport(s, scope: PaperScope(.dates(CalendarDate(year: 2022, month: 10, day: 1)!, CalendarDate(year: 2022, month: 10, day: 7)!)),
                              issued: issued)
        XCTAssertEqual([week.classes, week.learnerTurns, week.awardCount], [1, 2, 0])
        XCTAssertNil(week.number, "a draft has no number")
    }

    func testTheClassListAndTheSigninSheet() throws {
        let s = snapshot()
        let list = try ClassList(s, classId: "L1", issued: issued)
        XCTAssertEqual(list.rows.map(\.name), ["Trần Văn An", "Nguyễn Thị Hòa"])
        XCTAssertEqual(list.rows.map(\.gender), ["Nam", "Nữ"])
        XCTAssertEqual(list.rows.map(\.birthYear), [nil, 1990])
        let sheet = try SigninSheet(s, classId: "L1", session: CalendarDate(year: 2022, month: 10, day: 13)!)
        XCTAssertEqual(sheet.rows.map(\.name), ["Trần Văn An", "Nguyễn Thị Hòa"])
        XCTAssertThrowsError(try SigninSheet(s, classId: "L1", session: CalendarDate(year: 2022, month: 10, day: 20)!)) { error in
            XCTAssertEqual("\(error)", "lớp L1 không có buổi học ngày 20/10/2022; các buổi học của lớp: 06/10/2022, 13/10/2022")
        }
        XCTAssertThrowsError(try SigninSheet(s, classId: "L2", session: CalendarDate(year: 2023, month: 9, day: 1)!)) { error in
            XCTAssertEqual("\(error)", "ngày 01/09/2023 nằm ngoài thời gian học của lớp L2 (từ ngày 10/09/2023)")
        }
        XCTAssertThrowsError(try ClassList(s, classId: "L9", issued: issued)) { XCTAssertEqual($0 as? PaperError, .unknownClass("L9")) }
    }

    // MARK: on the demo, against the JSON report

    func testTheDemosPapersEqualTheJSONReport() throws {
        let s = try StoreLoader.load(directory: XCTUnwrap(StoreLoader.demoDirectory()))
        let y = SchoolYear(startYear: 2022)
        let t = StoreReport(s, detail: .figures).tallies(y)
        let day = CalendarDate(year: 2022, month: 10, day: 14)!
        let week = WeekReport(s, scope: PaperScope(.schoolYear(y)), issued: day)
        XCTAssertEqual(week.tallies, t)
        XCTAssertEqual(week.topics.reduce(0) { $0 + $1.classes }, t.counts["Class"])
        XCTAssertEqual(week.topics.reduce(0) { $0 + $1.learnerTurns }, t.learnerTurns)
        XCTAssertEqual(week.awardsByBranch.reduce(0) { $0 + $1.count }, t.awards.count)
        XCTAssertEqual(week.awardsByBranch.reduce(0) { $0 + $1.amount }, t.awards.amount)
        XCTAssertEqual(week.awardsByKind.reduce(0) { $0 + $1.amount }, t.awards.amount)
        XCTAssertEqual(week.letterhead?.parent, "UBND PHƯỜNG QUẢNG CHÂU")
        XCTAssertEqual(week.letterhead?.place, "Phường Quảng Châu")
        XCTAssertEqual(week.signer?.title, "Giám đốc")
        XCTAssertEqual(week.indicators.count, t.indicators.count)
        let list = AwardList(s, scope: PaperScope(.schoolYear(y)), issued: day)
        XCTAssertEqual([list.count, list.totalAmount], [t.awards.count, t.awards.amount])
        let book = FundBook(s, period: .schoolYear(y), issued: day)
        XCTAssertEqual([book.opening, book.totalIn, book.totalOut, book.closing],
                       [t.fund.opening, t.fund.donations, t.fund.out, t.fund.closing])
        XCTAssertEqual(book.rows.last?.balance, t.fund.closing)
        XCTAssertEqual(book.letterhead?.body, "HỘI KHUYẾN HỌC PHƯỜNG QUẢNG CHÂU")
        XCTAssertEqual(book.signers.map(\.title), ["Người lập biểu", "Thủ quỹ", "Chủ tịch"])
        // The JSON text carries the same figures.
        let json = try JSONSerialization.jsonObject(with: Data(ReportJSON.text(t, problems: []).utf8)) as? [String: Any]
        let fund = try XCTUnwrap(json?["fund"] as? [String: Int])
        XCTAssertEqual([fund["opening"], fund["out"], fund["closing"]], [book.opening, book.totalOut, book.closing])
        XCTAssertEqual((json?["indicators"] as? [Any])?.count, s.indicators.count)
        // A calendar fund year's book: 2022 opens with the recorded balance.
        let calendar = FundBook(s, period: .dates(CalendarDate(year: 2022, month: 1, day: 1)!, CalendarDate(year: 2022, month: 12, day: 31)!),
                                issued: day)
        XCTAssertEqual(calendar.opening, s.fundYears.first?.opening)
    }
}
