/// The bottom row: the keys that matter most, written from the key table itself.

import Canvas

enum HintBar {
    static func draw(_ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        buffer.fill(area, with: .blank(ctx[.muted]))
        var x = area.x + 1
        for binding in KeyMap.bindings {
            guard let hint = binding.hintText(ctx.language) else { continue }
            let label = binding.label(ascii: ctx.ascii)
            let needed = label.displayWidth + 1 + hint.displayWidth
            if x + needed > area.maxX { break }  // Whole hints only: never half a word.
            x = buffer.write(label, at: Point(x: x, y: area.y), style: ctx[.accent], clip: area)
            x = buffer.write(" " + hint, at: Point(x: x, y: area.y), style: ctx[.muted], clip: area)
            x += 3
        }
    }
}
