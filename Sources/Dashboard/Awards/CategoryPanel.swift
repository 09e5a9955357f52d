/// The year's awards by category and by recipient kind, with the change against the year before.

import Canvas
import Reports
import Store
import VietText

enum CategoryPanel {
    static func draw(_ tally: AwardsYear, previous: AwardsYear?, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        guard area.height >= 2, area.width >= 16 else { return }
        var y = area.y
        let countWidth = 7
        func row(_ label: String, _ count: Int, style: Style) {
            guard y < area.maxY else { return }
            let labelWidth = area.width - countWidth - 2
            buffer.write("  " + ctx.fit(label, labelWidth).padded(toWidth: labelWidth), at: Point(x: area.x, y: y), style: style, clip: area)
            buffer.write(VietFormat.integer(count, ctx.language).padded(toWidth: countWidth, alignment: .right),
                         at: Point(x: area.maxX - countWidth, y: y), style: ctx[.digits], clip: area)
            y += 1
        }
        func heading(_ text: String) {
            guard y < area.maxY else { return }
            buffer.write(ctx.fit(text, area.width), at: Point(x: area.x, y: y), style: ctx[.accent], clip: area)
            y += 1
        }
        heading(ctx.text("Theo loại khen thưởng", "By category"))
        if tally.categories.isEmpty { row(ctx.text("(chưa có)", "(none)"), 0, style: ctx[.muted]) }
        // Keep room for the kinds below: five rows and a heading, when the area allows.
        let kindsShown = tally.kinds.filter { $0.count > 0 }
        let room = max(1, area.maxY - y - (kindsShown.isEmpty ? 0 : kindsShown.count + 2))
        for c in tally.categories.prefix(room) { row(c.name, c.count, style: ctx[.text]) }
        if !kindsShown.isEmpty, y + 2 < area.maxY {
            y += 1
            heading(ctx.text("Theo đối tượng", "By recipient"))
            for k in kindsShown { row(AwardsFormat.kindName(k.kind, ctx), k.count, style: ctx[.text]) }
        }
        if let previous, y + 2 < area.maxY {
            y += 1
            heading(ctx.text("So với \(previous.year)", "Against \(previous.year)"))
            for (label, now, before) in [(ctx.text("Số lượt", "Awards"), tally.count, previous.count),
                                         (ctx.text("Số tiền", "Amount"), tally.amount, previous.amount)] where y < area.maxY {
                let change = AwardsFormat.change(now, before, ctx) ?? (ctx.text("chưa có số liệu", "no data"), .muted)
                let labelWidth = max(0, area.width - 2 - change.text.displayWidth - 1)
                buffer.write("  " + ctx.fit(label, labelWidth), at: Point(x: area.x, y: y), style: ctx[.text], clip: area)
                buffer.write(change.text, at: Point(x: area.maxX - change.text.displayWidth, y: y), style: ctx[change.role], clip: area)
                y += 1
            }
        }
    }
}
