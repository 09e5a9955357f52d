// The year's learning-title results as a paper on the hand-computed store: its text, the workbook read back with openpyxl, the Word file with python-docx.

@testable import Exchange
import Foundation
import Reports
import Store
import StoreFixtures
import XCTest

final class TitleResultsPaperTests: XCTestCase {
    private func results() throws -> TitleResults {
        let s = StoreLoader.decode(files: StoreFixture.assessedFiles())
        XCTAssertEqual(s.errors, [])
        return TitleResults(s, year: 2022, issued: try XCTUnwrap(CalendarDate(year: 2022, month: 12, day: 10)))
    }

    private static let xlsxScript = #"""
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], data_only=True)
print(json.dumps({ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in wb.worksheets}, ensure_ascii=False, default=str))
"""#

    private static let docxScript = #"""
import sys, json, docx
d = docx.Document(sys.argv[1])
print(json.dumps({"paragraphs": [p.text for p in d.paragraphs],
                  "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables]}, ensure_ascii=False))
"""#

    func testThePaperSaysEachTitleAndEachResult() throws {
        let paper = try results().paper
        XCTAssertEqual(paper.summary, "Kết quả đánh giá, công nhận danh hiệu học tập năm 2022")
        let text = paper.plainText
        XCTAssertTrue(text.contains("I. TỔNG HỢP THEO DANH HIỆU") && text.contains("IV. ĐÃ ĐĂNG KÝ, CHƯA ĐÁNH GIÁ"), text)
        XCTAssertEqual(paper.tables.map { $0.caption ?? "" }, ["Tổng hợp", "Khối Đảng", "Kết quả", "Chưa đánh giá"])
        let each = paper.tables[2]
        XCTAssertEqual(each.rows.map { $0[6] }, ["Công nhận", "Không đạt", "Chưa chấm đủ", "Công nhận", "Không đạt",
                                                 "Chưa đủ tiêu chí", "Không đạt", "Công nhận"].map(CellValue.text),
                       "by title (citizen, family, clan, community, unit), then subject: HV1 HV2 HV3, GD1 GD2, DH1, CB1 DV1")
        XCTAssertEqual(each.rows[3][2], .text("Hộ Nguyễn Thị Hòa"), "a household is named by its head")
        XCTAssertEqual(paper.tables[3].rows.map { $0[2] }, [.text("Hộ Lê Thị Thu"), .text("Trạm Y tế phường")])
        let notes = paper.body.compactMap { if case .paragraph(let p) = $0 { p } else { nil } }
        XCTAssertTrue(notes.contains { $0.contains("DHHT-448 (Dòng họ học tập)") }, "the sets that could not recognise are named")
        XCTAssertTrue(notes.contains { $0.contains("trước ngày 15/12/2022") })
    }

    func testTheWorkbookReadsBackWithTheFiguresWorkedOutByHand() throws {
        let folder = try OfficeReader.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("danh-hieu.xlsx")
        try results().paper.workbook.xlsx().write(to: file)
        let json = try OfficeReader.read(file, module: "openpyxl", script: Self.xlsxScript)
        XCTAssertEqual(Array(json.keys).sorted(), ["Chưa đánh giá", "Khối Đảng", "Kết quả", "Tổng hợp"])
        let summary = try XCTUnwrap(json["Tổng hợp"] as? [[Any]])
        func row(_ title: String) throws -> [Int] {
            let r = try XCTUnwrap(summary.first { ($0.first as? String) == title }, title)
            return r[1...3].compactMap { ($0 as? NSNumber)?.intValue }
        }
        XCTAssertEqual(try row("Công dân học tập"), [1, 3, 3])
        XCTAssertEqual(try row("Gia đình học tập"), [1, 2, 3])
        XCTAssertEqual(try row("Dòng họ học tập"), [2, 3, 3])
        XCTAssertEqual(try row("Cộng đồng học tập"), [1, 2, 2])
        XCTAssertEqual(try row("Đơn vị học tập"), [1, 1, 2])
        let party = try XCTUnwrap(json["Khối Đảng"] as? [[Any]])
        let cells = try XCTUnwrap(party.first { ($0.first as? String) == "Chi bộ là đơn vị học tập" })
        XCTAssertEqual(cells[1...2].compactMap { ($0 as? NSNumber)?.intValue }, [0, 1])
        let each = try XCTUnwrap(json["Kết quả"] as? [[Any]])
        let results = each.compactMap { $0.count > 6 ? $0[6] as? String : nil }
        XCTAssertEqual(results.filter { $0 == "Công nhận" }.count, 3, "HV1, GD1, DV1")
        XCTAssertEqual(results.filter { $0 == "Chưa đủ tiêu chí" }.count, 1, "DH1")
        let waiting = try XCTUnwrap(json["Chưa đánh giá"] as? [[Any]])
        XCTAssertEqual(Set(waiting.compactMap { $0.count > 1 ? $0[1] as? String : nil }).intersection(["GD3", "DV2"]), ["GD3", "DV2"])
    }

    func testTheWordFileReadsBack() throws {
        let folder = try OfficeReader.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("danh-hieu.docx")
        try results().paper.docx().write(to: file)
        let json = try OfficeReader.read(file, module: "docx", script: Self.docxScript)
        let paragraphs = try XCTUnwrap(json["paragraphs"] as? [String])
        XCTAssertTrue(paragraphs.contains("I. TỔNG HỢP THEO DANH HIỆU"), "\(paragraphs)")
        XCTAssertTrue(paragraphs.contains("II. KHỐI ĐẢNG"))
        let tables = try XCTUnwrap(json["tables"] as? [[[String]]])
        let summary = try XCTUnwrap(tables.first { $0.first?.first == "Danh hiệu" })
        XCTAssertEqual(summary.first { $0.first == "Gia đình học tập" }?[1...4].map { $0 }, ["1", "2", "3", "33,3%"])
        let party = try XCTUnwrap(tables.first { $0.first?.first == "Nội dung" })
        XCTAssertEqual(party.first { $0.first == "Đảng viên là công dân học tập" }?[1...3].map { $0 }, ["1", "2", "50,0%"])
    }
}
