/// One cell of the grid.

/// A cell holds one grapheme cluster and its style. A wide character occupies its own
/// cell and the one to its right, which is marked as a continuation and holds no text.
public struct Cell: Hashable, Sendable {
    /// The grapheme cluster shown here; a space for an empty cell, "" for a continuation.
    public var character: Character?
    public var style: Style
    /// 1 for a normal cell, 2 for the left half of a wide character, 0 for its right half.
    public var width: UInt8

    public init(_ character: Character = " ", style: Style = .plain, width: UInt8 = 1) {
        self.character = character
        self.style = style
        self.width = width
    }

    /// A blank cell in `style`.
    public static func blank(_ style: Style = .plain) -> Cell { Cell(" ", style: style) }

    /// The right half of a wide character.
    public static func continuation(_ style: Style) -> Cell {
        Cell(character: nil, style: style, width: 0)
    }

    private init(character: Character?, style: Style, width: UInt8) {
        self.character = character
        self.style = style
        self.width = width
    }

    public var isContinuation: Bool { width == 0 }
}
