/// The ceremony's agenda on the overview: the item under way and since when, the next one, and the list.

import Canvas
import Store
import VietText

enum AgendaBox {
    static func draw(_ agenda: AgendaProgress, _ ctx: RenderContext, in rect: Rect, into buffer: inout Buffer) {
        let inner = Box(title: ctx.text("Chương trình buổi lễ", "Ceremony agenda"), border: ctx.border,
                        borderStyle: ctx[.border], titleStyle: ctx[.title], ellipsis: ctx.ellipsis)
            .render(in: rect, into: &buffer)
        guard inner.width > 4, inner.height > 0 else { return }
        let area = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        guard !agenda.items.isEmpty else {
            buffer.write(ctx.fit(ctx.text("Chưa có chương trình (bản ghi Agenda).", "No agenda yet (Agenda records)."), area.width),
                         at: Point(x: area.x, y: area.y), style: ctx[.muted], clip: area)
            return
        }
        var y = area.y
        // An item is under way only on the day it began: on another day the programme was held.
        let heldOn = agenda.startedAt.flatMap { $0.date == ctx.now.date ? nil : $0.date }
        if let day = heldOn {
            let head = ctx.text("ĐÃ DIỄN RA", "HELD") + " \(ctx.separator) " + ctx.text("ngày ", "on ") + VietFormat.date(day, ctx.language)
            buffer.write(ctx.fit(head, area.width), at: Point(x: area.x, y: y), style: ctx[.muted].adding(.bold), clip: area)
            y += 1
            if let current = agenda.current {
                let last = ctx.text("Phần cuối đã ghi: ", "Last item logged: ") + label(current, ctx)
                buffer.write(ctx.fit(last, area.width), at: Point(x: area.x, y: y), style: ctx[.muted], clip: area)
                y += 1
            }
        } else if let current = agenda.current {
            var head = ctx.text("ĐANG DIỄN RA", "NOW")
            if let at = agenda.startedAt { head += " \(ctx.separator) " + ctx.text("từ ", "since ") + VietFormat.time(at.time) }
            buffer.write(ctx.fit(head, area.width), at: Point(x: area.x, y: y), style: ctx[.good].adding(.bold), clip: area)
            y += 1
            let wrapped = label(current, ctx).wrapped(toWidth: area.width)
            let shown = min(wrapped.count, area.height >= 6 ? 2 : 1)
            for (i, line) in wrapped.prefix(shown).enumerated() {
                // The last line shown says when the item goes on beyond it.
                let text = i == shown - 1 && wrapped.count > shown ? ctx.fit(line + " " + ctx.ellipsis, area.width) : line
                buffer.write(text, at: Point(x: area.x, y: y), style: ctx[.title], clip: area)
                y += 1
            }
        } else {
            buffer.write(ctx.fit(ctx.text("Buổi lễ chưa bắt đầu", "The ceremony has not begun"), area.width),
                         at: Point(x: area.x, y: y), style: ctx[.muted], clip: area)
            y += 1
        }
        if heldOn == nil, let next = agenda.next, y < area.maxY {
            let text = ctx.text("Tiếp theo: ", "Next: ") + label(next, ctx)
            buffer.write(ctx.fit(text, area.width), at: Point(x: area.x, y: y), style: ctx[.accent], clip: area)
            y += 1
        }
        // The whole programme when there is room: done items dimmed, the current one marked.
        guard area.maxY - y >= 3 else { return }
        y += 1
        let rows = area.maxY - y
        let loggedIndex = agenda.current.flatMap { c in agenda.items.firstIndex { $0.seq == c.seq } } ?? -1
        // Held on another day, the last item logged is done too, not under way.
        let currentIndex = heldOn == nil ? loggedIndex : -1
        let doneThrough = heldOn == nil ? loggedIndex - 1 : loggedIndex
        let window = ListCursor(index: max(0, loggedIndex)).window(count: agenda.items.count, height: rows)
        for i in window {
            let item = agenda.items[i]
            let mark = i == currentIndex ? (ctx.ascii ? ">" : "▶") : (i <= doneThrough ? (ctx.ascii ? "v" : "✓") : " ")
            let role: Role = i == currentIndex ? .accent : (i <= doneThrough ? .muted : .text)
            let text = "\(mark) " + (item.time.map { VietFormat.time($0) + "  " } ?? "       ") + item.item
            buffer.write(ctx.fit(text, area.width), at: Point(x: area.x, y: y), style: ctx[role], clip: area)
            y += 1
        }
    }

    /// "07:45  Phát biểu khai mạc — Chủ tịch UBND phường".
    static func label(_ item: Store.AgendaItem, _ ctx: RenderContext) -> String {
        (item.time.map { VietFormat.time($0) + "  " } ?? "") + item.item + (item.by.map { " \(ctx.rangeDash) \($0)" } ?? "")
    }
}
