/// A sheet as plain text: its titles centred over its table, in display columns, on one long page.

extension Sheet {
    /// The sheet as monospaced text: titles centred over the table, the table within 80 columns
    /// upright or 100 on its side, long cells wrapped; no page breaks (a sheet prints from Excel).
    public var plainText: String {
        let table = TextTable(self.table, width: TextPage(printedOrientation).columns)
        let width = table.totalWidth
        var lines = titles.flatMap { title in
            TextWidth.wrap(title, width: width).map { TextWidth.pad($0, width, .center).trimmingTrailingSpaces() }
        }
        if !lines.isEmpty { lines.append("") }
        lines += table.pieces.flatMap(\.lines)
        return lines.joined(separator: "\n") + "\n"
    }
}
