/// When the store cannot give a pane its data, the pane lists what is wrong, file and line.

import Canvas
import Store

enum ProblemList {
    static func draw(_ problems: [StoreProblem], _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        // Projected, the hall is told only that the data is on its way: no file, line or value.
        guard !ctx.presenting else {
            MessagePane.draw(title: ctx.text("Dữ liệu", "Data"), headline: ctx.text("Dữ liệu đang được cập nhật", "Data is being updated"),
                             detail: "", ctx, in: area, into: &buffer)
            return
        }
        let inner = Box(title: ctx.text("Lỗi trong kho dữ liệu", "Problems in the store"), border: ctx.border,
                        borderStyle: ctx[.bad], titleStyle: ctx[.bad], ellipsis: ctx.ellipsis)
            .render(in: area, into: &buffer)
        guard inner.width > 4 else { return }
        var writer = BlockWriter(x: inner.x + 2, y: inner.y + 1, width: inner.width - 4, clip: inner)
        writer.paragraph(ctx.text("Không đọc được dữ liệu cho mục này. Sửa các dòng sau rồi mở lại:",
                                  "This pane's data could not be read. Fix these lines and open it again:"),
                         style: ctx[.text], into: &buffer)
        writer.skip()
        for problem in problems {
            let style = problem.severity == .error ? ctx[.bad] : ctx[.warn]
            writer.paragraph(ProblemWording.text(problem, ctx.language), style: style, into: &buffer)
        }
        writer.markOverflow(ctx, into: &buffer)
    }
}
