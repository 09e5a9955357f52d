// The area's paper: one section and one sheet per figure, a row per ward read and the total, read back with openpyxl and python-docx.

@testable import Exchange
import Foundation
import Reports
import Store
import StoreFixtures
import XCTest

final class AreaPaperTests: XCTestCase {
    /// Two former wards from the small fixture (the second with more awards and a problem) and one
    /// whose summary could not be read.
    private static let report: AreaReport = {
        let year = SchoolYear(text: "2022-2023")
        let first = StoreFixture.snapshot()
        let second = StoreFixture.snapshot([
            "campaign.rec": [("Ward: Phường Hòa Bình", "Ward: Phường Quảng Châu (cũ)")],
            "learners.rec": [("Name: Trần Văn An", "Name: Trần Văn An\nBirthDate: 17/05/1991")],
        ])
        var more = AreaReport.figures(second, schoolYear: year)
        more.learnerTurns += 40
        more.fund.donations += 2_500_000
        return AreaReport(area: Area(name: "Phường Sầm Sơn", level: .ward, members: []), schoolYear: year, members: [
            AreaMemberReport(name: "Phường Hòa Bình (cũ)", source: .store("hoa-binh"), figures: AreaReport.figures(first, schoolYear: year)),
            AreaMemberReport(name: "Phường Quảng Châu (cũ)", source: .store("quang-chau"), figures: more),
            AreaMemberReport(name: "Phường Quảng Tiến (cũ)", source: .summary("quang-tien.json"),
                             failure: "Phường Quảng Tiến (cũ): không đọc được số liệu công bố quang-tien.json (không mở được tệp)"),
        ])
    }()

    private static let issued = CalendarDate(year: 2022, month: 10, day: 10)!

    /// Both files read in one python: the workbook given, the Word file beside it.
    private static let script = #"""
import sys, json, openpyxl, docx
wb = openpyxl.load_workbook(sys.argv[1], data_only=True)
d = docx.Document(sys.argv[1][:-4] + "docx")
print(json.dumps({"sheets": {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in wb.worksheets},
                  "paragraphs": [p.text for p in d.paragraphs],
                  "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables],
                  "landscape": d.sections[0].page_width > d.sections[0].page_height}, ensure_ascii=False, default=str))
"""#

    /// The area's paper written as a workbook and a Word file, read back.
    private func readBack() throws -> [String: Any] {
        let folder = try OfficeReader.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paper = Self.report.paper(issued: Self.issued)
        try paper.rendered(as: .xlsx).write(to: folder.appendingPathComponent("vung.xlsx"))
        try paper.rendered(as: .docx).write(to: folder.appendingPathComponent("vung.docx"))
        return try OfficeReader.read(folder.appendingPathComponent("vung.xlsx"), module: "openpyxl, docx", script: Self.script)
    }

    /// One test, one python (CI's time is short): the workbook, then the Word file.
    func testEachFigureIsASheetAndASectionWithARowPerWardReadAndTheTotalUnderTheAreasName() throws {
        let both = try readBack()
        let json = try XCTUnwrap(both["sheets"] as? [String: Any])
        XCTAssertEqual(Set(json.keys), Set(AreaSubject.sections.map { $0.heading() }))
        func rows(_ subject: AreaSubject) throws -> [[Any]] {
            let sheet = try XCTUnwrap(json[subject.heading()] as? [[Any]], subject.heading())
            let header = try XCTUnwrap(sheet.firstIndex { ($0.first as? String) == "Đơn vị" }, "the header of \(subject.heading())")
            return Array(sheet[(header + 1)...]).filter { $0.first is String }
        }
        func numbers(_ row: [Any]) -> [Int] { row.dropFirst().compactMap { ($0 as? NSNumber)?.intValue } }
        let total = Self.report.total
        for subject in AreaSubject.sections {
            let list = try rows(subject)
            XCTAssertEqual(list.map { $0.first as? String }, ["Phường Hòa Bình (cũ)", "Phường Quảng Châu (cũ)", "Tổng cộng"],
                           "\(subject): a row per ward read, then the total; the unreadable one is named in the text")
            let sums = zip(numbers(list[0]), numbers(list[1])).map { $0 + $1 }
            XCTAssertEqual(numbers(list[2]), sums, "\(subject): the total is the sum of the wards")
        }
        let classes = try rows(.classes)
        XCTAssertEqual(numbers(classes[2]).first, total.learnerTurns)
        XCTAssertEqual(numbers(classes[1]).first, Self.report.members[1].figures!.learnerTurns)
        let fund = try rows(.fund)
        XCTAssertEqual(numbers(fund[2]), [total.fund.opening, total.fund.donations, total.counts["Donation"] ?? 0,
                                          total.fund.awarded, total.fund.expenses, total.fund.closing])
        let titles = try rows(.titles)
        let clan = total.titles["clan"]!
        XCTAssertEqual(Array(numbers(titles[2])[4...5]), [clan.recognized, clan.total], "a title as recognised, then of how many")
        XCTAssertEqual(numbers(try rows(.problems)[1]), [1, 0], "the second ward's one error")
        try checkWord(both)
    }

    /// The Word paper: issued under the area's name, on its side, a section per figure, the ward not read named.
    private func checkWord(_ json: [String: Any]) throws {
        let tables = try XCTUnwrap(json["tables"] as? [[[String]]])
        let paragraphs = try XCTUnwrap(json["paragraphs"] as? [String])
        XCTAssertEqual(json["landscape"] as? Bool, true)
        let head = try XCTUnwrap(tables.first)
        XCTAssertTrue(head[0][0].hasPrefix("PHƯỜNG SẦM SƠN"), "\(head)")
        XCTAssertTrue(head[0][1].contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "\(head)")
        XCTAssertEqual(head[1][1], "Phường Sầm Sơn, ngày 10 tháng 10 năm 2022")
        XCTAssertTrue(paragraphs.contains("BÁO CÁO"))
        for heading in ["I. LỚP HỌC VÀ LƯỢT NGƯỜI HỌC", "II. KHEN THƯỞNG", "III. DANH HIỆU HỌC TẬP", "IV. QUỸ KHUYẾN HỌC", "V. LỖI DỮ LIỆU"] {
            XCTAssertTrue(paragraphs.contains(heading), heading)
        }
        XCTAssertTrue(paragraphs.contains { $0.contains("Phường Quảng Tiến (cũ): không đọc được số liệu công bố quang-tien.json") },
                      "\(paragraphs)")
        let classes = try XCTUnwrap(tables.first { $0.first?.first == "Đơn vị" && $0.first?.contains("Lượt người học") == true })
        XCTAssertEqual(classes.last?.first, "Tổng cộng")
        XCTAssertEqual(classes.last?[1], "44", "2 + 42 learner-turns, written as the ward writes numbers")
    }
}
