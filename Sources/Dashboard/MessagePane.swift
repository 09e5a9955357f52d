/// A pane that has nothing to list says why, in its box, with what would fill it.

import Canvas

enum MessagePane {
    static func draw(title: String, headline: String, detail: String, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        let inner = Box(title: title, border: ctx.border, borderStyle: ctx[.border], titleStyle: ctx[.title], ellipsis: ctx.ellipsis)
            .render(in: area, into: &buffer)
        let lines = [headline] + detail.wrapped(toWidth: max(1, inner.width - 4))
        let top = inner.y + max(0, (inner.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = inner.x + max(0, (inner.width - line.displayWidth) / 2)
            buffer.write(line, at: Point(x: x, y: top + i), style: i == 0 ? ctx[.title] : ctx[.muted], clip: inner)
        }
    }
}
