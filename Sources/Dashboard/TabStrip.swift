/// The top row: the program's name and one tab per pane, the selected one marked.

import Canvas

enum TabStrip {
    static func draw(selected: Pane, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        buffer.fill(area, with: .blank(ctx[.muted]))
        var x = buffer.write(" hoctap ", at: Point(x: area.x, y: area.y), style: ctx[.title], clip: area)
        for pane in Pane.allCases {
            let label = " \(pane.rawValue + 1) \(pane.title(ctx.language)) "
            let style = pane == selected ? ctx[.focus] : ctx[.muted]
            x = buffer.write(ctx.ascii ? "|" : "│", at: Point(x: x, y: area.y), style: ctx[.border], clip: area)
            x = buffer.write(label, at: Point(x: x, y: area.y), style: style, clip: area)
        }
        buffer.write(ctx.ascii ? "|" : "│", at: Point(x: x, y: area.y), style: ctx[.border], clip: area)
    }
}
