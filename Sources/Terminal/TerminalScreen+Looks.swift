/// Styles as ncurses draws them: attributes plus a colour pair, made on first use.

import CNcurses
import Canvas

extension TerminalScreen {
    /// What one `Style` becomes on this terminal.
    struct Look: Hashable {
        var attributes: attr_t
        var pair: Int32
    }

    /// The look for `style`, cached: colours are reduced to the terminal's depth and
    /// given a pair; without colour only the attributes remain.
    func look(for style: Style) -> Look {
        if let known = looks[style] { return known }
        var attributes = hoctap_a_normal()
        let a = style.attributes
        if a.contains(.bold) { attributes |= hoctap_a_bold() }
        if a.contains(.dim) { attributes |= hoctap_a_dim() }
        if a.contains(.reverse) { attributes |= hoctap_a_reverse() }
        if a.contains(.underline) { attributes |= hoctap_a_underline() }
        if a.contains(.italic) { attributes |= hoctap_a_italic() }
        var pair: Int32 = 0
        if let fg = ColorReduction.terminalColor(style.foreground, depth: colorDepth),
            let bg = ColorReduction.terminalColor(style.background, depth: colorDepth)
        {
            let colors = ColorPairTable.Colors(
                foreground: fg < 0 && !hasDefaultColors ? Int32(COLOR_WHITE) : fg,
                background: bg < 0 && !hasDefaultColors ? Int32(COLOR_BLACK) : bg)
            pair = pairs.pair(for: colors) { number, c in
                hoctap_init_pair(number, c.foreground, c.background) == OK
            }
        }
        let result = Look(attributes: attributes, pair: pair)
        looks[style] = result
        return result
    }
}
