/// When the store cannot give a pane its data, the pane lists what is wrong, file and line.

import Canvas
import Store

enum ProblemList {
    static func draw(_ problems: [StoreProblem], _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
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
            writer.paragraph(shown(problem, ctx), style: style, into: &buffer)
        }
        writer.markOverflow(ctx, into: &buffer)
    }

    /// The problem as this screen may show it: whole for the clerk; on the projector only its
    /// place and field, since the value it quotes may be private (a phone, a birth date).
    static func shown(_ problem: StoreProblem, _ ctx: RenderContext) -> String {
        guard ctx.presenting else { return ProblemWording.text(problem, ctx.language) }
        let what = problem.severity == .error ? ctx.text("lỗi", "error") : ctx.text("cảnh báo", "warning")
        return problem.place + (problem.field.map { ": \($0)" } ?? "") + " (\(what))"
    }
}
