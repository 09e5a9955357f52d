/// The question before a record is removed, in a box over the pane: what goes, and the keys that answer; or why it was not removed.

import Canvas

enum RemovalPrompt {
    /// The question, or with `refusal` why the record was not removed and the key that closes it.
    static func draw(_ question: String, refusal: Bool = false, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        let keys = refusal ? ctx.text("Esc: đóng", "Esc: close")
            : ctx.text("Enter/c: xoá (u hoàn tác)   Esc/k: không xoá", "Enter/c: remove (u undoes)   Esc/k: keep it")
        let width = min(area.width - 2, 76)
        let lines = question.wrapped(toWidth: max(1, width - 4))
        let height = min(area.height, lines.count + 5)
        guard width > 20, height > 4 else { return }
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        buffer.fill(box, with: .blank(ctx[.background]))
        let inner = Box(title: refusal ? ctx.text("Không xoá được", "Not removed") : ctx.text("Xoá?", "Remove?"), border: ctx.border, borderStyle: ctx[.accent],
                        titleStyle: ctx[.title], fill: ctx[.text], ellipsis: ctx.ellipsis).render(in: box, into: &buffer)
        let content = inner.inset(top: 1, left: 1, bottom: 0, right: 1)
        for (i, line) in lines.enumerated() where i < content.height - 2 {
            buffer.write(ctx.fit(line, content.width), at: Point(x: content.x, y: content.y + i), style: ctx[.warn], clip: content)
        }
        buffer.write(ctx.fit(keys, content.width), at: Point(x: content.x, y: content.y + min(lines.count, content.height - 2) + 1),
                     style: ctx[.accent], clip: content)
    }
}
