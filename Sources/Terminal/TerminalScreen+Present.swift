/// Presenting a buffer: only the cells that changed, or everything after a resize.

import CNcurses
import Canvas

extension TerminalScreen {
    /// Draws `buffer`, handing ncurses only the cells that differ from the last present,
    /// or every cell after a resize, a `forceRedraw()`, or a buffer of another size. A
    /// buffer larger than the screen is clipped; the screen outside a smaller one is blank.
    public func present(_ buffer: Buffer) {
        guard isRunning else { return }
        let win = hoctap_stdscr()
        let screenSize = size
        let width = min(buffer.size.width, screenSize.width)
        let height = min(buffer.size.height, screenSize.height)
        cellsDrawn = 0
        if let old = shown, !repaintAll, old.size == buffer.size, screenSize == shownScreenSize {
            for y in 0..<height {
                for x in RowDiff.columns(old: old, new: buffer, row: y, width: width) {
                    draw(buffer, x: x, y: y, width: width)
                }
            }
        } else {
            if repaintAll || screenSize != shownScreenSize { clearok(win, true) }
            werase(win)
            for y in 0..<height {
                for x in 0..<width where RowDiff.isDrawn(buffer, x: x, y: y) {
                    draw(buffer, x: x, y: y, width: width)
                }
            }
        }
        shown = buffer
        shownScreenSize = screenSize
        repaintAll = false
        wnoutrefresh(win)
        doupdate()
    }

    /// Makes the next `present` repaint the whole screen from scratch (Ctrl-L).
    public func forceRedraw() {
        repaintAll = true
    }

    /// Hands ncurses the cell at (x, y), which must be drawn by itself (see `RowDiff`).
    /// Where ncurses measures a character otherwise than the buffer did, the buffer's
    /// columns win: a wide character ncurses calls narrow gets a blank beside it, and a
    /// narrow one it calls wide (or unprintable) is shown as U+FFFD.
    private func draw(_ buffer: Buffer, x: Int, y: Int, width: Int) {
        let cell = buffer.cells[y * buffer.size.width + x]
        let look = look(for: cell.style)
        var scalars = CellGlyph.scalars(of: cell, limit: Int(hoctap_ccharw_max()))
        let cellWidth = cell.isContinuation ? 1 : Int(cell.width)
        if cellWidth == 2, x + 1 >= width {  // Cut by the right edge.
            put([CellGlyph.space], look, x: x, y: y)
            return
        }
        let measured = Int(hoctap_wcwidth(wchar_t(bitPattern: scalars[0])))
        if measured != cellWidth, !(cellWidth == 2 && measured == 1) {
            scalars = [CellGlyph.replacement]
        }
        put(scalars, look, x: x, y: y)
        if cellWidth == 2, measured != 2 { put([CellGlyph.space], look, x: x + 1, y: y) }
    }

    private func put(_ scalars: [UInt32], _ look: Look, x: Int, y: Int) {
        var text = scalars.map { wchar_t(bitPattern: $0) }
        text.append(0)
        var cell = cchar_t()
        if hoctap_setcchar(&cell, text, look.attributes, look.pair) != OK {
            _ = hoctap_setcchar(&cell, [wchar_t(bitPattern: CellGlyph.replacement), 0], look.attributes, look.pair)
        }
        mvwadd_wch(hoctap_stdscr(), Int32(y), Int32(x), &cell)
        cellsDrawn += 1
    }
}
