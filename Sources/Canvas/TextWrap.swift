/// Word wrapping by display width, for themes, help text and other prose in panes.

extension String {
    /// This text broken into lines of at most `width` columns.
    ///
    /// Lines break at spaces and tabs (a no-break space holds its words together); runs of
    /// spaces collapse to one and no line starts or ends with one. A word longer than the
    /// width is hard-broken between grapheme clusters; a character wider than the whole width
    /// becomes "…". Newlines start a new line and an empty paragraph gives an empty line, so
    /// "" gives [""]. Width 0 or less gives [].
    public func wrapped(toWidth width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lines += Self.wrap(paragraph, width: width)
        }
        return lines
    }

    private static func wrap(_ paragraph: Substring, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        let words = paragraph.split(whereSeparator: { $0 == " " || $0 == "\t" })
        for word in words {
            let w = DisplayWidth.of(String(word))
            if lineWidth > 0, lineWidth + 1 + w <= width {
                line += " " + word
                lineWidth += 1 + w
                continue
            }
            if lineWidth > 0 { lines.append(line) }
            if w <= width {
                line = String(word)
                lineWidth = w
                continue
            }
            // Hard-break a word longer than the line.
            let pieces = hardBreak(word, width: width)
            lines += pieces.dropLast()
            line = pieces.last ?? ""
            lineWidth = line.displayWidth
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Pieces of `word` of at most `width` columns each, the last possibly shorter.
    private static func hardBreak(_ word: Substring, width: Int) -> [String] {
        var pieces: [String] = []
        var piece = ""
        var used = 0
        for ch in word {
            var c = String(ch)
            var w = DisplayWidth.of(ch)
            if w > width { (c, w) = ("…", 1) }
            if used + w > width {
                pieces.append(piece)
                (piece, used) = ("", 0)
            }
            piece += c
            used += w
        }
        if !piece.isEmpty { pieces.append(piece) }
        return pieces
    }
}
