/// The characters handed to ncurses for one cell: never a control character, never too many.

import Canvas

enum CellGlyph {
    static let replacement: UInt32 = 0xFFFD
    static let space: UInt32 = 0x20

    /// The scalars of `cell`'s cluster, at most `limit` (ncurses' `CCHARW_MAX`): the first
    /// ones are kept, a control character is replaced (first) or dropped (later), and an
    /// empty or continuation cell gives a space.
    static func scalars(of cell: Cell, limit: Int) -> [UInt32] {
        guard cell.width != 0, let ch = cell.character else { return [space] }
        var out: [UInt32] = []
        out.reserveCapacity(min(limit, 2))
        for s in ch.unicodeScalars {
            if out.count == limit { break }
            if KeyMapping.isPrintable(s) {
                out.append(s.value)
            } else if out.isEmpty {
                out.append(replacement)
            }
        }
        return out.isEmpty ? [space] : out
    }
}
