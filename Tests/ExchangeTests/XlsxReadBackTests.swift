// Excel files read back with openpyxl: values, formulas and their cached values, formats, panes, merges, printing.

@testable import Exchange
import Foundation
import VietText
import XCTest

final class XlsxReadBackTests: XCTestCase {
    private static let script = #"""
import sys, json, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
cached = openpyxl.load_workbook(sys.argv[1], data_only=True)
def value(v):
    if isinstance(v, datetime.datetime):
        return "date:" + v.strftime("%d/%m/%Y")
    return v
sheets = []
for ws in wb.worksheets:
    vs = cached[ws.title]
    sheets.append({
        "name": ws.title,
        "cells": [[value(c.value) for c in row] for row in ws.iter_rows()],
        "cached": [[value(c.value) for c in row] for row in vs.iter_rows()],
        "formats": [[c.number_format for c in row] for row in ws.iter_rows()],
        "bold": [[bool(c.font.b) for c in row] for row in ws.iter_rows()],
        "wrap": [[bool(c.alignment.wrap_text) for c in row] for row in ws.iter_rows()],
        "font": ws["A1"].font.name,
        "freeze": ws.freeze_panes,
        "merged": sorted(str(r) for r in ws.merged_cells.ranges),
        "printTitles": ws.print_title_rows,
        "orientation": ws.page_setup.orientation,
        "paperSize": int(ws.page_setup.paperSize),
        "fitToWidth": int(ws.page_setup.fitToWidth),
        "fitToHeight": int(ws.page_setup.fitToHeight),
        "fitToPage": bool(ws.sheet_properties.pageSetUpPr.fitToPage),
        "widths": {k: v.width for k, v in ws.column_dimensions.items()},
        "heights": {str(k): v.height for k, v in ws.row_dimensions.items() if v.height},
    })
print(json.dumps({"sheets": sheets}, ensure_ascii=False))
"""#

    private func readBack(_ workbook: Workbook) throws -> [[String: Any]] {
        let folder = try OfficeReader.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bang.xlsx")
        try workbook.xlsx().write(to: file)
        let json = try OfficeReader.read(file, module: "openpyxl", script: Self.script)
        return try XCTUnwrap(json["sheets"] as? [[String: Any]])
    }

    /// A cell's value in a form both sides can give: "n:500000", "n:0.76", "s:…", "date:06/10/2022", "∅".
    private func canonical(_ any: Any?) -> String {
        switch any {
        case nil, is NSNull: return "∅"
        case let text as String: return text.hasPrefix("date:") || text.hasPrefix("=") ? text : "s:" + text
        case let number as NSNumber:
            let d = number.doubleValue
            return d == d.rounded() && abs(d) < 1e15 ? "n:\(Int(d))" : "n:\(d)"
        default: return "?\(String(describing: any))"
        }
    }

    private func canonical(_ value: CellValue) -> String {
        switch value {
        case .empty: "∅"
        case .text(let text): text.isEmpty ? "∅" : "s:" + text
        case .integer(let n), .money(let n): "n:\(n)"
        case .percent(let f): f == f.rounded() ? "n:\(Int(f))" : "n:\(f)"
        case .date(let day): "date:" + VietFormat.date(day)
        }
    }

    private func grid(_ sheet: [String: Any], _ key: String) throws -> [[String]] {
        try XCTUnwrap(sheet[key] as? [[Any]]).map { $0.map(canonical) }
    }

    // MARK: - The award list

    func testAwardSheetReadsBack() throws {
        var model = PaperFixtures.awardSheet
        var rows = model.table.rows
        rows[1][1] = .text("Hội Khuyến học".decomposedStringWithCanonicalMapping)
        model.table.rows = rows
        let sheet = try XCTUnwrap(readBack(Workbook([model])).first)
        let table = model.table
        let width = table.columns.count

        XCTAssertEqual(sheet["name"] as? String, "Khen thưởng- năm học 2022-2023", "no ':' or '/' in a sheet's name")
        let cells = try grid(sheet, "cells"), cached = try grid(sheet, "cached")
        // Titles over the table, an empty row, the header, the rows.
        XCTAssertEqual(cells[0], ["s:" + model.titles[0]] + Array(repeating: "∅", count: width - 1))
        XCTAssertEqual(cells[1], ["s:" + model.titles[1]] + Array(repeating: "∅", count: width - 1))
        XCTAssertEqual(cells[2], Array(repeating: "∅", count: width))
        XCTAssertEqual(cells[3], table.columns.map { "s:" + $0.title })
        for r in table.rows.indices {
            XCTAssertEqual(cells[4 + r], table.rows[r].map(canonical), "row \(r + 1)")
        }
        XCTAssertEqual(cells[4 + 1][1], "s:Hội Khuyến học")
        // The totals: formulas over their columns, and the values they give, as cached.
        let last = 4 + table.rows.count
        XCTAssertEqual(cells[last], ["s:Tổng cộng", "∅", "∅", "∅", "∅", "∅", "=SUM(G5:G34)", "=SUM(H5:H34)", "∅"])
        XCTAssertEqual(cached[last][6], "n:\(table.total(of: 6))")
        XCTAssertEqual(cached[last][7], "n:8400000")
        for r in 0..<last { XCTAssertEqual(cached[r], cells[r]) }

        // Formats: #,##0 for counts and money, dd/mm/yyyy for real dates, text general.
        let formats = try XCTUnwrap(sheet["formats"] as? [[String]])
        XCTAssertEqual(formats[4], ["#,##0", "General", "General", "General", "General", "dd/mm/yyyy", "#,##0", "#,##0", "General"])
        XCTAssertEqual(formats[last][7], "#,##0")
        let bold = try XCTUnwrap(sheet["bold"] as? [[Bool]])
        XCTAssertEqual(bold[3], Array(repeating: true, count: width), "the header in bold")
        XCTAssertEqual(bold[4], Array(repeating: false, count: width))
        XCTAssertEqual(bold[last][7], true)
        XCTAssertEqual((try XCTUnwrap(sheet["wrap"] as? [[Bool]]))[3], Array(repeating: true, count: width))
        XCTAssertEqual(sheet["font"] as? String, "Times New Roman")

        // Frozen under the header, the header printed on every page, A4 on its side, one page wide.
        XCTAssertEqual(sheet["freeze"] as? String, "A5")
        XCTAssertEqual(sheet["printTitles"] as? String, "$4:$4")
        XCTAssertEqual(sheet["merged"] as? [String], ["A1:I1", "A2:I2", "A35:F35"].sorted())
        XCTAssertEqual(sheet["orientation"] as? String, "landscape")
        XCTAssertEqual(sheet["paperSize"] as? Int, 9)
        XCTAssertEqual(sheet["fitToWidth"] as? Int, 1)
        XCTAssertEqual(sheet["fitToHeight"] as? Int, 0)
        XCTAssertEqual(sheet["fitToPage"] as? Bool, true)
        let widths = try XCTUnwrap(sheet["widths"] as? [String: Double])
        let expected = SheetLayout.widths(table)
        for c in 0..<width { XCTAssertEqual(widths[XlsxSheet.column(c)], Double(expected[c]), XlsxSheet.column(c)) }
        // The header is two lines tall ("Số tiền / (đồng)" wraps in its column); no other row is set.
        XCTAssertEqual(sheet["heights"] as? [String: Double], ["4": 31.5])

        for row in try XCTUnwrap(sheet["cells"] as? [[Any]]) {
            for case let text as String in row { XCTAssertTrue(VietText.isNFC(text), text) }
        }
    }

    // MARK: - A paper's tables as a workbook

    func testPaperTablesBecomeSheets() throws {
        var paper = PaperFixtures.weekReport
        paper.body.append(.table(DataTable(columns: [TableColumn("Ngày", .date), TableColumn("Tỷ lệ", .percent)],
                                           rows: [[.date(PaperFixtures.day(2022, 10, 6)), .percent(0.686)]])))
        let sheets = try readBack(paper.workbook)
        XCTAssertEqual(sheets.map { $0["name"] as? String }, ["Lớp theo chủ đề", "Bảng 2"])
        let first = sheets[0]
        let cells = try grid(first, "cells")
        XCTAssertEqual(cells[0][0], "s:TRUNG TÂM HỌC TẬP CỘNG ĐỒNG")
        XCTAssertEqual(cells[1][0], "s:BÁO CÁO")
        // Four title rows (issuer, type, summary, caption), an empty row, the header in row 6.
        XCTAssertEqual(cells[3][0], "s:Lớp theo chủ đề")
        XCTAssertEqual(cells[5][0], "s:Chủ đề")
        XCTAssertEqual(cells[9], ["s:Tổng cộng", "=SUM(B7:B9)", "=SUM(C7:C9)", "∅"])
        XCTAssertEqual(try grid(first, "cached")[9], ["s:Tổng cộng", "n:9", "n:697", "∅"])
        XCTAssertEqual(cells[6][3], "n:0.76")
        XCTAssertEqual((try XCTUnwrap(first["formats"] as? [[String]]))[6][3], "0.0%")
        XCTAssertEqual(first["orientation"] as? String, "portrait")
        XCTAssertEqual(first["printTitles"] as? String, "$6:$6")
        let second = try grid(sheets[1], "cells")
        XCTAssertEqual(second.last, ["date:06/10/2022", "n:0.686"])
        XCTAssertEqual((try XCTUnwrap(sheets[1]["formats"] as? [[String]])).last, ["dd/mm/yyyy", "0.0%"])
    }

    // MARK: - Pieces

    func testSheetNamesExcelTakes() {
        XCTAssertEqual(SheetName.safe("Quỹ [2022]: thu/chi?*\\"), "Quỹ -2022-- thu-chi---")
        XCTAssertEqual(SheetName.safe("'Danh sách'"), "Danh sách")
        XCTAssertEqual(SheetName.safe(""), "Trang tính")
        let long = SheetName.safe("Danh sách học viên ký tên lớp Chuyển đổi số")
        XCTAssertEqual(long.utf16.count, 31)
        XCTAssertEqual(long, "Danh sách học viên ký tên lớp C")
        XCTAssertEqual(Workbook([Sheet(name: "Quỹ", table: PaperFixtures.classTable),
                                 Sheet(name: "quỹ", table: PaperFixtures.classTable)]).sheets.map(\.name), ["Quỹ", "quỹ (2)"])
    }

    func testColumnLettersAndDaySerials() {
        XCTAssertEqual([0, 25, 26, 27, 701, 702].map(XlsxSheet.column), ["A", "Z", "AA", "AB", "ZZ", "AAA"])
        XCTAssertEqual(XlsxSheet.serial(PaperFixtures.day(2022, 10, 6)), 44_840)
        XCTAssertEqual(XlsxSheet.serial(PaperFixtures.day(1900, 3, 1)), 61)
    }
}
