/// A bordered box with an optional title on its top border.

/// The eight characters of a border.
public struct Border: Hashable, Sendable {
    public var topLeft, top, topRight, left, right, bottomLeft, bottom, bottomRight: Character

    public init(
        topLeft: Character, top: Character, topRight: Character, left: Character, right: Character,
        bottomLeft: Character, bottom: Character, bottomRight: Character
    ) {
        (self.topLeft, self.top, self.topRight) = (topLeft, top, topRight)
        (self.left, self.right) = (left, right)
        (self.bottomLeft, self.bottom, self.bottomRight) = (bottomLeft, bottom, bottomRight)
    }

    /// A border from six characters: corners, a horizontal and a vertical line.
    init(_ tl: Character, _ h: Character, _ tr: Character, _ v: Character, _ bl: Character, _ br: Character) {
        self.init(topLeft: tl, top: h, topRight: tr, left: v, right: v, bottomLeft: bl, bottom: h, bottomRight: br)
    }

    /// ┌─┐ │ └─┘
    public static let single = Border("┌", "─", "┐", "│", "└", "┘")
    /// ╭─╮ │ ╰─╯
    public static let rounded = Border("╭", "─", "╮", "│", "╰", "╯")
    /// ╔═╗ ║ ╚═╝
    public static let double = Border("╔", "═", "╗", "║", "╚", "╝")
    /// ┏━┓ ┃ ┗━┛
    public static let heavy = Border("┏", "━", "┓", "┃", "┗", "┛")
    /// +-+ | +-+, for `--ascii`.
    public static let ascii = Border("+", "-", "+", "|", "+", "+")
}

/// A border around a rectangle, with an optional title drawn as " Title " on the top border,
/// left-aligned just after the corner and truncated with "…" to fit.
///
/// Draws only inside the rectangle it is given (and the buffer). A box smaller than 2×2
/// draws nothing.
public struct Box: Hashable, Sendable {
    public var title: String?
    public var border: Border
    public var borderStyle: Style
    public var titleStyle: Style
    /// When set, the inside is cleared to blanks in this style before anything else is drawn.
    public var fill: Style?
    /// Put where the title is cut ("…", or "~" for `--ascii`).
    public var ellipsis: String

    public init(
        title: String? = nil, border: Border = .single, borderStyle: Style = .plain,
        titleStyle: Style = .plain, fill: Style? = nil, ellipsis: String = "…"
    ) {
        self.title = title
        self.border = border
        self.borderStyle = borderStyle
        self.titleStyle = titleStyle
        self.fill = fill
        self.ellipsis = ellipsis
    }

    /// The part of `rect` inside the border: one cell in from every side.
    public static func inner(_ rect: Rect) -> Rect { rect.inset(by: 1) }

    /// Draws the box into `buffer` and returns its inside.
    @discardableResult
    public func render(in rect: Rect, into buffer: inout Buffer) -> Rect {
        let inside = Box.inner(rect)
        guard rect.width >= 2, rect.height >= 2 else { return inside }
        if let fill { buffer.fill(inside, with: .blank(fill)) }
        let (x0, y0, x1, y1) = (rect.x, rect.y, rect.maxX - 1, rect.maxY - 1)
        for x in (x0 + 1)..<x1 {
            buffer.set(Cell(border.top, style: borderStyle), x: x, y: y0)
            buffer.set(Cell(border.bottom, style: borderStyle), x: x, y: y1)
        }
        for y in (y0 + 1)..<y1 {
            buffer.set(Cell(border.left, style: borderStyle), x: x0, y: y)
            buffer.set(Cell(border.right, style: borderStyle), x: x1, y: y)
        }
        buffer.set(Cell(border.topLeft, style: borderStyle), x: x0, y: y0)
        buffer.set(Cell(border.topRight, style: borderStyle), x: x1, y: y0)
        buffer.set(Cell(border.bottomLeft, style: borderStyle), x: x0, y: y1)
        buffer.set(Cell(border.bottomRight, style: borderStyle), x: x1, y: y1)
        if let label = titleLabel(width: rect.width) {
            buffer.write(label, at: Point(x: x0 + 1, y: y0), style: titleStyle, clip: rect.inset(left: 1, right: 1))
        }
        return inside
    }

    /// " Title " fitted between the corners of a box `width` wide, or nil when no title fits.
    func titleLabel(width: Int) -> String? {
        guard let title, !title.isEmpty else { return nil }
        let room = width - 4  // Two corners and a space either side.
        guard room >= 1 else { return nil }
        return " " + title.truncated(toWidth: room, ellipsis: ellipsis) + " "
    }
}
