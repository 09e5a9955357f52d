/// Big numerals for the hall: headline figures such as "2.700" and "68,6%", readable from the back.

/// Big numerals in block characters, three or five rows tall, with an ASCII fallback.
///
/// Knows 0–9, "." (the Vietnamese thousands separator), "," (the decimal comma), "%", "/",
/// "-", ":" and space. Digits, "%", "/", "-" and space share one width per font (3 columns
/// at three rows, 6 at five) so figures line up; ".", "," and ":" are narrow. Glyphs are
/// separated by one blank column. Any other character draws as a blank of digit width.
/// The ASCII fonts have the same widths: seven-segment `_|` at three rows, `#` at five.
public enum BigDigits {
    /// The height of the font in rows.
    public enum Height: Int, CaseIterable, Hashable, Sendable {
        case three = 3
        case five = 5

        public var rows: Int { rawValue }
    }

    /// The rows of one glyph, all of the same display width.
    public static func glyph(_ c: Character, height: Height, ascii: Bool = false) -> [String] {
        rows(c, Font(height, ascii: ascii))
    }

    /// Columns that `text` takes in big digits: the glyphs plus one gap between neighbours.
    public static func width(of text: String, height: Height, ascii: Bool = false) -> Int {
        let font = Font(height, ascii: ascii)
        var total = 0
        for c in text { total += rows(c, font)[0].displayWidth + 1 }
        return max(0, total - 1)
    }

    /// `text` in big digits as `height.rows` lines of equal display width.
    public static func lines(_ text: String, height: Height, ascii: Bool = false) -> [String] {
        let font = Font(height, ascii: ascii)
        var out = Array(repeating: "", count: height.rows)
        for (i, c) in text.enumerated() {
            let glyph = rows(c, font)
            for r in out.indices { out[r] += (i > 0 ? " " : "") + glyph[r] }
        }
        return out
    }

    /// The tallest height at which `text` fits in `width` columns and `rows` rows, if any.
    public static func height(fitting text: String, width: Int, rows: Int = .max, ascii: Bool = false) -> Height? {
        Height.allCases.reversed().first { h in
            h.rows <= rows && Self.width(of: text, height: h, ascii: ascii) <= width
        }
    }

    /// Draws `text` with its top left at `point`, blanks included (so the style's background
    /// shows evenly), clipped to `clip` and the buffer. Returns the width drawn.
    @discardableResult
    public static func draw(
        _ text: String, at point: Point, height: Height, style: Style = .plain,
        ascii: Bool = false, clip: Rect? = nil, into buffer: inout Buffer
    ) -> Int {
        let rows = lines(text, height: height, ascii: ascii)
        for (r, row) in rows.enumerated() {
            buffer.write(row, at: Point(x: point.x, y: point.y + r), style: style, clip: clip)
        }
        return rows.first?.displayWidth ?? 0
    }

    /// Draws `text` in the top rows of `rect`, placed across it by `alignment` and clipped to
    /// it. Text wider than the rectangle starts at its left edge and loses its right end.
    public static func draw(
        _ text: String, in rect: Rect, height: Height, style: Style = .plain,
        alignment: Alignment = .left, ascii: Bool = false, into buffer: inout Buffer
    ) {
        let spare = max(0, rect.width - width(of: text, height: height, ascii: ascii))
        let dx: Int
        switch alignment {
        case .left: dx = 0
        case .right: dx = spare
        case .center: dx = spare / 2
        }
        draw(text, at: Point(x: rect.x + dx, y: rect.y), height: height, style: style,
             ascii: ascii, clip: rect, into: &buffer)
    }
}
