/// Sheets as an Excel file: SpreadsheetML parts in XMLCoder's conventions, written by `OfficeXMLStream`, zipped with ZIPFoundation.

import Foundation
import Store

extension Workbook {
    /// The workbook as an .xlsx: title rows merged over each table, the header frozen under them
    /// and repeated on each printed page, numbers as numbers with Vietnamese-friendly formats,
    /// totals as `SUM` formulas that also carry their values, A4 one page wide.
    ///
    /// Text is written inline in its cell rather than in a shared-strings part: each sheet reads
    /// alone, nothing has to be counted and indexed across the book, and the lists are small;
    /// Excel turns them into shared strings the first time it saves.
    public func xlsx() throws -> Data {
        var package = OfficePackage()
        let ns = SpreadsheetNamespaces.spreadsheet
        package.add("[Content_Types].xml", try ContentTypes(overrides: [
            .init(PartName: "/xl/workbook.xml", ContentType: ns + ".sheet.main+xml"),
            .init(PartName: "/xl/styles.xml", ContentType: ns + ".styles+xml"),
            .init(PartName: "/docProps/core.xml", ContentType: "application/vnd.openxmlformats-package.core-properties+xml"),
        ] + sheets.indices.map { .init(PartName: "/xl/worksheets/sheet\($0 + 1).xml", ContentType: ns + ".worksheet+xml") }).data())
        package.add("_rels/.rels", try Relationships(items: [
            .init(Id: "rId1", Type: Relationships.officeDocument, Target: "xl/workbook.xml"),
            .init(Id: "rId2", Type: Relationships.coreProperties, Target: "docProps/core.xml"),
        ]).data())
        package.add("docProps/core.xml", try CoreProperties(title: OfficeXML.clean(sheets.first?.titles.last ?? sheets.first?.name ?? "")).data())
        let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        package.add("xl/_rels/workbook.xml.rels", try Relationships(items: sheets.indices.map {
            .init(Id: "rId\($0 + 1)", Type: base + "worksheet", Target: "worksheets/sheet\($0 + 1).xml")
        } + [.init(Id: "rId\(sheets.count + 1)", Type: base + "styles", Target: "styles.xml")]).data())
        package.add("xl/workbook.xml", try OfficeXML.encode(workbookPart, root: "workbook", namespaces: SpreadsheetNamespaces.all))
        package.add("xl/styles.xml", try OfficeXML.encode(SheetStyle.styles, root: "styleSheet", namespaces: ["xmlns": SpreadsheetNamespaces.main]))
        for (i, sheet) in sheets.enumerated() {
            package.add("xl/worksheets/sheet\(i + 1).xml",
                        try OfficeXML.encode(XlsxSheet(sheet: sheet).worksheet, root: "worksheet", namespaces: SpreadsheetNamespaces.all))
        }
        return try package.data()
    }

    /// The sheets and, for each, `_xlnm.Print_Titles` naming its header row.
    var workbookPart: SpreadsheetWorkbook {
        SpreadsheetWorkbook(
            sheets: .init(sheets: sheets.indices.map { .init(name: OfficeXML.clean(sheets[$0].name), sheetId: $0 + 1, id: "rId\($0 + 1)") }),
            definedNames: sheets.isEmpty ? nil : .init(names: sheets.indices.map { i in
                let row = XlsxSheet(sheet: sheets[i]).headerRow
                let quoted = "'" + OfficeXML.clean(sheets[i].name).replacingOccurrences(of: "'", with: "''") + "'"
                return .init(name: "_xlnm.Print_Titles", localSheetId: i, value: "\(quoted)!$\(row):$\(row)")
            }))
    }
}

/// One sheet laid out in rows: titles, an empty row, the header, the rows, the totals.
struct XlsxSheet {
    let sheet: Sheet
    var table: DataTable { sheet.table }

    /// The header's row number (1-based): after the titles and an empty row.
    var headerRow: Int { sheet.titles.isEmpty ? 1 : sheet.titles.count + 2 }
    var firstDataRow: Int { headerRow + 1 }
    var lastColumn: String { Self.column(max(table.columns.count, 1) - 1) }

    var worksheet: Worksheet {
        var rows: [Worksheet.Row] = []
        for (i, title) in sheet.titles.enumerated() {
            rows.append(.init(r: i + 1, c: [.text("A\(i + 1)", title, style: i == 0 ? .title : .subtitle)]))
        }
        rows.append(.init(r: headerRow, height: headerHeight, c: table.columns.indices.map {
            .text(Self.column($0) + "\(headerRow)", table.columns[$0].title, style: .header)
        }))
        for r in table.rows.indices {
            let row = firstDataRow + r
            rows.append(.init(r: row, c: table.columns.indices.map { c in
                cell(table.cell(r, c), ref: Self.column(c) + "\(row)", kind: table.columns[c].kind)
            }))
        }
        var merges = sheet.titles.indices.map { Worksheet.Reference(ref: "A\($0 + 1):\(lastColumn)\($0 + 1)") }
        if let totals = totalsRow {
            rows.append(totals.row)
            merges += totals.merge.map { [$0] } ?? []
        }
        let lastRow = rows.last?.r ?? 1
        let widths = SheetLayout.widths(table)
        return Worksheet(
            dimension: .init(ref: "A1:\(lastColumn)\(lastRow)"),
            sheetViews: .init(sheetView: .init(pane: .init(ySplit: headerRow, topLeftCell: "A\(firstDataRow)"))),
            cols: .init(col: widths.indices.map { .init(min: $0 + 1, max: $0 + 1, width: Double(widths[$0])) }),
            sheetData: .init(row: rows),
            mergeCells: merges.isEmpty ? nil : .init(count: merges.count, mergeCell: merges),
            pageSetup: .init(orientation: sheet.printedOrientation == .landscape ? "landscape" : "portrait"))
    }

    /// The header's height: a 12 pt line (15,75 pt) for each line its longest-wrapping title takes
    /// in its column.
    var headerHeight: Double {
        let widths = SheetLayout.widths(table)
        let lines = table.columns.indices.map { TextWidth.wrap(table.columns[$0].title, width: max(widths[$0] - 2, 1)).count }
        return 15.75 * Double(max(lines.max() ?? 1, 1))
    }

    /// The totals row: the label merged over the columns before the first sum, each sum a `SUM`
    /// formula over its column with the value it gives.
    var totalsRow: (row: Worksheet.Row, merge: Worksheet.Reference?)? {
        guard let totals = table.totals, let values = table.totalsCells else { return nil }
        let row = firstDataRow + table.rows.count
        let span = table.totalsLabelSpan
        var cells: [Cell] = []
        for c in table.columns.indices {
            let ref = Self.column(c) + "\(row)"
            if totals.columns.contains(c) {
                let value = values[c].summand ?? 0
                let formula = table.rows.isEmpty ? nil : "SUM(\(Self.column(c))\(firstDataRow):\(Self.column(c))\(row - 1))"
                cells.append(.number(ref, String(value), style: .totalsNumber, formula: formula))
            } else if c == 0 {
                cells.append(.text(ref, totals.label, style: .totalsLabel))
            } else {
                cells.append(.blank(ref, style: c < span ? .totalsLabel : .text))
            }
        }
        let merge = span > 1 ? Worksheet.Reference(ref: "A\(row):\(Self.column(span - 1))\(row)") : nil
        return (Worksheet.Row(r: row, c: cells), merge)
    }

    private func cell(_ value: CellValue, ref: String, kind: ColumnKind) -> Cell {
        let style = SheetStyle.body(value, kind)
        switch value {
        case .empty: return .blank(ref, style: style)
        case .text(let text): return text.isEmpty ? .blank(ref, style: style) : .text(ref, text, style: style)
        case .integer(let n), .money(let n): return .number(ref, String(n), style: style)
        case .percent(let fraction):
            return fraction.isFinite ? .number(ref, "\(fraction)", style: style) : .blank(ref, style: style)
        case .date(let day): return .number(ref, String(Self.serial(day)), style: style)
        }
    }

    /// Excel's day number: days since 30 December 1899 (so 1 January 1900 is 1, past Excel's
    /// 29 February 1900 that never was; all days of this program are after it).
    static func serial(_ day: CalendarDate) -> Int { day.daysSinceEpoch + 25_569 }

    /// A, B, … Z, AA, AB … for a 0-based column.
    static func column(_ index: Int) -> String {
        var n = index + 1, name = ""
        while n > 0 {
            let r = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + r))) + name
            n = (n - 1) / 26
        }
        return name
    }
}


