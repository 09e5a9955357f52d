/// Turns what `wget_wch` returns into a `Key`: pure, so tests need no terminal.

import CNcurses
import Canvas

enum KeyMapping {
    /// The key for a key code (`wget_wch` returned `KEY_CODE_YES`), nil for keys the
    /// program does not use.
    static func key(code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_RESIZE: return .resize
        default:
            let f = code - hoctap_key_f(0)
            return (1...12).contains(f) ? .function(Int(f)) : nil
        }
    }

    /// The key for a character value (`wget_wch` returned `OK`), nil for values that are
    /// neither a key the program uses nor a printable character.
    static func key(character value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        default:
            guard let scalar = Unicode.Scalar(value), isPrintable(scalar) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// Whether `scalar` may be shown: not a C0 or C1 control.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v >= 0x20 && !(0x7F..<0xA0).contains(v)
    }

    /// Whether `next` continues the grapheme cluster `sofar` (a combining mark after its
    /// base letter, a joiner, a variation selector…) rather than starting a new one.
    static func extends(_ sofar: String, with next: Unicode.Scalar) -> Bool {
        guard isPrintable(next) else { return false }
        var joined = sofar
        joined.unicodeScalars.append(next)
        return joined.count == sofar.count
    }
}
