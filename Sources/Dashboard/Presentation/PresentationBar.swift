/// What presentation mode adds around the pane: the rotation's countdown, and when the data last changed.

import Canvas
import Store

enum PresentationBar {
    /// At the right of the tab strip: "⟳ 12 s" while rotating, "‖ dừng" when paused.
    static func drawCountdown(_ p: PresentationState, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        let text: String
        if let left = p.secondsLeft(at: ctx.now) {
            text = " \(ctx.ascii ? ">" : "⟳") \(left) s "
        } else if p.paused {
            text = " \(ctx.ascii ? "||" : "‖") " + ctx.text("dừng", "paused") + " "
        } else {
            return
        }
        let x = area.maxX - text.displayWidth
        buffer.write(text, at: Point(x: x, y: area.y), style: ctx[.muted], clip: area)
    }

    /// The bottom row: "cập nhật lúc 08:15:32" on the left, a data error as a small neutral badge
    /// on the right, "Dữ liệu đang được cập nhật" (the panes keep the last good data).
    static func drawStatus(state: AppState, problems: [StoreProblem], _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        buffer.fill(area, with: .blank(ctx[.background]))
        if state.quitAskedAt != nil, let notice = state.notice, notice.isVisible(at: state.now) {
            // The one notice the projector shows: how to leave, after a first `q`.
            buffer.write(" " + notice.text, at: Point(x: area.x, y: area.y), style: ctx[.accent], clip: area)
        } else if let changed = state.dataChangedAt ?? Optional(state.now) {
            let text = " " + ctx.text("cập nhật lúc ", "updated at ") + changed.clockText
            buffer.write(text, at: Point(x: area.x, y: area.y), style: ctx[.muted], clip: area)
        }
        var right = area.maxX
        for badge in StatusLine.badges(state: state, problems: problems, ctx).reversed() {
            let text = ctx.fit(badge.text, max(10, area.width / 3))
            right -= text.displayWidth + 1
            guard right > area.x + 24 else { break }
            buffer.write(text, at: Point(x: right, y: area.y), style: ctx[.badge], clip: area)
        }
    }
}
