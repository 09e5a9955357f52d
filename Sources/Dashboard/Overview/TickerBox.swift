/// The overview's ticker: the latest awards and enrollments, newest first, the just-arrived ones marked.

import Canvas
import Store
import VietText

enum TickerBox {
    static func draw(_ entries: [TickerEntry], _ ctx: RenderContext, in rect: Rect, into buffer: inout Buffer) {
        let inner = Box(title: ctx.text("Mới ghi nhận \(ctx.separator) vừa nhập ở trên", "Latest \(ctx.separator) newest entered first"), border: ctx.border, borderStyle: ctx[.border], titleStyle: ctx[.title], ellipsis: ctx.ellipsis)
            .render(in: rect, into: &buffer)
        guard inner.width > 4, inner.height > 0 else { return }
        let area = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        guard !entries.isEmpty else {
            buffer.write(ctx.fit(ctx.text("Chưa có khen thưởng hay ghi danh nào.", "No awards or enrollments yet."), area.width),
                         at: Point(x: area.x, y: area.y), style: ctx[.muted], clip: area)
            return
        }
        for (row, entry) in entries.prefix(area.height).enumerated() {
            let y = area.y + row
            let fresh = isFresh(entry, ctx)
            let line = Rect(x: area.x, y: y, width: area.width, height: 1)
            if fresh { buffer.fill(line, with: .blank(ctx[.selected])) }
            var x = area.x
            let date = entry.date.map { VietFormat.date($0, ctx.language) } ?? ""
            let dayMonth = String(date.prefix(5)).padded(toWidth: 5, alignment: .left)
            x = buffer.write(dayMonth + " ", at: Point(x: x, y: y), style: fresh ? ctx[.selected] : ctx[.muted], clip: line)
            let (tag, text) = describe(entry, ctx)
            x = buffer.write(tag + " ", at: Point(x: x, y: y), style: fresh ? ctx[.selected] : ctx[.accent], clip: line)
            buffer.write(ctx.fit(text, max(0, line.maxX - x)), at: Point(x: x, y: y), style: fresh ? ctx[.selected] : ctx[.text], clip: line)
        }
    }

    static func isFresh(_ entry: TickerEntry, _ ctx: RenderContext) -> Bool {
        switch entry.what {
        case .award(let a): ctx.fresh.isFresh(award: a.id, at: ctx.now)
        case .enrollment(let e, _, _): ctx.fresh.isFresh(e, at: ctx.now)
        }
    }

    /// The tag ("Khen thưởng", "Ghi danh") and the rest of the line. People are named as the screen
    /// may name them (short when projected); clans, families and units keep their names.
    static func describe(_ entry: TickerEntry, _ ctx: RenderContext) -> (String, String) {
        switch entry.what {
        case .award(let a):
            let who = a.kind == .student || a.kind == .citizen ? ctx.person(a.recipient) : a.recipient
            var text = who + " \(ctx.separator) " + a.category
            if let amount = a.amount { text += " \(ctx.separator) " + MoneyText.full(amount, ctx) }
            return (ctx.text("Khen thưởng", "Award"), text)
        case .enrollment(_, let learner, let course):
            return (ctx.text("Ghi danh", "Enrolled"), ctx.person(learner) + " \(ctx.rangeDash) " + course)
        }
    }
}
