/// Column widths of a sheet, in characters, from its titles and contents.

/// Sizes columns by what they hold, as a clerk would drag them: the longest cell, the header's
/// longest word (headers wrap), a signature column's room, within 6 to 50 characters.
enum SheetLayout {
    static func widths(_ table: DataTable) -> [Int] {
        table.columns.indices.map { c in
            let column = table.columns[c]
            var widest = column.title.split(separator: " ").map { TextWidth.of(String($0)) }.max() ?? 0
            for r in table.rows.indices { widest = max(widest, TextWidth.of(table.cell(r, c).displayText)) }
            if let totals = table.totalsCells, c != 0 || table.totalsLabelSpan <= 1 {
                widest = max(widest, TextWidth.of(totals[c].displayText))
            }
            widest = max(widest, column.width ?? 0)
            return min(max(widest + 2, 6), 50)
        }
    }
}
