// The paper commands run as the clerk runs them: the files they write read back by real readers, every figure against `hoctap report --format json`.

import Foundation
import XCTest

final class PapersEndToEndTests: XCTestCase {
    /// `hoctap report --format json` of a school year of the demo.
    private func json(year: String) throws -> [String: Any] {
        let run = try ProgramRun.hoctap(["report", "--format", "json", "--year", year])
        XCTAssertEqual(run.status, 0, run.output)
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    }

    private func written(_ arguments: [String], name: String) throws -> URL {
        let file = URL(fileURLWithPath: try makeTemporaryFolder(prefix: "hoctap-papers")).appendingPathComponent(name)
        let run = try ProgramRun.hoctap(arguments + ["--out", file.path])
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertTrue(run.output.contains("Đã ghi"), run.output)
        return file
    }

    /// Every row of the first sheet, as values (data_only: the cached totals) and as written (formulas).
    private static let sheetScript = #"""
import sys, json, openpyxl
values = openpyxl.load_workbook(sys.argv[1], data_only=True).worksheets[0]
formulas = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
def plain(v):
    return v if isinstance(v, (int, float, str)) or v is None else str(v)
print(json.dumps({
    "values": [[plain(c) for c in r] for r in values.iter_rows(values_only=True)],
    "formulas": [[plain(c) for c in r] for r in formulas.iter_rows(values_only=True)],
    "frozen": formulas.freeze_panes,
}, ensure_ascii=False))
"""#

    /// The table of a sheet: its header row (the one starting with `first`), the rows under it up to the totals row, and the totals row.
    private func table(_ sheet: [String: Any], first: String, totals: String) throws -> (header: [Any], rows: [[Any]], totals: [Any], formulas: [Any]) {
        let values = try XCTUnwrap(sheet["values"] as? [[Any]])
        let formulas = try XCTUnwrap(sheet["formulas"] as? [[Any]])
        let head = try XCTUnwrap(values.firstIndex { $0.first as? String == first }, "no header row \(first)")
        let end = try XCTUnwrap(values.firstIndex { $0.contains { $0 as? String == totals } }, "no totals row \(totals)")
        return (values[head], Array(values[(head + 1)..<end]), values[end], formulas[end])
    }

    private func number(_ value: Any?) -> Int? {
        (value as? NSNumber)?.intValue
    }

    // MARK: - Excel

    func testAwardListInExcelAddsUpToTheReport() throws {
        let report = try json(year: "2022-2023")
        let awards = try XCTUnwrap(report["awards"] as? [String: Any])
        let file = try written(["awards", "--year", "2022-2023", "--format", "xlsx"], name: "khen-thuong.xlsx")
        let sheet = try OfficeFileReader.read(file, module: "openpyxl", script: Self.sheetScript)
        let t = try table(sheet, first: "STT", totals: "Tổng cộng")
        let money = try XCTUnwrap(t.header.firstIndex { $0 as? String == "Số tiền (đồng)" })
        XCTAssertEqual(t.rows.count, awards["count"] as? Int, "one row an award")
        XCTAssertEqual(t.rows.compactMap { number($0[0]) }, Array(1...t.rows.count), "STT runs from 1")
        XCTAssertEqual(t.rows.reduce(0) { $0 + (number($1[money]) ?? 0) }, awards["amount"] as? Int)
        XCTAssertEqual(number(t.totals[money]), awards["amount"] as? Int, "the cached total")
        XCTAssertTrue((t.formulas[money] as? String)?.hasPrefix("=SUM(") == true, "the total is a formula: \(t.formulas[money])")
        XCTAssertNotNil(sheet["frozen"] as? String, "the header is frozen")
    }

    func testFundBookInExcelAddsUpToTheReport() throws {
        let report = try json(year: "2022-2023")
        let fund = try XCTUnwrap(report["fund"] as? [String: Any])
        let file = try written(["fund", "--year", "2022-2023", "--format", "xlsx"], name: "so-quy.xlsx")
        let sheet = try OfficeFileReader.read(file, module: "openpyxl", script: Self.sheetScript)
        let t = try table(sheet, first: "Ngày", totals: "Cộng phát sinh")
        XCTAssertEqual(t.header.compactMap { $0 as? String }, ["Ngày", "Số chứng từ", "Diễn giải", "Thu (đồng)", "Chi (đồng)", "Tồn (đồng)"])
        XCTAssertEqual(t.rows.first?[2] as? String, "Số dư đầu kỳ")
        XCTAssertEqual(number(t.rows.first?[5]), fund["opening"] as? Int)
        XCTAssertEqual(t.rows.last?[2] as? String, "Số dư cuối kỳ")
        XCTAssertEqual(number(t.rows.last?[5]), fund["closing"] as? Int)
        XCTAssertEqual(t.rows.reduce(0) { $0 + (number($1[3]) ?? 0) }, fund["donations"] as? Int, "receipts")
        XCTAssertEqual(t.rows.reduce(0) { $0 + (number($1[4]) ?? 0) }, fund["out"] as? Int, "payments: awards and expenses")
        XCTAssertEqual(number(t.totals[3]), fund["donations"] as? Int)
        XCTAssertEqual(number(t.totals[4]), fund["out"] as? Int)
        // Each line's balance follows from the one before.
        var balance = try XCTUnwrap(number(t.rows.first?[5]))
        for row in t.rows.dropFirst().dropLast() {
            balance += (number(row[3]) ?? 0) - (number(row[4]) ?? 0)
            XCTAssertEqual(number(row[5]), balance, "\(row)")
        }
        XCTAssertEqual(balance, fund["closing"] as? Int)
    }

    // MARK: - Word

    func testWeekReportInWordSaysTheReportsFigures() throws {
        let report = try json(year: "2022-2023")
        let awards = try XCTUnwrap(report["awards"] as? [String: Any])
        let fund = try XCTUnwrap(report["fund"] as? [String: Any])
        let file = try written(["report", "--year", "2022-2023", "--date", "2022-10-10", "--format", "docx"], name: "bao-cao.docx")
        let doc = try OfficeFileReader.read(file, module: "docx", script: #"""
import sys, json, docx
d = docx.Document(sys.argv[1])
print(json.dumps({
    "paragraphs": [p.text for p in d.paragraphs],
    "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables],
}, ensure_ascii=False))
"""#)
        let paragraphs = try XCTUnwrap(doc["paragraphs"] as? [String])
        let tables = try XCTUnwrap(doc["tables"] as? [[[String]]])
        let head = tables[0].flatMap { $0 }.joined(separator: "\n")
        XCTAssertTrue(head.contains("UBND PHƯỜNG QUẢNG CHÂU"), head)
        XCTAssertTrue(head.contains("TRUNG TÂM HỌC TẬP CỘNG ĐỒNG"), head)
        XCTAssertTrue(head.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), head)
        XCTAssertTrue(head.contains("Độc lập - Tự do - Hạnh phúc"), head)
        XCTAssertTrue(head.contains("Số: ……/BC-TTHTCĐ"), head)
        XCTAssertTrue(head.contains("Phường Quảng Châu, ngày 10 tháng 10 năm 2022"), head)
        XCTAssertTrue(paragraphs.contains("BÁO CÁO"))
        XCTAssertTrue(paragraphs.contains("Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2022"))

        func dots(_ key: String, _ object: [String: Any]) throws -> String {
            // Thousands after dots, as the papers write them: 619.550.000.
            let digits = String(try XCTUnwrap(object[key] as? Int, key))
            return digits.enumerated().map { i, c in (i > 0 && (digits.count - i) % 3 == 0 ? "." : "") + String(c) }.joined()
        }
        let byBranch = try XCTUnwrap(tables.first { $0.first?.first == "Chi hội" }, "the awards by branch")
        XCTAssertEqual(byBranch.last, ["Tổng cộng", try dots("count", awards), try dots("amount", awards)])
        let classes = try XCTUnwrap(tables.first { $0.first?.first == "Chủ đề" }, "the classes by topic")
        XCTAssertEqual(classes.last?.last, try dots("learnerTurns", report))
        let fundTable = try XCTUnwrap(tables.first { $0.first?.first == "Nội dung" }, "the fund")
        XCTAssertEqual(fundTable.first { $0.first == "Số dư đầu kỳ" }?.last, try dots("opening", fund))
        XCTAssertEqual(fundTable.first { $0.first == "Số dư cuối kỳ" }?.last, try dots("closing", fund))
        let amount = try dots("amount", awards)
        XCTAssertTrue(paragraphs.contains { $0.contains("\(amount) đồng") }, "the sum in the body, in đồng")

        let closing = try XCTUnwrap(tables.last).flatMap { $0 }.joined(separator: "\n")
        XCTAssertTrue(closing.contains("Nơi nhận:"), closing)
        XCTAssertTrue(closing.contains("GIÁM ĐỐC"), closing)
        XCTAssertTrue(closing.contains("Lê Thị Hương"), closing)
    }

    // MARK: - Files and refusals

    func testOutIsNotOverwrittenWithoutForce() throws {
        let folder = URL(fileURLWithPath: try makeTemporaryFolder(prefix: "hoctap-papers-out"))
        let file = folder.appendingPathComponent("danh-sach.docx")
        try Data("bản cũ".utf8).write(to: file)
        let refused = try ProgramRun.hoctap(["awards", "--format", "docx", "--out", file.path])
        XCTAssertEqual(refused.status, 1, refused.output)
        XCTAssertTrue(refused.output.contains("đã có") && refused.output.contains("--force"), refused.output)
        XCTAssertEqual(try Data(contentsOf: file), Data("bản cũ".utf8), "the old file is untouched")

        let forced = try ProgramRun.hoctap(["awards", "--format", "docx", "--out", file.path, "--force"])
        XCTAssertEqual(forced.status, 0, forced.output)
        XCTAssertEqual(try Data(contentsOf: file).prefix(2), Data("PK".utf8), "a zip: the docx")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["danh-sach.docx"], "no temporary file left")
    }

    func testBinaryFormatsNeedAnOutFile() throws {
        for command in [["report"], ["awards"], ["fund"], ["roster", "--class", "LH06"]] {
            let run = try ProgramRun.hoctap(command + ["--format", "xlsx"])
            XCTAssertEqual(run.status, 1, "\(command): \(run.output)")
            XCTAssertTrue(run.output.contains("hãy thêm --out"), "\(command): \(run.output)")
        }
    }

    func testPDFWithoutLibreOfficeWritesNothing() throws {
        let folder = URL(fileURLWithPath: try makeTemporaryFolder(prefix: "hoctap-papers-pdf"))
        let file = folder.appendingPathComponent("bao-cao.pdf")
        let run = try ProgramRun.hoctap(["report", "--format", "pdf", "--out", file.path],
                                        environment: ["PATH": folder.path, "HOME": folder.path])
        XCTAssertEqual(run.status, 1, run.output)
        XCTAssertTrue(run.output.contains("Cần LibreOffice để xuất PDF"), run.output)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [], "nothing written")
    }

    func testSigninOnADayWithoutASessionIsRefused() throws {
        let run = try ProgramRun.hoctap(["signin", "--class", "LH06", "--date", "2023-05-01"])
        XCTAssertEqual(run.status, 1, run.output)
        XCTAssertTrue(run.output.contains("01/05/2023") && run.output.contains("lớp LH06"), run.output)
        let unknown = try ProgramRun.hoctap(["signin", "--class", "LH99", "--date", "2022-11-01"])
        XCTAssertEqual(unknown.status, 1, unknown.output)
        XCTAssertTrue(unknown.output.contains("không có lớp LH99"), unknown.output)
    }

    func testCSVOnStandardOutputIsExcelFriendly() throws {
        let run = try ProgramRun.hoctap(["signin", "--class", "LH06", "--date", "2022-11-01", "--format", "csv"])
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertTrue(run.output.hasPrefix("\u{FEFF}STT,Họ và tên,Ký tên\r\n"), String(run.output.prefix(60)))
        XCTAssertFalse(run.output.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends in CRLF")
    }

    // MARK: - Scopes

    func testOneBranchsAwardList() throws {
        let report = try json(year: "2022-2023")
        let byBranch = try XCTUnwrap((report["awards"] as? [String: Any])?["byBranch"] as? [String: Any])
        let run = try ProgramRun.hoctap(["awards", "--year", "2022-2023", "--branch", "KP01", "--format", "csv"])
        XCTAssertEqual(run.status, 0, run.output)
        let lines = run.output.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        XCTAssertEqual(lines.count, byBranch["KP01"] as? Int, "the branch's awards of the year")
        XCTAssertTrue(lines.allSatisfy { $0.contains(",Chi hội khu phố 1,") }, "only the branch: \(lines.prefix(3))")

        let refused = try ProgramRun.hoctap(["awards", "--branch", "KP99"])
        XCTAssertEqual(refused.status, 1, refused.output)
        XCTAssertTrue(refused.output.contains("không có chi hội KP99"), refused.output)
    }

    func testIssuedReportsAreNumberedInTurn() throws {
        let store = try demoStoreCopy(prefix: "hoctap-papers-issue")
        let papers = store.appendingPathComponent("papers.rec")
        let first = try ProgramRun.hoctap(["report", "--store", store.path, "--issue", "--date", "2022-10-10"])
        XCTAssertEqual(first.status, 0, first.output)
        // The demo's register holds the center's plan of 2022 as its number 1.
        XCTAssertTrue(first.output.contains("Số: 2/BC-TTHTCĐ"), String(first.output.prefix(600)))
        let second = try ProgramRun.hoctap(["report", "--store", store.path, "--issue", "--date", "2022-10-11"])
        XCTAssertTrue(second.output.contains("Số: 3/BC-TTHTCĐ"), String(second.output.prefix(600)))
        let text = try String(contentsOf: papers, encoding: .utf8)
        XCTAssertTrue(text.contains("Number: 2\nKind: BC"), text)
        XCTAssertTrue(text.contains("Number: 3\nKind: BC"), text)
        let draft = try ProgramRun.hoctap(["report", "--store", store.path])
        XCTAssertTrue(draft.output.contains("Số: ……/BC-TTHTCĐ"), "without --issue the number is left to fill")
        let check = try ProgramRun.hoctap(["check", "--store", store.path])
        XCTAssertEqual(check.status, 0, check.output)
    }
}
