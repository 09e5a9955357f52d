/// Reading back what ncurses holds for the screen, and resizing a headless terminal: for tests.

import CNcurses
import Canvas

extension TerminalScreen {
    /// One screen cell as ncurses holds it.
    struct ScreenCell: Equatable {
        var text: String
        var attributes: attr_t
        var pair: Int32
    }

    /// The cell at column `x`, row `y` of ncurses' copy of the screen.
    func screenCell(x: Int, y: Int) -> ScreenCell {
        var cell = cchar_t()
        mvwin_wch(hoctap_stdscr(), Int32(y), Int32(x), &cell)
        var text = [wchar_t](repeating: 0, count: Int(hoctap_ccharw_max()) + 1)
        var attributes: attr_t = 0
        var pair: Int32 = 0
        _ = hoctap_getcchar(&cell, &text, &attributes, &pair)
        var s = ""
        for w in text.prefix(while: { $0 != 0 }) {
            if let u = Unicode.Scalar(UInt32(bitPattern: w)) { s.unicodeScalars.append(u) }
        }
        return ScreenCell(text: s, attributes: attributes, pair: pair)
    }

    /// Row `y` of ncurses' copy of the screen as text; a wide character appears once.
    func screenLine(_ y: Int) -> String {
        var s = ""
        var x = 0
        let width = size.width
        while x < width {
            let text = screenCell(x: x, y: y).text
            s += text
            let first = text.unicodeScalars.first.map { wchar_t(bitPattern: $0.value) } ?? 0x20
            x += hoctap_wcwidth(first) == 2 ? 2 : 1
        }
        return s
    }

    /// Changes the size of a headless terminal, as a window resize would. ncurses queues
    /// `KEY_RESIZE` as it does for a real resize.
    func resizeHeadless(to size: Size) {
        guard isRunning else { return }
        resizeterm(Int32(size.height), Int32(size.width))
    }

    /// Puts a key code back in the input queue, as if the terminal had sent it.
    func pushKeyCode(_ code: Int32) {
        ungetch(code)
    }
}
