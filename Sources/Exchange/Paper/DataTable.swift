/// A list with typed columns and an optional totals row: the table a paper prints and a sheet holds.

/// What a column holds, which sets its alignment and its number format.
public enum ColumnKind: Sendable, Equatable {
    case text, integer, money, percent, date
    /// An empty column to sign in ("Ký nhận", "Ký tên"): left blank, given room.
    case signature

    /// Numbers are set right, days and signatures centred, text left.
    var alignment: CellAlignment {
        switch self {
        case .integer, .money, .percent: .right
        case .date, .signature: .center
        case .text: .left
        }
    }
}

/// Where a cell's text sits in its column.
enum CellAlignment: Sendable { case left, center, right }

/// One column of a table: its title and kind, and a width in characters when it needs more than its contents.
public struct TableColumn: Sendable, Equatable {
    public var title: String
    public var kind: ColumnKind
    /// The least width in characters (a signature column's room to sign); nil sizes it by its contents.
    public var width: Int?

    public init(_ title: String, _ kind: ColumnKind = .text, width: Int? = nil) {
        self.title = title
        self.kind = kind
        self.width = width ?? (kind == .signature ? 12 : nil)
    }
}

/// The totals row under a table: a label over the columns before the first sum, then the sums.
public struct TableTotals: Sendable, Equatable {
    public var label: String
    /// The columns added up (counts or money).
    public var columns: [Int]

    public init(label: String = "Tổng cộng", columns: [Int]) {
        self.label = label
        self.columns = columns.sorted()
    }
}

/// A table of typed cells with its column titles and an optional totals row; the same value goes to docx, xlsx, csv, md and text.
public struct DataTable: Sendable, Equatable {
    /// A short name: the sheet's name in a workbook, the heading of the table in a CSV of several.
    public var caption: String?
    public var columns: [TableColumn]
    public var rows: [[CellValue]]
    public var totals: TableTotals?

    public init(caption: String? = nil, columns: [TableColumn], rows: [[CellValue]], totals: TableTotals? = nil) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.totals = totals
    }

    /// The cell at a row and column; a short row reads as empty cells.
    public func cell(_ row: Int, _ column: Int) -> CellValue {
        column < rows[row].count ? rows[row][column] : .empty
    }

    /// The sum of a column's counts or money, as the totals row shows it.
    public func total(of column: Int) -> Int {
        rows.indices.reduce(0) { $0 + (cell($1, column).summand ?? 0) }
    }

    /// The kind of the totals cell of a summed column: money stays money.
    func totalValue(of column: Int) -> CellValue {
        columns[column].kind == .money ? .money(total(of: column)) : .integer(total(of: column))
    }

    /// How many columns the totals label spans: those before the first sum (0 when the first column is summed).
    var totalsLabelSpan: Int {
        min(totals?.columns.first ?? columns.count, columns.count)
    }

    /// The totals row as cells: the label in the first, empty cells under the rest of its span, then the sums.
    var totalsCells: [CellValue]? {
        guard let totals else { return nil }
        return columns.indices.map { c in
            if totals.columns.contains(c) { return totalValue(of: c) }
            return c == 0 ? .text(totals.label) : .empty
        }
    }
}
