/// The titles' figures in columns: recognised, assessed, total and share, right-aligned under their headers; one "r/a/t" column where room is short.

import Canvas
import Reports
import VietText

struct TitleColumns {
    /// The headers, each column as wide as its widest figure or header.
    var headers: [String]
    var widths: [Int]
    /// One column "công nhận/đã đánh giá/tổng" when the four do not fit beside a name.
    var compact: Bool

    static let nameRoom = 18

    init(_ lines: [TitleProgress.Line], _ ctx: RenderContext, width: Int) {
        let full = [ctx.text("công nhận", "recognised"), ctx.text("đã đánh giá", "assessed"), ctx.text("tổng số", "total"), ctx.text("tỉ lệ", "share")]
        var widths = full.map(\.displayWidth)
        for line in lines {
            for (i, f) in Self.cells(line, ctx).enumerated() { widths[i] = max(widths[i], f.displayWidth) }
        }
        if widths.reduce(0, +) + 2 * widths.count + Self.nameRoom <= width {
            headers = full
            self.widths = widths
            compact = false
        } else {
            let head = ctx.text("công nhận/đánh giá/tổng", "recognised/assessed/total")
            let w = lines.map { Self.compactCell($0, ctx).displayWidth }.max() ?? 0
            headers = [head]
            self.widths = [w]
            compact = true
        }
    }

    static func cells(_ line: TitleProgress.Line, _ ctx: RenderContext) -> [String] {
        let t = line.tally
        return [VietFormat.integer(t.recognized, ctx.language), VietFormat.integer(t.assessed, ctx.language),
                VietFormat.integer(t.total, ctx.language), TitleTargetText.share(t, ctx)]
    }

    static func compactCell(_ line: TitleProgress.Line, _ ctx: RenderContext) -> String {
        let t = line.tally
        return "\(VietFormat.integer(t.recognized, ctx.language))/\(VietFormat.integer(t.assessed, ctx.language))/"
            + "\(VietFormat.integer(t.total, ctx.language)) \(ctx.separator) \(TitleTargetText.share(t, ctx))"
    }

    func drawHeader(_ ctx: RenderContext, at y: Int, in area: Rect, into buffer: inout Buffer) {
        if compact {
            let text = headers[0]
            buffer.write(ctx.fit(text, area.width), at: Point(x: max(area.x, area.maxX - text.displayWidth), y: y), style: ctx[.muted], clip: area)
            return
        }
        var x = area.maxX
        for (header, w) in zip(headers, widths).reversed() {
            x -= w
            buffer.write(header.padded(toWidth: w, alignment: .right), at: Point(x: x, y: y), style: ctx[.muted], clip: area)
            x -= 2
        }
    }

    /// The title's name (shortened if need be) and its figures, whole.
    func drawFigures(_ line: TitleProgress.Line, _ ctx: RenderContext, at y: Int, in area: Rect, into buffer: inout Buffer) {
        let cells = compact ? [Self.compactCell(line, ctx)] : Self.cells(line, ctx)
        let used = widths.reduce(0, +) + 2 * widths.count
        buffer.write(ctx.fit(TitleTargetText.name(line.title, ctx), max(0, area.width - used)), at: Point(x: area.x, y: y),
                     style: ctx[.text].adding(.bold), clip: area)
        var x = area.maxX
        for (i, (cell, w)) in zip(cells, widths).enumerated().reversed() {
            x -= w
            let role: Role = i == 0 ? .digits : .text
            buffer.write(cell.padded(toWidth: w, alignment: .right), at: Point(x: x, y: y), style: ctx[role], clip: area)
            x -= 2
        }
    }
}
