/// The cells read from a sheet or a text file, row by row, with each row's number in the file.

/// The cells of a sheet or a text file, row by row, with the number each row has in the file
/// (the spreadsheet's row number, the text file's line) and the merged ranges of a sheet.
public struct ImportTable: Sendable {
    public var rows: [[ImportCell]]
    /// The row number shown to the clerk for each row of `rows`.
    public var rowNumbers: [Int]
    /// Merged cells: rows and columns counted from 0, as in `rows`.
    public var merges: [CellRange]
    /// What the file was read as: "Excel (.xlsx), trang tính …", "CSV, UTF-8, dấu phẩy" …
    public var source: String

    public init(rows: [[ImportCell]], rowNumbers: [Int]? = nil, merges: [CellRange] = [], source: String) {
        self.rows = rows
        self.rowNumbers = rowNumbers ?? rows.indices.map { $0 + 1 }
        self.merges = merges
        self.source = source
    }

    /// The widest row's number of cells.
    public var width: Int { rows.reduce(0) { max($0, $1.count) } }

    /// The cell at (row, column), `.empty` beyond a row's end.
    public func cell(_ row: Int, _ column: Int) -> ImportCell {
        rows.indices.contains(row) && rows[row].indices.contains(column) ? rows[row][column] : .empty
    }
}
