/// The bottom row: the pane's own keys first, then the global ones, written from the key tables.

import Canvas

enum HintBar {
    static func draw(_ paneKeys: [KeyHint], _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        buffer.fill(area, with: .blank(ctx[.muted]))
        var x = area.x + 1
        for key in paneKeys + KeyMap.bindings.map(\.keyHint) {
            guard let hint = key.hintText(ctx.language) else { continue }
            let label = key.label(ascii: ctx.ascii)
            let needed = label.displayWidth + 1 + hint.displayWidth
            if x + needed > area.maxX { break }  // Whole hints only: never half a word.
            x = buffer.write(label, at: Point(x: x, y: area.y), style: ctx[.accent], clip: area)
            x = buffer.write(" " + hint, at: Point(x: x, y: area.y), style: ctx[.muted], clip: area)
            x += 3
        }
    }
}
