/// The row above the hints: where the data comes from, what is wrong with it, the theme.

import Canvas
import Store

enum StatusLine {
    static func draw(state: AppState, problems: [StoreProblem], _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        buffer.fill(area, with: .blank(ctx[.border]))
        let right = " " + ctx.text("Giao diện: ", "Theme: ") + state.themeName + " "
        let rightWidth = min(right.displayWidth, area.width / 3)
        let rightX = area.maxX - rightWidth
        buffer.write(right.truncated(toWidth: rightWidth), at: Point(x: rightX, y: area.y), style: ctx[.muted], clip: area)

        let left = Rect(x: area.x, y: area.y, width: max(0, rightX - area.x - 1), height: 1)
        var x = buffer.write(" " + ctx.text("Kho: ", "Store: "), at: Point(x: left.x, y: left.y), style: ctx[.muted], clip: left)
        x = buffer.write(state.storeLabel, at: Point(x: x, y: left.y), style: ctx[.text], clip: left)
        x += 2
        for badge in badges(state: state, problems: problems, ctx) where x < left.maxX {
            let room = left.maxX - x
            x = buffer.write(badge.truncated(toWidth: room), at: Point(x: x, y: left.y), style: ctx[.badge], clip: left)
            x += 1
        }
    }

    /// Short warnings that must never be silent: store problems and theme problems.
    static func badges(state: AppState, problems: [StoreProblem], _ ctx: RenderContext) -> [String] {
        var out: [String] = []
        let errors = problems.filter { $0.severity == .error }
        if let first = errors.first {
            out.append(" ⚠ " + ctx.text("\(errors.count) lỗi dữ liệu", "\(errors.count) data error(s)")
                       + " · \(first.fileName):\(first.line) ")
        }
        if let first = state.themeProblems.first {
            out.append(" ⚠ " + ctx.text("Giao diện: ", "Theme: ") + first + " ")
        }
        return out
    }
}

extension StoreProblem {
    /// The file's last path component, for places where the screen is narrow.
    var fileName: String { file.split(separator: "/").last.map(String.init) ?? file }
}
