/// Text made safe to print on a terminal: control characters shown as U+FFFD, as the screen draws them.

/// What a command prints from the store or from its input goes through `safe(_:)`, so a learner's
/// name or a category holding `ESC[2J`, a window-title or a clipboard sequence (OSC 0, OSC 52),
/// a NUL or a C1 control cannot clear the clerk's terminal or write to their clipboard. The
/// dashboard's buffer shows the same characters as U+FFFD.
public enum TerminalText {
    /// The replacement shown for a character that must not reach the terminal.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// `text` with every C0 control but the line break (a tab becomes a space), DEL, every C1
    /// control, and the bidirectional embeddings, overrides and isolates (which reorder what
    /// follows them on screen) replaced by U+FFFD. Text without any is returned as it is.
    public static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" {
                out.append(" ")
            } else {
                out.append(isUnsafe(scalar) ? replacement : scalar)
            }
        }
        return String(out)
    }

    /// True for a scalar that `safe(_:)` replaces.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
