/// A buffer read back as plain text: what a person would see, one line per row.

extension Buffer {
    /// Row `y` as text; a wide character appears once, its continuation cell adds nothing.
    public func line(_ y: Int) -> String {
        var s = ""
        s.reserveCapacity(size.width)
        for x in 0..<size.width {
            let c = self[x, y]
            if let ch = c.character { s.append(ch) }
        }
        return s
    }

    /// All rows as text, in order.
    public var lines: [String] { (0..<size.height).map(line) }

    /// All rows joined with newlines, with a final newline.
    public var text: String { lines.map { $0 + "\n" }.joined() }

    /// One letter per cell, chosen by `letter` from the cell's style; a wide character's
    /// continuation repeats nothing, so the layer lines up with `lines` column for column.
    public func styleLayer(_ letter: (Style) -> Character) -> [String] {
        (0..<size.height).map { y in
            var s = ""
            for x in 0..<size.width where !self[x, y].isContinuation {
                s.append(letter(self[x, y].style))
                if self[x, y].width == 2 { s.append(letter(self[x, y].style)) }
            }
            return s
        }
    }
}
