/// A table as CSV that Excel opens: Vietnamese headers, numbers plain, dates as dd/mm/yyyy.

extension DataTable {
    /// The table as CSV (through `CSVText`: BOM, CRLF): the titles, then one line a row. Counts and
    /// money are plain digits ("1200000") so that Excel reads them as numbers whatever its
    /// separators; dates "06/10/2022"; shares "76,0%". The totals row is left out: a CSV is for
    /// reading back, and the spreadsheet adds up.
    public func csv(_ format: CSVText = CSVText()) -> String {
        format.render(header: columns.map(\.title), rows: rows.indices.map { r in
            columns.indices.map { c in
                switch cell(r, c) {
                case .integer(let n), .money(let n): String(n)
                case let other: other.displayText
                }
            }
        })
    }
}

extension Paper {
    /// The paper's tables as CSV: one table alone as it is; several one after another, each under a
    /// line with its caption and after an empty line, in one file with one byte-order mark.
    public func csv(_ format: CSVText = CSVText()) -> String {
        let tables = self.tables
        if tables.count == 1 { return tables[0].csv(format) }
        var plain = format
        plain.byteOrderMark = false
        var out = format.byteOrderMark ? "\u{FEFF}" : ""
        for (i, table) in tables.enumerated() {
            if i > 0 { out += "\r\n" }
            out += plain.line([table.caption ?? "Bảng \(i + 1)"])
            out += table.csv(plain)
        }
        return out
    }
}
