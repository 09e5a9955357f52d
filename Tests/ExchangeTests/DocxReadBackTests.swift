// Word files read back with python-docx: paragraphs, table cells, page set-up, headers, fonts.

@testable import Exchange
import Foundation
import VietText
import XCTest

final class DocxReadBackTests: XCTestCase {
    private static let script = #"""
import sys, json, docx
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
s = d.sections[0]
def runs(p):
    return {"text": p.text, "bold": any(r.bold for r in p.runs), "italic": any(r.italic for r in p.runs),
            "align": str(p.alignment) if p.alignment is not None else None}
body = d.element.body
styles = d.styles.element
print(json.dumps({
    "paragraphs": [runs(p) for p in d.paragraphs],
    "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables],
    "cellRuns": [[[[runs(p) for p in c.paragraphs] for c in r.cells] for r in t.rows] for t in d.tables],
    "headerRows": [[r._tr.trPr is not None and r._tr.trPr.find(qn("w:tblHeader")) is not None for r in t.rows] for t in d.tables],
    "page": [s.page_width.twips, s.page_height.twips],
    "landscape": s.orientation == WD_ORIENT.LANDSCAPE,
    "margins": [s.top_margin.twips, s.bottom_margin.twips, s.left_margin.twips, s.right_margin.twips],
    "firstPageDiffers": s.different_first_page_header_footer,
    "header": s.header._element.xml,
    "firstHeader": [p.text for p in s.first_page_header.paragraphs],
    "font": styles.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts/@w:ascii"),
    "size": styles.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:sz/@w:val"),
    "title": d.core_properties.title,
}, ensure_ascii=False))
"""#

    private func readBack(_ paper: Paper) throws -> [String: Any] {
        let folder = try OfficeReader.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("giay.docx")
        try paper.docx().write(to: file)
        return try OfficeReader.read(file, module: "docx", script: Self.script)
    }

    /// The body's paragraphs a clerk reads, in order, as the paper says them.
    private func expectedParagraphs(_ paper: Paper) -> [String] {
        var texts = [paper.title] + (paper.summary.map { [$0] } ?? [])
        for block in paper.body {
            switch block {
            case .heading(let text), .paragraph(let text): texts.append(text)
            case .bullets(let items): texts += items.map { "- " + $0 }
            case .table: break
            case .amountInWords(let dong): texts.append("Bằng chữ: " + VietText.amountInWords(dong) + ".")
            }
        }
        return texts
    }

    private func lines(_ cell: String) -> [String] {
        cell.split(separator: "\n").map(String.init)
    }

    // MARK: - The week report

    func testWeekReportReadsBack() throws {
        var paper = PaperFixtures.weekReport
        // Typed on a Mac or with Unikey's "tổ hợp": decomposed; it must come back composed.
        paper.signatures[0].name = "Nguyễn Thị Thuỷ".decomposedStringWithCanonicalMapping
        let doc = try readBack(paper)

        let paragraphs = try XCTUnwrap(doc["paragraphs"] as? [[String: Any]])
        let texts = paragraphs.compactMap { $0["text"] as? String }.filter { !$0.isEmpty }
        XCTAssertEqual(texts, expectedParagraphs(paper))
        XCTAssertEqual(paragraphs.first { $0["text"] as? String == paper.title }?["bold"] as? Bool, true)
        XCTAssertEqual(paragraphs.first { $0["text"] as? String == paper.title }?["align"] as? String, "CENTER (1)")
        XCTAssertEqual(paragraphs.first { ($0["text"] as? String)?.hasPrefix("Bằng chữ") == true }?["italic"] as? Bool, true)

        let tables = try XCTUnwrap(doc["tables"] as? [[[String]]])
        XCTAssertEqual(tables.count, 3, "letterhead, the classes, the closing")
        // The letterhead: issuer left, state and motto right, then the number and the place and date.
        XCTAssertEqual(lines(tables[0][0][0]), ["UBND PHƯỜNG QUẢNG CHÂU", "TRUNG TÂM HỌC TẬP CỘNG ĐỒNG"])
        XCTAssertEqual(lines(tables[0][0][1]), [Letterhead.nation, Letterhead.motto])
        XCTAssertEqual(tables[0][1], ["Số: 12/BC-TTHTCĐ", "Phường Quảng Châu, ngày 10 tháng 10 năm 2022"])
        let cellRuns = try XCTUnwrap(doc["cellRuns"] as? [[[[[String: Any]]]]])
        XCTAssertEqual(cellRuns[0][1][1][0]["italic"] as? Bool, true, "the place and date in italics")
        XCTAssertEqual(cellRuns[0][0][1][1]["bold"] as? Bool, true, "the motto in bold")

        // The classes: every cell as the model shows it, the totals computed from the rows.
        let table = PaperFixtures.classTable
        XCTAssertEqual(tables[1][0], table.columns.map(\.title))
        for r in table.rows.indices {
            XCTAssertEqual(tables[1][r + 1], table.columns.indices.map { table.cell(r, $0).displayText })
        }
        XCTAssertEqual(tables[1].last, ["Tổng cộng", "9", "697", ""])
        let headerRows = try XCTUnwrap(doc["headerRows"] as? [[Bool]])
        XCTAssertEqual(headerRows[1], [true] + Array(repeating: false, count: table.rows.count + 1))

        // The closing: Nơi nhận beside the director's block; the name composed again.
        XCTAssertEqual(lines(tables[2][0][0]), ["Nơi nhận:", "- UBND phường (để b/c);", "- Hội Khuyến học phường;", "- Lưu: VT."])
        let signature = lines(tables[2][0][1])
        XCTAssertEqual(signature, ["GIÁM ĐỐC", "(Ký, ghi rõ họ tên)", "Nguyễn Thị Thuỷ"])
        XCTAssertEqual(Array(signature[2].unicodeScalars), Array("Nguyễn Thị Thuỷ".precomposedStringWithCanonicalMapping.unicodeScalars))
        for text in texts + tables.flatMap({ $0.flatMap { $0 } }) {
            XCTAssertTrue(VietText.isNFC(text), text)
        }

        // A4 upright, the decree's margins, Times New Roman 14 pt, numbers from page 2.
        XCTAssertEqual(doc["page"] as? [Int], [11_906, 16_838])
        XCTAssertEqual(doc["landscape"] as? Bool, false)
        XCTAssertEqual(doc["margins"] as? [Int], [1_134, 1_134, 1_701, 850])
        XCTAssertEqual(doc["font"] as? [String], ["Times New Roman"])
        XCTAssertEqual(doc["size"] as? [String], ["28"])
        XCTAssertEqual(doc["firstPageDiffers"] as? Bool, true)
        XCTAssertEqual(doc["firstHeader"] as? [String], [""])
        let header = try XCTUnwrap(doc["header"] as? String)
        XCTAssertTrue(header.contains("w:instr=\" PAGE \""), header)
        XCTAssertEqual(doc["title"] as? String, "BÁO CÁO")
    }

    // MARK: - The award list

    func testAwardListReadsBackOnItsSide() throws {
        let paper = PaperFixtures.awardList
        let doc = try readBack(paper)
        XCTAssertEqual(doc["page"] as? [Int], [16_838, 11_906])
        XCTAssertEqual(doc["landscape"] as? Bool, true)
        let tables = try XCTUnwrap(doc["tables"] as? [[[String]]])
        XCTAssertEqual(tables.count, 3)
        XCTAssertEqual(tables[0].count, 2)
        XCTAssertEqual(tables[0][1], ["", "Phường Quảng Châu, ngày 06 tháng 10 năm 2022"], "no number on the association's list")

        let table = PaperFixtures.awardTable
        let list = tables[1]
        XCTAssertEqual(list.count, table.rows.count + 2)
        XCTAssertEqual(list[1], ["1", "Nguyễn Thị Thuỷ", "Lớp 5A, Trường Tiểu học Quảng Châu", "Chi hội khu phố Châu Thành",
                                 "Học sinh giỏi cấp tỉnh", "06/10/2022", "1", "500.000", ""])
        for r in table.rows.indices {
            XCTAssertEqual(list[r + 1], table.columns.indices.map { table.cell(r, $0).displayText })
        }
        // The label spans the six columns before the sums (python-docx repeats a spanned cell).
        XCTAssertEqual(list.last, Array(repeating: "Tổng cộng", count: 6) + ["30", "8.400.000", ""])
        let texts = (try XCTUnwrap(doc["paragraphs"] as? [[String: Any]])).compactMap { $0["text"] as? String }
        XCTAssertTrue(texts.contains("Bằng chữ: Tám triệu bốn trăm nghìn đồng."))
        XCTAssertFalse(texts.contains { $0.contains("must not print") })

        // Three signatures side by side, names on one line, no "Nơi nhận".
        let closing = tables[2][0]
        XCTAssertEqual(closing.map(lines), [["NGƯỜI LẬP", "(Ký, ghi rõ họ tên)", "Nguyễn Thị Thuỷ"],
                                            ["THỦ QUỸ", "(Ký, ghi rõ họ tên)", "Trần Văn Bình"],
                                            ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "(Ký, ghi rõ họ tên)", "Phạm Văn Đức"]])
        let rawLines = closing.map { $0.components(separatedBy: "\n") }
        XCTAssertEqual(Set(rawLines.map(\.count)).count, 1, "every column as tall, so the names line up")
    }

    // MARK: - A class's sign-in sheet

    func testClassSheetHasNoLetterheadNumberOrRecipients() throws {
        let list = DataTable(columns: [TableColumn("STT", .integer), TableColumn("Họ và tên"), TableColumn("Ký tên", .signature)],
                             rows: [[.integer(1), .text("Nguyễn Thị Thuỷ"), .empty], [.integer(2), .text("Lê Văn Hùng"), .empty]])
        let paper = Paper(kind: .classSheet, letterhead: Letterhead(parent: nil, issuer: "TRUNG TÂM HỌC TẬP CỘNG ĐỒNG"),
                          number: "1/DS", title: "DANH SÁCH HỌC VIÊN KÝ TÊN",
                          body: [.paragraph("Lớp: Chuyển đổi số · Buổi học: 12/10/2022 · Giảng viên: Trần Ngọc Ánh"), .table(list)],
                          recipients: ["Lưu."], signatures: [SignatureBlock(title: "Giảng viên", name: "Trần Ngọc Ánh")])
        let doc = try readBack(paper)
        let tables = try XCTUnwrap(doc["tables"] as? [[[String]]])
        XCTAssertEqual(tables.count, 2, "the list and the signature, nothing above")
        XCTAssertEqual(tables[0], [["STT", "Họ và tên", "Ký tên"], ["1", "Nguyễn Thị Thuỷ", ""], ["2", "Lê Văn Hùng", ""]])
        XCTAssertEqual(tables[1][0].map(lines), [[], ["GIẢNG VIÊN", "(Ký, ghi rõ họ tên)", "Trần Ngọc Ánh"]],
                       "a lone signature sits in the right half")
        let texts = (try XCTUnwrap(doc["paragraphs"] as? [[String: Any]])).compactMap { $0["text"] as? String }.filter { !$0.isEmpty }
        XCTAssertEqual(texts, expectedParagraphs(paper))
    }

    // MARK: - Bytes

    func testSamePaperSameBytes() throws {
        let docx = try PaperFixtures.weekReport.docx(), xlsx = try PaperFixtures.awardList.workbook.xlsx()
        for _ in 0..<8 {
            XCTAssertEqual(try PaperFixtures.weekReport.docx(), docx)
            XCTAssertEqual(try PaperFixtures.awardList.workbook.xlsx(), xlsx)
        }
    }

    func testControlCharactersAreDroppedNotWritten() throws {
        XCTAssertEqual(OfficeXML.clean("Hội\u{0001} Khuyến\u{000B} học\tA&B"), "Hội Khuyến học\tA&B")
        var paper = PaperFixtures.weekReport
        paper.body = [.paragraph("Ghi chú: <b> & \"đ\" \u{0002}")]
        let doc = try readBack(paper)
        let texts = (try XCTUnwrap(doc["paragraphs"] as? [[String: Any]])).compactMap { $0["text"] as? String }
        XCTAssertTrue(texts.contains("Ghi chú: <b> & \"đ\" "))
    }
}
