/// How many colours the terminal can show, and how that is decided from what ncurses reports.

public enum ColorDepth: Sendable {
    /// No colour: attributes alone (bold, reverse, underline…) tell state.
    case none
    /// The 8 basic colours.
    case eight
    /// The 8 basic colours and their bright forms.
    case sixteen
    /// The xterm 256-colour palette: 16 basic, a 6×6×6 cube and 24 greys.
    case palette256
    /// 24-bit direct colour.
    case truecolor

    /// The depth for a terminal with `colors` colours (ncurses' `COLORS`).
    ///
    /// Truecolor needs a direct-colour terminal description (`COLORS` of 2^24, as in
    /// `xterm-direct`): only then can ncurses send 24-bit colours. `COLORTERM=truecolor`
    /// says what the emulator could do, but ncurses still draws from the palette of the
    /// `TERM` entry, so a 256-colour entry stays at 256 whatever `COLORTERM` says.
    /// Between 16 and 255 colours (88-colour entries) the palette is not the xterm one,
    /// so only the 16 basic colours are trusted.
    static func decide(hasColors: Bool, colors: Int) -> ColorDepth {
        guard hasColors else { return .none }
        switch colors {
        case (1 << 24)...: return .truecolor
        case 256...: return .palette256
        case 16...: return .sixteen
        case 8...: return .eight
        default: return .none
        }
    }
}
