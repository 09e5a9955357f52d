/// The row above the hints: where the data comes from, what is wrong with it, the theme.

import Canvas
import Store

enum StatusLine {
    /// Badges come first: a problem is never pushed off the line by a long store path.
    static func draw(state: AppState, problems: [StoreProblem], _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        buffer.fill(area, with: .blank(ctx[.border]))
        let theme = " " + ctx.text("Giao diện: ", "Theme: ") + state.themeName + " "
        let themeWidth = min(theme.displayWidth, area.width / 3)
        var right = area.maxX - themeWidth
        buffer.write(ctx.fit(theme, themeWidth), at: Point(x: right, y: area.y), style: ctx[.muted], clip: area)

        for badge in badges(state: state, problems: problems, ctx).reversed() {
            let room = min(right - area.x - 12, max(20, area.width * 2 / 5))
            guard room > 4 else { break }
            let text = ctx.fit(badge.text.displayWidth <= room ? badge.text : badge.short, room)
            right -= text.displayWidth + 1
            buffer.write(text, at: Point(x: right, y: area.y), style: ctx[.badge], clip: area)
        }

        let left = Rect(x: area.x, y: area.y, width: max(0, right - area.x - 1), height: 1)
        // A write waiting for the store's lock, then what just happened (a record written, a write
        // refused), take the place of the store's name.
        if let wait = state.writeWait {
            buffer.write(ctx.fit(" … " + wait.statusText(ctx.language), left.width), at: Point(x: left.x, y: left.y),
                         style: ctx[.badge], clip: left)
            return
        }
        if let notice = state.notice, notice.isVisible(at: state.now) {
            let (mark, role): (String, Role) = switch notice.tone {
            case .good: (ctx.ascii ? "+" : "✓", .good)
            case .bad: (ctx.warningSign, .bad)
            case .progress: (ctx.ascii ? "..." : "…", .text)
            }
            buffer.write(ctx.fit(" \(mark) " + notice.text, left.width), at: Point(x: left.x, y: left.y),
                         style: ctx[role], clip: left)
            return
        }
        let label = " " + ctx.text("Kho: ", "Store: ")
        let x = buffer.write(label, at: Point(x: left.x, y: left.y), style: ctx[.muted], clip: left)
        buffer.write(ctx.fit(state.storeLabel, left.maxX - x), at: Point(x: x, y: left.y), style: ctx[.text], clip: left)
    }

    /// A badge, and a shorter form without the key when the long one does not fit.
    struct Badge: Equatable {
        var text: String
        var short: String
    }

    /// Short warnings that must never be silent, each leading with its place (file:line), and for
    /// the store's problems the key that lists them. Projected, the store's badge is neutral: the
    /// hall sees no file name, line or value.
    static func badges(state: AppState, problems: [StoreProblem], _ ctx: RenderContext) -> [Badge] {
        var out: [Badge] = []
        let errors = problems.filter { $0.severity == .error }
        if let first = errors.first {
            if ctx.presenting {
                let text = " " + ctx.text("Dữ liệu đang được cập nhật", "Data is being updated") + " "
                out.append(Badge(text: text, short: text))
            } else {
                let count = errors.count > 1 ? ctx.text(" (\(errors.count) lỗi)", " (\(errors.count) errors)") : ""
                // A problem of no file (the store folder itself is gone) is said in its own words.
                let what = first.file.isEmpty ? ProblemWording.message(first, ctx.language) : place(first.file, first.line)
                let key = KeyMap.label(of: .toggleProblems, ascii: ctx.ascii).map { ", \($0) " + ctx.text("xem", "view") } ?? ""
                out.append(Badge(text: " \(ctx.warningSign) \(what)\(count)\(key) ", short: " \(ctx.warningSign) \(what)\(count) "))
            }
        }
        if let first = state.themeProblems.first {
            let what = first.file.isEmpty ? first.message : place(first.file, first.line ?? 0)
            let text = " \(ctx.warningSign) \(what) "
            out.append(Badge(text: text, short: text))
        }
        return out
    }

    /// "campaign.rec:17", or the file alone for a problem with the whole file.
    static func place(_ file: String, _ line: Int) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return line > 0 ? "\(name):\(line)" : name
    }
}
