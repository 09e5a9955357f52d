/// A fixed-size grid of cells that widgets draw into and the terminal presents.

/// Writes are clipped to the buffer (and to an optional clip rectangle); a wide character
/// takes two cells, the right one marked as a continuation; a combining mark never takes
/// a cell of its own; control characters are shown as a visible replacement, never raw.
public struct Buffer: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size, fill: Cell = .blank()) {
        self.size = size
        self.cells = Array(repeating: fill, count: size.width * size.height)
    }

    public var bounds: Rect { Rect(size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
    }

    /// Puts one cell, keeping wide characters whole: overwriting either half of a wide
    /// character blanks the other half.
    public mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
        let i = y * size.width + x
        let old = cells[i]
        if old.width == 2, x + 1 < size.width {
            cells[i + 1] = .blank(cells[i + 1].style)
        }
        if old.isContinuation, x > 0 {
            cells[i - 1] = .blank(cells[i - 1].style)
        }
        cells[i] = cell
    }

    /// Fills `rect` (clipped) with `cell`, which must be one column wide.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank()) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { set(cell, x: x, y: y) }
        }
    }

    /// Writes `text` from `point` in `style`, clipped to `clip` and the buffer, and returns
    /// the column just after the last cell written. Text never wraps.
    @discardableResult
    public mutating func write(_ text: String, at point: Point, style: Style = .plain, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        var x = point.x
        let y = point.y
        guard y >= area.y, y < area.maxY else { return x + DisplayWidth.of(text) }
        for ch in text {
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }  // An orphan combining mark or a zero-width character.
            if x + w > area.maxX {
                // A wide character cut by the right edge: its visible half is blank, like the left.
                if x >= area.x, x < area.maxX { set(.blank(style), x: x, y: y) }
                x += w
                break
            }
            if x >= area.x {
                let shown = Buffer.visible(ch)
                set(Cell(shown, style: style, width: UInt8(w)), x: x, y: y)
                if w == 2 { set(.continuation(style), x: x + 1, y: y) }
            } else if x + w > area.x {
                // A wide character cut by the left edge: show the visible half as blank.
                set(.blank(style), x: area.x, y: y)
            }
            x += w
        }
        return x
    }

    /// The character actually drawn for `ch`: control characters become visible.
    static func visible(_ ch: Character) -> Character {
        guard let first = ch.unicodeScalars.first else { return " " }
        let v = first.value
        if v == 0x09 || v == 0x0A || v == 0x0D { return " " }
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return "\u{FFFD}" }
        return ch
    }

    /// Applies `transform` to the style of every cell in `rect`.
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX {
                cells[y * size.width + x].style = transform(cells[y * size.width + x].style)
            }
        }
    }
}
