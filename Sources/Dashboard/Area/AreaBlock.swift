/// One table of the area view with its total row, and whether it scrolls when the screen is short.

import Canvas

/// A table whose last row (the total) stays in view: drawn under the rows, in the same columns.
struct AreaBlock {
    var table: Table
    var total: [String]
    /// The awards' list by ward and branch: it takes the height the others leave and scrolls.
    var scrolls = false
    /// Text drawn over a row's empty figures, right-aligned ("không đọc được" for a member that
    /// could not be read), by row index; not counted in the columns' widths.
    var notes: [Int: String] = [:]

    /// Header, rows and total.
    var naturalHeight: Int { table.rows.count + 2 }

    /// Draws the block in `rect`, the rows from `offset`; returns the first row shown.
    @discardableResult
    func render(in rect: Rect, offset: Int, into buffer: inout Buffer, totalStyle: Style) -> Int {
        guard rect.height >= 2 else { return 0 }
        var list = table
        list.offset = offset
        let first = list.render(in: Rect(x: rect.x, y: rect.y, width: rect.width, height: rect.height - 1), into: &buffer)
        let nameWidth = table.columnWidths(width: rect.width).first ?? 0
        for (row, note) in notes where row >= first && row - first < rect.height - 2 {
            // Over the empty figures, right-aligned; never over the name as far as it is shown.
            let name = min(nameWidth, DisplayWidth.of(table.rows[row].first ?? ""))
            let start = max(rect.x + name + 1, rect.maxX - DisplayWidth.of(note))
            _ = buffer.write(note, at: Point(x: start, y: rect.y + 1 + row - first), style: table.rowStyle,
                             clip: Rect(x: start, y: rect.y + 1 + row - first, width: rect.maxX - start, height: 1))
        }
        var sum = table
        sum.rows = [total]
        sum.showsHeader = false
        sum.rowStyle = totalStyle
        sum.render(in: Rect(x: rect.x, y: rect.y + rect.height - 1, width: rect.width, height: 1), into: &buffer)
        return first
    }

    /// The table's columns: the first fills, the others as wide as their widest cell, the total
    /// included, so that the total row lines up with the rows above it.
    static func columns(_ titles: [String], rows: [[String]], total: [String]) -> [TableColumn] {
        titles.indices.map { c in
            guard c > 0 else { return TableColumn(title: titles[c], width: .fill) }
            let widest = ([titles[c]] + (rows + [total]).map { c < $0.count ? $0[c] : "" }).map(\.displayWidth).max() ?? 0
            return TableColumn(title: titles[c], width: .fixed(widest), alignment: .right)
        }
    }
}
