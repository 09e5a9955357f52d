/// A pane with nothing to show yet says so plainly, inside its box: no invented data.

import Canvas

enum EmptyPane {
    static func draw(_ pane: Pane, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        let inner = Box(title: pane.title(ctx.language), border: ctx.border, borderStyle: ctx[.border], titleStyle: ctx[.title], ellipsis: ctx.ellipsis)
            .render(in: area, into: &buffer)
        let message = [ctx.text("Trống.", "Empty."), emptyText(pane, ctx)]
        let lines = message.flatMap { $0.wrapped(toWidth: max(1, inner.width - 4)) }
        let top = inner.y + max(0, (inner.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = inner.x + max(0, (inner.width - line.displayWidth) / 2)
            buffer.write(line, at: Point(x: x, y: top + i), style: i == 0 ? ctx[.title] : ctx[.muted], clip: inner)
        }
    }

    static func emptyText(_ pane: Pane, _ ctx: RenderContext) -> String {
        switch pane {
        case .overview:
            ctx.text("Kho dữ liệu chưa có chiến dịch nào (campaign.rec).", "The store holds no campaign yet (campaign.rec).")
        case .classes:
            ctx.text("Mục này chưa hiển thị lớp học, học viên hay điểm danh.",
                     "This pane does not show classes, learners or attendance yet.")
        case .awards:
            ctx.text("Mục này chưa hiển thị khen thưởng hay quỹ khuyến học.",
                     "This pane does not show awards or the study-promotion fund yet.")
        case .indicators:
            ctx.text("Mục này chưa hiển thị các chỉ số giáo dục của phường.",
                     "This pane does not show the ward's education indicators yet.")
        }
    }
}
