/// A key press as the program sees it, independent of how the terminal encoded it.

public enum Key: Hashable, Sendable, CustomStringConvertible {
    case up, down, left, right
    case tab, backTab
    case enter, escape, backspace, delete, insert
    case pageUp, pageDown, home, end
    /// F1 … F12.
    case function(Int)
    /// A printable character, Vietnamese from an input method included.
    case character(Character)
    /// Ctrl plus a letter, as the lowercase letter (Ctrl-L is `.control("l")`).
    case control(Character)
    /// The terminal changed size.
    case resize

    public var description: String {
        switch self {
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .insert: "Insert"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .function(let n): "F\(n)"
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-\(c.uppercased())"
        case .resize: "resize"
        }
    }
}
