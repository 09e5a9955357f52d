/// Which cells of a row must be handed to ncurses again, given what the screen shows.

import Canvas

enum RowDiff {
    /// The columns to draw in row `y` among the first `width`, where `old` is on screen and
    /// `new` replaces it (both the same size). A changed half of a wide character takes the
    /// whole character with it, on both sides, because ncurses blanks the other half of a
    /// wide character that is partly overwritten.
    static func columns(old: Buffer, new: Buffer, row y: Int, width: Int) -> [Int] {
        precondition(old.size == new.size, "a row diff needs buffers of one size")
        let w = min(width, new.size.width)
        guard w > 0, y >= 0, y < new.size.height else { return [] }
        let base = y * new.size.width
        let before = old.cells[base..<base + w], after = new.cells[base..<base + w]
        guard let first = (0..<w).first(where: { before[base + $0] != after[base + $0] }) else { return [] }
        var dirty = [Bool](repeating: false, count: w)
        for x in first..<w where before[base + x] != after[base + x] { dirty[x] = true }
        // A changed right half takes its left half (right to left, so it cascades)…
        for x in stride(from: w - 1, to: 0, by: -1) where dirty[x] {
            if before[base + x].width == 0 || after[base + x].width == 0 { dirty[x - 1] = true }
        }
        // …and a changed left half its right half.
        for x in 0..<(w - 1) where dirty[x] {
            if before[base + x].width == 2 || after[base + x].width == 2 { dirty[x + 1] = true }
        }
        return (0..<w).filter { dirty[$0] && isDrawn(new, x: $0, y: y) }
    }

    /// Whether the cell at (x, y) is drawn by itself: every cell but the right half of a
    /// wide character, which its left half covers. A right half with no wide character to
    /// its left is drawn, as a blank.
    static func isDrawn(_ buffer: Buffer, x: Int, y: Int) -> Bool {
        let cell = buffer.cells[y * buffer.size.width + x]
        guard cell.isContinuation else { return true }
        return x == 0 || buffer.cells[y * buffer.size.width + x - 1].width != 2
    }
}
