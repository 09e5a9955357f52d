/// A horizontal bar showing a fraction, in eighths of a cell (or whole `#` cells in ASCII).

/// A bar filling `fraction` of its width from the left, on every row of its rectangle.
///
/// The fraction is clamped to 0…1 (NaN counts as 0) and rounded to the nearest eighth of a
/// cell: at width 10, 0.5 is five full cells and 0.05 is "▌". The partial cell is drawn in
/// the filled style over the empty style's background. In ASCII the bar rounds to whole
/// cells of `#` and the empty part is `asciiEmpty`.
public struct Bar: Hashable, Sendable {
    public var fraction: Double
    public var style: Style
    public var emptyStyle: Style
    /// The character of the empty part, such as " " or "░" (one column wide).
    public var empty: Character
    public var ascii: Bool
    /// The character of the empty part in ASCII, such as "-" or ".".
    public var asciiEmpty: Character

    public init(
        fraction: Double, style: Style = .plain, emptyStyle: Style = .plain,
        empty: Character = " ", ascii: Bool = false, asciiEmpty: Character = "-"
    ) {
        self.fraction = fraction
        self.style = style
        self.emptyStyle = emptyStyle
        self.empty = empty
        self.ascii = ascii
        self.asciiEmpty = asciiEmpty
    }

    /// Left blocks of one to eight eighths: "▏" … "█".
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

    /// The fraction made safe: NaN is 0, and the result is within 0…1.
    var clamped: Double { fraction.isNaN ? 0 : min(1, max(0, fraction)) }

    /// Full cells and the eighths of the partial cell after them (0…7), at `width` cells.
    public func filled(width: Int) -> (full: Int, eighths: Int) {
        guard width > 0 else { return (0, 0) }
        if ascii {
            return (Int((clamped * Double(width)).rounded()), 0)
        }
        let total = Int((clamped * Double(width * 8)).rounded())
        return (total / 8, total % 8)
    }

    /// The bar as text, exactly `width` columns.
    public func line(width: Int) -> String {
        guard width > 0 else { return "" }
        let (full, part) = filled(width: width)
        let fullChar: Character = ascii ? "#" : "█"
        var s = String(repeating: fullChar, count: full)
        if part > 0 { s.append(Bar.eighths[part - 1]) }
        let rest = width - full - (part > 0 ? 1 : 0)
        s += String(repeating: ascii ? asciiEmpty : empty, count: max(0, rest))
        return s
    }

    /// Draws the bar on every row of `rect`, clipped to it and the buffer.
    public func render(in rect: Rect, into buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        let (full, part) = filled(width: rect.width)
        let text = line(width: rect.width)
        for y in rect.y..<rect.maxY {
            for (i, ch) in text.enumerated() {
                let s = i < full ? style : (i == full && part > 0 ? style.over(emptyStyle) : emptyStyle)
                buffer.set(Cell(ch, style: s), x: rect.x + i, y: y)
            }
        }
    }
}
