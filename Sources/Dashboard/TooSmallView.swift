/// What the screen shows when the window is smaller than the panes need.

import Canvas

enum TooSmallView {
    static func draw(size: Size, needed: Size, _ ctx: RenderContext, into buffer: inout Buffer) {
        let width = size.width
        guard width > 0, size.height > 0 else { return }
        let times = ctx.ascii ? "x" : "×"
        let message = [
            ctx.text("Cửa sổ quá nhỏ", "Window too small"),
            ctx.text("Cần \(needed.width)\(times)\(needed.height)", "Need \(needed.width)\(times)\(needed.height)"),
            ctx.text("Hiện tại \(size.width)\(times)\(size.height)", "Now \(size.width)\(times)\(size.height)"),
            ctx.text("Hãy phóng to cửa sổ.", "Please enlarge it."),
        ]
        var lines = message.flatMap { $0.wrapped(toWidth: width) }
        if lines.count > size.height {
            // Too few rows for the whole message: the two sizes matter most.
            lines = message[1...2].flatMap { $0.wrapped(toWidth: width) }
        }
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.prefix(size.height).enumerated() {
            let style = i == 0 ? ctx[.warn] : ctx[.text]
            let x = max(0, (width - line.displayWidth) / 2)
            buffer.write(ctx.fit(line, width), at: Point(x: x, y: top + i), style: style)
        }
    }
}
