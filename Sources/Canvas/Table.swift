/// A table of text: a header row, columns sized by display width, a selected row, scrolling.

/// One column of a `Table`: its title, how wide it is and how its cells are aligned.
public struct TableColumn: Hashable, Sendable {
    /// How a column's width is chosen.
    public enum Width: Hashable, Sendable {
        /// Exactly this many columns.
        case fixed(Int)
        /// As wide as the widest cell or the title, by display width, kept within min…max.
        case auto(min: Int = 0, max: Int = .max)
        /// An equal share of what the other columns leave.
        case fill
    }

    public var title: String
    public var width: Width
    public var alignment: Alignment

    public init(title: String, width: Width = .auto(), alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// Rows of plain strings under a header, one column gap apart, cells truncated with "…".
///
/// Widths are display widths, so decomposed Vietnamese and CJK line up. When more rows exist
/// than fit, the table scrolls from `offset` just enough to keep the selected row visible;
/// `firstVisibleRow(visibleRows:)` (also returned by `render`) is the offset to keep for the
/// next frame. Missing cells are blank and extra cells are ignored.
public struct Table: Hashable, Sendable {
    public var columns: [TableColumn]
    public var rows: [[String]]
    /// The selected row's index in `rows`, drawn in `selectedStyle` across the whole width.
    public var selected: Int?
    /// The first row shown last time (or wished for); adjusted to keep `selected` visible.
    public var offset: Int
    public var showsHeader: Bool
    public var headerStyle: Style
    public var rowStyle: Style
    public var selectedStyle: Style
    /// Blank columns between neighbouring columns.
    public var columnGap: Int
    /// Put where a cell is cut ("…", or "~" for `--ascii`).
    public var ellipsis: String

    public init(
        columns: [TableColumn], rows: [[String]], selected: Int? = nil, offset: Int = 0,
        showsHeader: Bool = true, headerStyle: Style = .plain, rowStyle: Style = .plain,
        selectedStyle: Style = Style(attributes: .reverse), columnGap: Int = 1, ellipsis: String = "…"
    ) {
        self.columns = columns
        self.rows = rows
        self.selected = selected
        self.offset = offset
        self.showsHeader = showsHeader
        self.headerStyle = headerStyle
        self.rowStyle = rowStyle
        self.selectedStyle = selectedStyle
        self.columnGap = columnGap
        self.ellipsis = ellipsis
    }

    /// The text of row `row`, column `column`, or "" when the row is short.
    func cell(_ row: Int, _ column: Int) -> String {
        column < rows[row].count ? rows[row][column] : ""
    }

    /// Each column's width at `width` columns in all, gaps included. Auto widths look at every
    /// row, not only the visible ones, so columns do not jump while scrolling. When the total
    /// is short, the columns on the right shrink first, down to zero.
    public func columnWidths(width: Int) -> [Int] {
        columnRects(in: Rect(x: 0, y: 0, width: width, height: 1)).map(\.width)
    }

    func columnRects(in row: Rect) -> [Rect] {
        let constraints = columns.indices.map { c -> Constraint in
            switch columns[c].width {
            case .fixed(let n):
                return .fixed(n)
            case .auto(let lo, let hi):
                var widest = columns[c].title.displayWidth
                for r in rows.indices { widest = max(widest, cell(r, c).displayWidth) }
                return .fixed(min(max(widest, lo), max(lo, hi)))
            case .fill:
                return .fill()
            }
        }
        return Layout.split(row, .horizontal, constraints, spacing: columnGap)
    }

    /// Rows of data that fit in `rect` under the header.
    public func visibleRows(in rect: Rect) -> Int {
        max(0, rect.height - (showsHeader ? 1 : 0))
    }

    /// The first row to show when `visibleRows` rows fit: `offset`, moved just enough to show
    /// the selected row, and never so far down that rows that could be shown are left out.
    public func firstVisibleRow(visibleRows: Int) -> Int {
        guard !rows.isEmpty else { return 0 }
        let n = max(1, visibleRows)
        var first = max(0, offset)
        if let s = selected.map({ min(max(0, $0), rows.count - 1) }) {
            if s < first { first = s }
            if s >= first + n { first = s - n + 1 }
        }
        return max(0, min(first, rows.count - n))
    }

    /// Draws the table into `rect` (clipped to it) and returns the first visible row.
    @discardableResult
    public func render(in rect: Rect, into buffer: inout Buffer) -> Int {
        let visible = visibleRows(in: rect)
        let first = firstVisibleRow(visibleRows: visible)
        guard !rect.isEmpty else { return first }
        let columnRects = columnRects(in: rect.row(0))
        var y = rect.y
        if showsHeader {
            let titles = columns.map(\.title)
            draw(titles, y: y, style: headerStyle, columnRects, in: rect, into: &buffer)
            y += 1
        }
        for i in 0..<visible {
            let r = first + i
            guard r < rows.count else {
                buffer.fill(rect.row(y - rect.y + i), with: .blank(rowStyle))
                continue
            }
            let style = r == selected ? selectedStyle : rowStyle
            let texts = columns.indices.map { cell(r, $0) }
            draw(texts, y: y + i, style: style, columnRects, in: rect, into: &buffer)
        }
        return first
    }

    /// One row across the whole width: blanks in `style`, then each cell padded in its column.
    private func draw(
        _ texts: [String], y: Int, style: Style, _ columnRects: [Rect], in rect: Rect,
        into buffer: inout Buffer
    ) {
        buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), with: .blank(style))
        for (c, column) in columnRects.enumerated() where column.width > 0 {
            let cellRect = Rect(x: column.x, y: y, width: column.width, height: 1)
            let text = texts[c].padded(toWidth: column.width, alignment: columns[c].alignment, ellipsis: ellipsis)
            buffer.write(text, at: Point(x: column.x, y: y), style: style, clip: cellRect.intersection(rect))
        }
    }
}
