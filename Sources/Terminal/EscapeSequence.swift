/// The keys of the common terminals' escape sequences, read after an Esc that curses did not match.

import Canvas

/// When `TERM` names another terminal than the one in front of the clerk (`TERM=linux` inside
/// tmux, an rxvt profile in an xterm), curses does not know the key's sequence and hands over Esc,
/// then its bytes one by one: F2's `ESC O Q` became Esc, `O` and `Q` — and `Q` quit the show. The
/// bytes that arrive with the Esc are fed here one at a time; a sequence of the common terminals
/// (xterm, screen/tmux, the Linux console, rxvt, vt220) becomes its key, any other sequence is
/// read to its end and dropped, so a key the program does not know does nothing.
struct EscapeSequence {
    /// What feeding one more character gave.
    enum Step: Equatable {
        /// The sequence goes on.
        case more
        /// The sequence ended: its key, or nil for one the program does not use.
        case done(Key?)
    }

    private enum State { case start, ss3, csi, linux }
    private var state = State.start
    private var parameters = ""

    /// Takes the next character after the Esc.
    mutating func feed(_ c: Character) -> Step {
        switch state {
        case .start:
            switch c {
            case "O": state = .ss3; return .more
            case "[": state = .csi; return .more
            case "\t": return .done(.backTab) // the Linux console's Shift-Tab
            default: return .done(nil) // Alt plus a key: not used
            }
        case .ss3:
            // xterm's application keypad; a modifier may come first (`ESC O 2 P`, Shift-F1).
            if c.isASCII, c.isNumber || c == ";" { return .more }
            return .done(Self.final(c))
        case .linux:
            // The Linux console's F1–F5: ESC [ [ A … E.
            guard let v = c.asciiValue, (UInt8(ascii: "A")...UInt8(ascii: "E")).contains(v) else { return .done(nil) }
            return .done(.function(Int(v - UInt8(ascii: "A")) + 1))
        case .csi:
            if c == "[", parameters.isEmpty { state = .linux; return .more }
            guard let v = c.asciiValue else { return .done(nil) }
            switch v {
            case 0x30...0x3F, 0x20...0x2F:
                parameters.append(c)
                return parameters.count > 16 ? .done(nil) : .more
            case 0x40...0x7E:
                return .done(Self.csi(parameters, final: c))
            default:
                return .done(nil)
            }
        }
    }

    /// The key of a sequence that ended before its final character (or of a lone Esc).
    var unfinished: Key? { isAtStart ? .escape : nil }

    /// Nothing after the Esc has been fed yet.
    var isAtStart: Bool { state == .start }

    /// The key a final character names on its own: arrows, Home, End, F1–F4, keypad Enter, Shift-Tab.
    private static func final(_ c: Character) -> Key? {
        switch c {
        case "A": .up
        case "B": .down
        case "C": .right
        case "D": .left
        case "H": .home
        case "F": .end
        case "P": .function(1)
        case "Q": .function(2)
        case "R": .function(3)
        case "S": .function(4)
        case "M": .enter
        case "Z": .backTab
        default: nil
        }
    }

    /// `ESC [ params final`: `~` (and rxvt's `^ $ @` with Ctrl or Shift) take the key from the
    /// first number (vt220's numbering); other finals name the key themselves, modifiers aside.
    private static func csi(_ parameters: String, final c: Character) -> Key? {
        guard "~^$@".contains(c) else { return parameters.contains(where: { !"0123456789;".contains($0) }) ? nil : final(c) }
        guard let n = Int(parameters.prefix { $0.isNumber }) else { return nil }
        switch n {
        case 1, 7: return .home
        case 2: return .insert
        case 3: return .delete
        case 4, 8: return .end
        case 5: return .pageUp
        case 6: return .pageDown
        case 11...15: return .function(n - 10)
        case 17...21: return .function(n - 11)
        case 23, 24: return .function(n - 12)
        default: return nil
        }
    }
}
