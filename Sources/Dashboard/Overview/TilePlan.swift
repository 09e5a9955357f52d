/// How the overview's tiles fit the room: four across or two by two, with big digits of five or
/// three rows, or one compact line per figure.

import Canvas

struct TilePlan {
    var columns: Int
    var rows: Int
    var digits: BigDigits.Height?
    var tileHeight: Int

    /// The best plan whose tiles fit `height` rows and whose figures fit their tiles: the biggest
    /// digits first, four across before two by two, compact when nothing else fits.
    static func choose(_ tiles: [KpiTile], _ ctx: RenderContext, width: Int, height: Int) -> TilePlan {
        let count = max(1, tiles.count)
        var candidates: [TilePlan] = []
        for digits in [BigDigits.Height.five, .three] {
            for columns in [count, (count + 1) / 2] {
                let rows = (count + columns - 1) / columns
                candidates.append(TilePlan(columns: columns, rows: rows, digits: digits, tileHeight: KpiTile.height(digitRows: digits.rows)))
            }
        }
        for plan in candidates where plan.rows * plan.tileHeight <= height {
            let tileWidth = width / plan.columns - 4
            if let digits = plan.digits, tiles.allSatisfy({ BigDigits.width(of: $0.figure, height: digits, ascii: ctx.ascii) <= tileWidth }) {
                return plan
            }
        }
        return TilePlan(columns: count, rows: 1, digits: nil, tileHeight: KpiTile.height(digitRows: nil))
    }

    func draw(_ tiles: [KpiTile], _ ctx: RenderContext, at origin: Point, width: Int, into buffer: inout Buffer) {
        let band = Rect(x: origin.x, y: origin.y, width: width, height: rows * tileHeight)
        let rowRects = Layout.split(band, .vertical, Array(repeating: .fixed(tileHeight), count: rows))
        for (r, rowRect) in rowRects.enumerated() {
            let cells = Layout.split(rowRect, .horizontal, Array(repeating: .fill(1), count: columns))
            for (c, cell) in cells.enumerated() {
                let index = r * columns + c
                guard tiles.indices.contains(index) else { continue }
                tiles[index].draw(ctx, digits: digits, in: cell, into: &buffer)
            }
        }
    }
}
