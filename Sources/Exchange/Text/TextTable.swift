/// A table drawn in box-drawing characters within a page width, long cells wrapped, for text papers.

/// A `DataTable` laid out in text: columns sized to their contents and shrunk to fit the width,
/// each part kept apart so that a page break can close the table and repeat its header.
struct TextTable {
    let table: DataTable
    let widths: [Int]

    init(_ table: DataTable, width: Int) {
        self.table = table
        self.widths = Self.widths(table, within: width - 3 * table.columns.count - 1)
    }

    // MARK: - The parts

    var top: String { border("┌", "┬", "┐") }
    var headerSeparator: String { border("├", "┼", "┤") }
    /// The rule under the last row, or under the totals, where the label's span has no joints.
    var bottom: String { border("└", "┴", "┘", inSpan: table.totals == nil ? nil : "─") }
    /// The rule above the totals row: the columns under the label's span end there.
    var totalsSeparator: String { border("├", "┼", "┤", inSpan: "┴") }

    /// The title row's lines, titles centred.
    var headerLines: [String] {
        lines(of: table.columns.indices.map { c in (table.columns[c].title, widths[c], CellAlignment.center) })
    }

    /// The lines of each row, in order.
    var rowBlocks: [[String]] {
        table.rows.indices.map { r in
            lines(of: table.columns.indices.map { c in
                (table.cell(r, c).displayText, widths[c], table.columns[c].kind.alignment)
            })
        }
    }

    /// The totals row's lines (the label centred across its span), or nil.
    var totalsLines: [String]? {
        guard let cells = table.totalsCells else { return nil }
        let span = table.totalsLabelSpan
        var segments: [(String, Int, CellAlignment)] = []
        if span > 0 {
            let width = widths[0..<span].reduce(0, +) + 3 * (span - 1)
            segments.append((table.totals?.label ?? "", width, .center))
        }
        for c in span..<table.columns.count {
            segments.append((cells[c].displayText, widths[c], table.columns[c].kind.alignment))
        }
        return lines(of: segments)
    }

    /// The header as repeated at the top of a page: top rule, titles, rule.
    var head: [String] { [top] + headerLines + [headerSeparator] }

    /// The whole width of the table in columns.
    var totalWidth: Int { widths.reduce(0, +) + 3 * widths.count + 1 }

    // MARK: - Drawing

    private func lines(of segments: [(text: String, width: Int, alignment: CellAlignment)]) -> [String] {
        let wrapped = segments.map { TextWidth.wrap($0.text, width: $0.width) }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { line in
            "│ " + segments.indices.map { i in
                TextWidth.pad(line < wrapped[i].count ? wrapped[i][line] : "", segments[i].width, segments[i].alignment)
            }.joined(separator: " │ ") + " │"
        }
    }

    /// A rule; `inSpan`, when given, is the joint between two columns under the totals label.
    private func border(_ left: String, _ joint: String, _ right: String, inSpan: String? = nil) -> String {
        let span = inSpan == nil ? 0 : table.totalsLabelSpan
        var out = left
        for c in widths.indices {
            out += String(repeating: "─", count: widths[c] + 2)
            if c < widths.count - 1 { out += c + 1 < span ? inSpan ?? joint : joint }
        }
        return out + right
    }

    // MARK: - Widths

    /// Natural widths (the widest cell, the title, a signature's room), then the widest columns that
    /// may wrap are narrowed one column at a time until the table fits: first down to their longest
    /// word (a signature column to 10), then further (words broken) down to four. Numbers and dates
    /// never wrap, but their titles may.
    static func widths(_ table: DataTable, within room: Int) -> [Int] {
        let count = table.columns.count
        var natural = [Int](repeating: 1, count: count), least = natural
        let totals = table.totalsCells
        for c in 0..<count {
            let column = table.columns[c]
            var cells = table.rows.indices.map { table.cell($0, c).displayText }
            if let totals, c >= table.totalsLabelSpan { cells.append(totals[c].displayText) }
            let widest = cells.map(TextWidth.of).max() ?? 0
            natural[c] = max(widest, TextWidth.of(column.title), column.width ?? 0, 1)
            let word = max(TextWidth.longestWord(column.title), cells.map(TextWidth.longestWord).max() ?? 0)
            switch column.kind {
            case .text: least[c] = min(natural[c], max(word, 4))
            case .signature: least[c] = min(natural[c], max(word, min(column.width ?? 0, 10), 4))
            default: least[c] = max(widest, TextWidth.longestWord(column.title), 1)
            }
        }
        var widths = natural
        func narrow(down floors: [Int]) {
            while widths.reduce(0, +) > room {
                guard let c = widths.indices.filter({ widths[$0] > floors[$0] }).max(by: { widths[$0] < widths[$1] }) else { return }
                widths[c] -= 1
            }
        }
        narrow(down: least)
        narrow(down: (0..<count).map { table.columns[$0].kind == .text || table.columns[$0].kind == .signature ? min(least[$0], 4) : natural[$0] })
        return widths
    }
}

extension TextTable {
    /// The rule that closes the table where a page cuts it.
    var cut: String {
        "└" + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: "┴") + "┘"
    }

    /// The table as pieces for pagination: the header with the first row, each row, the last row with
    /// the totals and the bottom rule.
    var pieces: [TextPiece] {
        var blocks = rowBlocks
        let closing = (totalsLines.map { [totalsSeparator] + $0 } ?? []) + [bottom]
        if blocks.isEmpty { blocks = [[]] }
        blocks[0] = head + blocks[0]
        blocks[blocks.count - 1] += closing
        return blocks.indices.map { i in
            TextPiece(lines: blocks[i], table: self, closesTable: i == blocks.count - 1)
        }
    }
}
