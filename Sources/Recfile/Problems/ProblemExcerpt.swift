/// The line a problem is on, as the clerk wrote it, with a caret under the offending value.

/// An excerpt of one line and where the caret goes, in display columns (one per grapheme cluster,
/// so a decomposed `Hòa` takes the same room as a precomposed one; a tab is shown as one space).
public struct ProblemExcerpt: Hashable, Sendable {
    /// The line as shown: tabs as spaces, control characters as U+FFFD, cut with "…" if long.
    public var text: String
    /// The caret's column in `text`, from 0.
    public var column: Int
    /// How many columns the value takes (at least 1): the caret and tildes under it.
    public var width: Int

    /// Lines longer than this many columns are cut around the caret.
    package static let maxColumns = 100

    public init(text: String, column: Int, width: Int) {
        self.text = text
        self.column = max(0, column)
        self.width = max(1, width)
    }

    /// Spaces up to the column, then `^` and a `~` under each further column of the value.
    public var caretLine: String {
        String(repeating: " ", count: column) + "^" + String(repeating: "~", count: width - 1)
    }

    /// Builds the excerpt of `line` (the raw text), with the caret from `column` over `width` clusters.
    /// Long lines keep a window of `maxColumns` around the caret, marked with "…" where cut.
    package init(line: String, column: Int, width: Int) {
        let shown = String(String.UnicodeScalarView(line.unicodeScalars.map(Self.visible)))
        let count = shown.count
        guard count > Self.maxColumns else {
            self.init(text: shown, column: column, width: width)
            return
        }
        let chars = Array(shown)
        let span = min(max(1, width), Self.maxColumns / 2)
        var start = max(0, min(column - 10, count - Self.maxColumns))
        if column + span <= Self.maxColumns { start = 0 }
        let end = min(count, start + Self.maxColumns)
        let head = start > 0 ? "…" : ""
        let tail = end < count ? "…" : ""
        let text = head + String(chars[start..<end]) + tail
        self.init(text: text, column: column - start + head.count, width: min(span, end - column))
    }

    /// Tabs become spaces and other control characters U+FFFD, so each keeps one column on a terminal.
    private static func visible(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s == "\t" { return " " }
        if s.value < 0x20 || s.value == 0x7F { return "\u{FFFD}" }
        return s
    }
}
