/// The papers' records in the store: bodies and signers, the register, the fund's book, vouchers and a pupil's class on awards.

import Foundation
import StoreDemo
import StoreFixtures
import XCTest
@testable import Store

final class PaperRecordsTests: XCTestCase {
    private let now = "2023-03-01 09:00"

    private let office = """
        %rec: Body
        %key: Id

        Id: UBND
        Name: UBND PHƯỜNG HÒA BÌNH
        Kind: committee

        Id: TT
        Name: TRUNG TÂM HỌC TẬP CỘNG ĐỒNG
        Kind: center
        Code: TTHTCĐ
        Parent: UBND
        Place: Phường Hòa Bình

        %rec: Signer
        %key: Id

        Id: NK1
        Name: Lê Thị Hương
        Title: Giám đốc
        Role: head
        Body: TT
        From: 2022-01-01

        """

    // MARK: decoding

    func testTheDemoCarriesTheWardsBodiesSignersRegisterAndFund() throws {
        let s = try StoreLoader.load(directory: ShippedDemo.folder)
        XCTAssertEqual(s.errors, [])
        XCTAssertEqual(s.bodies.map(\.name), ["UBND THÀNH PHỐ SẦM SƠN", "UBND PHƯỜNG QUẢNG CHÂU", "TRUNG TÂM HỌC TẬP CỘNG ĐỒNG",
                                             "HỘI KHUYẾN HỌC THÀNH PHỐ SẦM SƠN", "HỘI KHUYẾN HỌC PHƯỜNG QUẢNG CHÂU"])
        XCTAssertEqual(s.bodies.first { $0.kind == .center }?.parent, "UBND-QC")
        XCTAssertEqual(Set(s.signers.map(\.role)), Set(SignerRole.allCases).subtracting([.secretary]))
        XCTAssertEqual(s.papers.map { $0.numberText(code: "TTHTCĐ") }, ["1/KH-TTHTCĐ"])
        XCTAssertEqual(s.fundYears.map(\.period), [.calendar(2022)])
        XCTAssertEqual(s.expenses.count, 12)
        XCTAssertTrue(s.expenses.allSatisfy { $0.voucher?.hasPrefix("PC") == true })
        XCTAssertTrue(s.donations.allSatisfy { $0.voucher?.hasPrefix("PT") == true })
        let paid = s.awards.filter { ($0.amount ?? 0) > 0 }
        XCTAssertTrue(paid.allSatisfy { $0.paper.voucher != nil }, "every award with money has its payment voucher")
        let pupils = s.awards.filter { $0.kind == .student }
        XCTAssertGreaterThan(pupils.filter { $0.paper.school != nil }.count, pupils.count / 2)
        XCTAssertTrue(pupils.compactMap(\.paper.className).allSatisfy { $0.hasPrefix("Lớp ") })
        // Payment vouchers start again each calendar year; within a year, an award's and an expense's never meet.
        let expenseVouchers = Set(s.expenses.compactMap { e in e.voucher.map { "\(e.date.year) \($0)" } })
        let awardVouchers = Set(paid.compactMap { a in a.paper.voucher.map { "\(a.date.year) \($0)" } })
        XCTAssertEqual(expenseVouchers.count, 12)
        XCTAssertTrue(expenseVouchers.isDisjoint(with: awardVouchers))
    }

    func testAStoreWithoutTheNewFilesStillLoads() {
        var files = StoreFixture.files()
        for name in ["office.rec", "papers.rec", "fundbook.rec"] { files[name] = nil }
        let s = StoreLoader.decode(files: files)
        XCTAssertEqual(s.errors, [])
        XCTAssertEqual(Set(s.warnings.map(\.file)), ["office.rec", "papers.rec", "fundbook.rec"])
        XCTAssertEqual(s.awards.count, 3)
    }

    func testBadValuesAreRefusedWithTheirPlace() throws {
        var files = StoreFixture.files()
        files["office.rec"] = Array((office.replacingOccurrences(of: "Role: head", with: "Role: boss")
            .replacingOccurrences(of: "Parent: UBND", with: "Parent: UBND-X")).utf8)
        files["fundbook.rec"] = Array("%rec: FundYear\n\nId: N1\nYear: năm 2022\nOpening: 5000000\n\n%rec: Expense\n\nId: E1\nDate: 2022-10-10\nAmount: 0\nPayee: A\nPurpose: B\n".utf8)
        files["papers.rec"] = Array("%rec: Paper\n\nId: P1\nBody: TT\nYear: 2023\nNumber: 1\nKind: BC\nDate: 2022-12-30\nTitle: Báo cáo\n".utf8)
        let s = StoreLoader.decode(files: files)
        func problem(_ file: String, _ field: String) throws -> StoreProblem {
            try XCTUnwrap(s.problems.first { $0.file == file && $0.field == field }, "\(file) \(field)")
        }
        let role = try problem("office.rec", "Role")
        XCTAssertEqual(role.line, 21)
        XCTAssertEqual(role.kind, .badValue)
        XCTAssertEqual(try problem("office.rec", "Parent").kind, .danglingReference)
        let year = try problem("fundbook.rec", "Year")
        XCTAssertEqual([year.line, year.found?.count], [4, 8])
        XCTAssertEqual(ProblemWording.message(year, .vi),
                       "\"năm 2022\" không hợp lệ, cần năm của quỹ dạng YYYY (năm dương lịch) hoặc YYYY-YYYY (năm học), vd. 2022")
        XCTAssertEqual(try problem("fundbook.rec", "Amount").kind, .badValue, "an expense of 0 đồng is no expense")
        let paper = try problem("papers.rec", "Year")
        XCTAssertEqual([paper.line, paper.excerpt?.text.count ?? 0], [5, 10])
        XCTAssertTrue(ProblemWording.message(paper, .vi).hasPrefix("năm của văn bản (Year: 2023) không phải năm"))
        XCTAssertEqual(s.signers, [], "a signer with a bad role is left out")
        XCTAssertEqual(s.papers, [])
        XCTAssertEqual(s.fundYears, [])
    }

    // MARK: writing

    func testBodiesSignersExpensesAndFundYearsAreAddedEditedAndRemoved() throws {
        let folder = try StoreFixture.folder(self)
        try write(office, to: "office.rec", in: folder)
        let added = try StoreWrite.add([
            NewRecord(set: "Expense", fields: [.init("Date", "2022-10-10"), .init("Amount", "150000"),
                                               .init("Payee", "Nhà sách"), .init("Purpose", "Sách"), .init("Voucher", "PC001")]),
            NewRecord(set: "FundYear", fields: [.init("Year", "2022-2023"), .init("Opening", "2000000")]),
            NewRecord(set: "Signer", fields: [.init("Name", "Hoàng Thị Mai"), .init("Title", "Thủ quỹ"),
                                              .init("Role", "treasurer"), .init("Body", "TT")]),
            NewRecord(set: "Body", fields: [.init("Name", "HỘI KHUYẾN HỌC PHƯỜNG HÒA BÌNH"), .init("Kind", "association")]),
        ]).perform(in: folder, now: now)
        XCTAssertEqual(added.map { $0.fields.first?.value }, ["KC001", "NQ01", "NK2", "CQ01"])
        _ = try StoreWrite.edit(set: "Expense", id: "KC001", fields: [.init("Amount", "175000")]).perform(in: folder, now: now)
        var s = try StoreLoader.load(directory: folder)
        XCTAssertEqual(s.errors, [])
        XCTAssertEqual(s.expenses.map(\.amount), [175000])
        XCTAssertEqual(s.fundYears.map(\.period), [.school(SchoolYear(startYear: 2022))])
        XCTAssertEqual(s.signers.map(\.name), ["Lê Thị Hương", "Hoàng Thị Mai"])
        XCTAssertThrowsError(try StoreWrite.removeRecord(set: "Body", id: "TT").perform(in: folder, now: now),
                             "a body its signers name is not removed")
        _ = try StoreWrite.removeRecord(set: "Expense", id: "KC001").perform(in: folder, now: now)
        s = try StoreLoader.load(directory: folder)
        XCTAssertEqual(s.expenses, [])
        if let recutils = Recutils.find() {
            for file in ["office.rec", "papers.rec", "fundbook.rec", "awards.rec", "funds.rec"] {
                try recutils.assertChecks(folder + "/" + file)
            }
        }
    }

    func testAnAwardKeepsItsClassSchoolAndVoucher() throws {
        let folder = try StoreFixture.folder(self)
        _ = try StoreWrite.add([NewRecord(set: "Award", fields: [
            .init("Date", "2022-10-06"), .init("Recipient", "Vũ Thị An"), .init("Kind", "student"),
            .init("Category", "Học sinh giỏi"), .init("Branch", "TR01"), .init("Amount", "200000"),
            .init("Class", "Lớp 5A"), .init("School", "Trường Tiểu học Hòa Bình"), .init("Voucher", "PC003"),
        ])]).perform(in: folder, now: now)
        let award = try XCTUnwrap(try StoreLoader.load(directory: folder).awards.last)
        XCTAssertEqual(award.paper, AwardPaperFields(className: "Lớp 5A", school: "Trường Tiểu học Hòa Bình", voucher: "PC003"))
        XCTAssertEqual(award.recipient, "Vũ Thị An")
    }

    // MARK: the register

    func testTheRegisterNumbersEachBodysPapersPerYear() throws {
        let folder = try StoreFixture.folder(self)
        try write(office, to: "office.rec", in: folder)
        func issue(_ day: String, body: String = "TT") throws -> IssuedPaper {
            try PaperRegister.issue(in: folder, body: body, kind: "BC", title: "Báo cáo kết quả Tuần lễ",
                                    date: try XCTUnwrap(CalendarDate(iso: day)), now: now)
        }
        let first = try issue("2022-10-12"), second = try issue("2022-10-14")
        XCTAssertEqual([first.number, second.number], [1, 2], "two issues in a row get consecutive numbers")
        XCTAssertEqual(second.id, "TT-2022-002")
        XCTAssertEqual(try issue("2023-01-03").number, 1, "a new year starts at 1")
        XCTAssertEqual(try issue("2022-12-30").number, 3, "the old year goes on where it was")
        XCTAssertEqual(try issue("2022-12-31", body: "UBND").number, 1, "each body has its own register")
        XCTAssertThrowsError(try issue("2022-12-31", body: "NOBODY"), "an unknown body issues nothing")
        let s = try StoreLoader.load(directory: folder)
        XCTAssertEqual(s.errors, [])
        XCTAssertEqual(s.papers.map(\.number), [1, 2, 1, 3, 1])
        XCTAssertEqual(s.papers[1].numberText(code: "TTHTCĐ"), "2/BC-TTHTCĐ")
        if let recutils = Recutils.find() { try recutils.assertChecks(folder + "/papers.rec") }
        // Undo takes the last paper back; its number is given again only because it was never issued.
        _ = try StoreWrite.undo.perform(in: folder, now: now)
        XCTAssertEqual(try issue("2022-12-31", body: "UBND").number, 1)
    }
}
