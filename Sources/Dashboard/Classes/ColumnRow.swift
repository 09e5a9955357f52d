/// One row of a list in columns: each cell fitted to its width and aligned, with a gap between.

import Canvas

/// A column of a pane's list: its width in cells and how its text sits.
struct ColumnSpec {
    var width: Int
    var alignment: Alignment = .left
}

enum ColumnRow {
    /// Writes `cells` in `columns` from `x` on row `y`, each cut with the context's ellipsis; a
    /// style per cell (the row's style when nil). Returns the x after the last column.
    @discardableResult
    static func draw(_ cells: [String], _ columns: [ColumnSpec], styles: [Style?] = [], style: Style, ctx: RenderContext,
                     x: Int, y: Int, clip: Rect, into buffer: inout Buffer) -> Int {
        var at = x
        for (i, column) in columns.enumerated() where column.width > 0 {
            let text = i < cells.count ? cells[i] : ""
            let cellStyle = (i < styles.count ? styles[i] : nil) ?? style
            buffer.write(text.padded(toWidth: column.width, alignment: column.alignment, ellipsis: ctx.ellipsis),
                         at: Point(x: at, y: y), style: cellStyle, clip: clip)
            at += column.width + 1
        }
        return at
    }
}

extension [ColumnSpec] {
    /// The columns widened so that none cuts its header ("Sessions" over "1/2"), the room taken
    /// from the column at `fill` (the names) as long as it keeps `least` cells; a header that
    /// finds no more room is cut.
    func fitting(_ headers: [String], fill: Int, least: Int = 16) -> [ColumnSpec] {
        var out = self
        var room = Swift.max(0, out[fill].width - least)
        for i in out.indices where i != fill && out[i].width > 0 && i < headers.count {
            let extra = Swift.min(room, Swift.max(0, headers[i].displayWidth - out[i].width))
            out[i].width += extra
            out[fill].width -= extra
            room -= extra
        }
        return out
    }
}
