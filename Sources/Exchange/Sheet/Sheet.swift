/// A worksheet: title rows over one table, with what Excel needs to show and print it.

/// One worksheet: title lines merged across the table, the table (header frozen, totals as formulas), and its print set-up.
public struct Sheet: Sendable, Equatable {
    /// The tab's name, made safe for Excel (see `SheetName`).
    public var name: String
    /// Lines above the table, each merged across its width, the first bold and larger.
    public var titles: [String]
    public var table: DataTable
    /// Printed on its side; nil decides by width (more than about 120 characters of columns).
    public var orientation: Paper.Orientation?

    public init(name: String, titles: [String] = [], table: DataTable, orientation: Paper.Orientation? = nil) {
        self.name = SheetName.safe(name)
        self.titles = titles
        self.table = table
        self.orientation = orientation
    }

    /// The orientation printed: as asked, or landscape when the columns are wide.
    var printedOrientation: Paper.Orientation {
        orientation ?? (SheetLayout.widths(table).reduce(0, +) > 120 ? .landscape : .portrait)
    }
}

/// Sheets in order, written as one xlsx file; names are made unique.
public struct Workbook: Sendable, Equatable {
    public private(set) var sheets: [Sheet]

    public init(_ sheets: [Sheet]) {
        var taken: [String] = []
        self.sheets = sheets.map { sheet in
            var sheet = sheet
            sheet.name = SheetName.unique(sheet.name, taken: taken)
            taken.append(sheet.name)
            return sheet
        }
    }
}

extension Paper {
    /// The paper's tables as sheets: each under the paper's issuer, title and summary, named by its
    /// caption ("Bảng 1", "Bảng 2" … when it has none).
    public var workbook: Workbook {
        let head = [printedLetterhead?.issuer, title, summary].compactMap { $0 }
        let sheets = tables.enumerated().map { index, table in
            Sheet(name: table.caption ?? "Bảng \(index + 1)",
                  titles: head + (table.caption.map { [$0] } ?? []),
                  table: table, orientation: orientation)
        }
        return Workbook(sheets)
    }
}
