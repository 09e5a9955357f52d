/// A title's second line: the bar of recognised over total with the target's mark, the target and whether it is met.

import Canvas
import Reports

enum TitleBarLine {
    /// "≥ 70% · QĐ 387/QĐ-TTg (2025)  ✓ đạt", the decision's number alone where it would leave the bar under 12 cells of `room`.
    static func tail(_ line: TitleProgress.Line, _ ctx: RenderContext, room: Int) -> (target: String, mark: (text: String, role: Role)) {
        let mark = TitleTargetText.mark(line, ctx)
        var target = TitleTargetText.text(line, ctx)
        if target.displayWidth + mark.text.displayWidth + 2 + 12 > room { target = TitleTargetText.text(line, ctx, short: true) }
        return (target, mark)
    }

    static func width(_ tail: (target: String, mark: (text: String, role: Role))) -> Int {
        tail.target.displayWidth + (tail.mark.text.isEmpty ? 0 : 2 + tail.mark.text.displayWidth)
    }

    /// The bar's width that leaves room for the widest of `lines`' tails, so the bars line up.
    static func barWidth(_ lines: [TitleProgress.Line], _ ctx: RenderContext, room: Int) -> Int {
        let widest = lines.map { width(tail($0, ctx, room: room)) }.max() ?? 0
        return min(40, room - widest - 1)
    }

    /// Draws "████┃░░░ ≥ 70% · QĐ 387/QĐ-TTg (2025)  ✓ đạt" on row `y` of `area`, from `indent`:
    /// the target's text is shortened before the bar goes, and the bar before any figure is cut.
    static func draw(_ line: TitleProgress.Line, _ ctx: RenderContext, at y: Int, indent: Int, barWidth: Int? = nil,
                     in area: Rect, into buffer: inout Buffer) {
        let room = area.width - indent
        let tail = tail(line, ctx, room: room)
        let tailWidth = width(tail)
        let barWidth = barWidth ?? min(40, room - tailWidth - 1)
        let row = Rect(x: area.x, y: y, width: area.width, height: 1)
        if barWidth >= 4 {
            let barRect = Rect(x: area.x + indent, y: y, width: barWidth, height: 1)
            let met = line.target.isMet(line.tally)
            Bar(fraction: line.tally.fraction ?? 0, style: ctx[met == false ? .warn : .good], emptyStyle: ctx[.barEmpty],
                empty: ctx.ascii ? " " : "░", ascii: ctx.ascii).render(in: barRect, into: &buffer)
            if let gx = TitleTargetText.markColumn(line, width: barWidth) {
                buffer.write(ctx.ascii ? "|" : "┃", at: Point(x: barRect.x + gx, y: y), style: ctx[.accent], clip: barRect)
            }
        }
        let x = max(area.x + indent, area.maxX - tailWidth)
        let end = buffer.write(tail.target, at: Point(x: x, y: y), style: ctx[.muted], clip: row)
        if !tail.mark.text.isEmpty {
            let style = tail.mark.role == .good ? ctx[.good].adding(.bold) : ctx[tail.mark.role]
            buffer.write("  " + tail.mark.text, at: Point(x: end, y: y), style: style, clip: row)
        }
    }
}
