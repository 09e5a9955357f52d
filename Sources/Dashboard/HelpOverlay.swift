/// The help overlay: the pane's keys, then every key of the global table, with what each does.

import Canvas

enum HelpOverlay {
    static func draw(paneKeys: [KeyHint], global: [KeyHint], _ ctx: RenderContext, over pane: Rect, into buffer: inout Buffer) {
        let area = pane.inset(by: 1)
        let keys = paneKeys + global
        let keyWidth = keys.map { $0.label(ascii: ctx.ascii).displayWidth }.max() ?? 0
        let textWidth = keys.map { $0.helpText(ctx.language).displayWidth }.max() ?? 0
        let footer = ctx.text("Esc hoặc ? để đóng", "Esc or ? to close")
        let width = min(area.width - 2, max(keyWidth + 3 + textWidth, footer.displayWidth) + 4)
        let height = min(area.height, keys.count + 4)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        let inner = Box(title: ctx.text("Trợ giúp: các phím", "Help: keys"), border: ctx.border,
                        borderStyle: ctx[.accent], titleStyle: ctx[.title], fill: ctx[.text], ellipsis: ctx.ellipsis)
            .render(in: box, into: &buffer)
        for (i, key) in keys.enumerated() {
            let y = inner.y + i
            let x = buffer.write(key.label(ascii: ctx.ascii).padded(toWidth: keyWidth, alignment: .left),
                                 at: Point(x: inner.x + 1, y: y), style: ctx[.accent], clip: inner)
            let text = ctx.fit(key.helpText(ctx.language), max(0, inner.maxX - x - 2))
            buffer.write(text, at: Point(x: x + 2, y: y), style: ctx[.text], clip: inner)
        }
        let footerY = inner.maxY - 1
        if footerY > inner.y + keys.count - 1 {
            buffer.write(footer, at: Point(x: inner.x + 1, y: footerY), style: ctx[.muted], clip: inner)
        }
    }
}
