/// A one-line text editor for forms and search boxes: typing, Backspace, Delete, ←/→, Home/End.

import Canvas
import VietText

/// The text being typed and the cursor in it, counted in characters (grapheme clusters), so a
/// Vietnamese letter with its marks is one step whether it came composed or not.
public struct TextInput: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// 0 ... characters.count.
    public private(set) var cursor: Int

    /// The longest text accepted, in characters.
    public static let maximumLength = 200

    public init(_ text: String = "") {
        characters = Array(VietText.nfc(text))
        cursor = characters.count
    }

    /// The text in NFC, as it is compared and written to the store.
    public var text: String { VietText.nfc(String(characters)) }

    /// The text without spaces at either end.
    public var trimmed: String {
        let t = text
        return String(t.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }

    public var isEmpty: Bool { characters.allSatisfy { $0 == " " } }

    /// Replaces the whole text; the cursor goes to its end.
    public mutating func set(_ text: String) {
        characters = Array(VietText.nfc(text))
        cursor = characters.count
    }

    /// Edits for the keys of a line editor; false for any other key (the form or pane decides).
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let c):
            guard !c.isNewline, characters.count < Self.maximumLength else { return true }
            // A combining mark typed on its own joins the letter before it (an input method's tone).
            if c.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .nonspacingMark }), cursor > 0 {
                let joined = Character(String(characters[cursor - 1]) + String(c))
                characters[cursor - 1] = Character(VietText.nfc(String(joined)))
            } else {
                characters.insert(c, at: cursor)
                cursor += 1
            }
        case .backspace:
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .control("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(characters.count, cursor + 1)
        case .home, .control("a"):
            cursor = 0
        case .end, .control("e"):
            cursor = characters.count
        default:
            return false
        }
        return true
    }

    /// Draws the text in `width` columns from `origin`, scrolled so the cursor stays in view; the
    /// cursor is a reversed cell when `showsCursor` (no hardware cursor is used).
    public func draw(at origin: Point, width: Int, style: Style, showsCursor: Bool, into buffer: inout Buffer) {
        guard width > 0 else { return }
        let area = Rect(x: origin.x, y: origin.y, width: width, height: 1)
        buffer.fill(area, with: .blank(style))
        // Scroll: the first character shown leaves room for the cursor at the right edge.
        var first = 0
        func widthBetween(_ a: Int, _ b: Int) -> Int { String(characters[a..<b]).displayWidth }
        // Without the cursor, the text is shown from its start.
        while showsCursor, first < cursor, widthBetween(first, cursor) > width - 1 { first += 1 }
        var x = origin.x
        for i in first..<characters.count {
            let w = String(characters[i]).displayWidth
            if x + max(1, w) > area.maxX { break }
            let s = showsCursor && i == cursor ? style.adding(.reverse) : style
            x = buffer.write(String(characters[i]), at: Point(x: x, y: origin.y), style: s, clip: area)
        }
        if showsCursor, cursor == characters.count, x < area.maxX {
            buffer.write(" ", at: Point(x: x, y: origin.y), style: style.adding(.reverse), clip: area)
        }
    }
}
