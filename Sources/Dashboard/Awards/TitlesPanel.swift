/// Learning titles of a year: studious clans and learning families, communities and units against their goals.

import Canvas
import Reports
import Store
import VietText

enum TitlesPanel {
    /// One title as drawn: its name, count, goal, and the count of the year before.
    struct Row {
        var label: String
        var count: TitleCount
        var goal: TitleGoal
        var previous: TitleCount?
    }

    /// The rows for `year`: the studious clans always, the other titles where the store counted them.
    static func rows(_ titles: TitlesIndex, year: SchoolYear?, _ ctx: RenderContext) -> [Row] {
        var rows = [Row(label: ctx.text("Dòng họ hiếu học", "Studious clans"), count: titles.clans,
                        goal: TitleGoal.goal(.studiousClans, targets: titles.targets), previous: nil)]
        guard let year else { return rows }
        let before = SchoolYear(startYear: year.startYear - 1)
        for kind in TitleKind.allCases {
            guard let line = titles.line(kind, in: year) else { continue }
            rows.append(Row(label: AwardsFormat.titleName(kind, ctx), count: line.count,
                            goal: TitleGoal.goal(TitleGoal.metric(kind), targets: titles.targets),
                            previous: titles.line(kind, in: before)?.count))
        }
        return rows
    }

    static func draw(_ titles: TitlesIndex, year: SchoolYear?, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        guard area.height >= 2, area.width >= 20 else { return }
        var y = area.y
        let heading = ctx.text("Danh hiệu học tập", "Learning titles") + (year.map { " \(ctx.separator) \($0)" } ?? "")
        buffer.write(ctx.fit(heading, area.width), at: Point(x: area.x, y: y), style: ctx[.accent], clip: area)
        y += 1
        let rows = rows(titles, year: year, ctx)
        for row in rows where y + 1 < area.maxY {
            drawRow(row, ctx, at: y, in: area, into: &buffer)
            y += 2
        }
        if rows.count == 1, y < area.maxY {
            let hint = ctx.text("Gia đình, cộng đồng, đơn vị học tập: thêm bản ghi Title vào titles.rec.",
                                "Learning families, communities, units: add Title records to titles.rec.")
            for line in hint.wrapped(toWidth: area.width - 2) where y < area.maxY {
                buffer.write(line, at: Point(x: area.x + 2, y: y), style: ctx[.muted], clip: area)
                y += 1
            }
        }
        let national = rows.contains { $0.goal.targetId == nil }
        if national, y < area.maxY {
            let note = ctx.text("QG: mục tiêu quốc gia năm 2025", "NT: national target for 2025")
            buffer.write(ctx.fit(note, area.width), at: Point(x: area.x, y: area.maxY - 1), style: ctx[.muted], clip: area)
        }
    }

    /// Two lines: the name and "24/35 · 68,6%", then a bar with the goal and whether it is met.
    static func drawRow(_ row: Row, _ ctx: RenderContext, at y: Int, in area: Rect, into buffer: inout Buffer) {
        let c = row.count
        let share = c.total > 0 ? VietFormat.percent(c.recognized, of: c.total, ctx.language) : VietFormat.missing
        var value = "\(VietFormat.integer(c.recognized, ctx.language))/\(VietFormat.integer(c.total, ctx.language)) \(ctx.separator) \(share)"
        if let p = row.previous, p.total > 0, area.width >= 56 {
            value = "(\(VietFormat.percent(p.recognized, of: p.total, ctx.language))) " + value
        }
        let labelWidth = max(0, area.width - 2 - value.displayWidth - 1)
        buffer.write("  " + ctx.fit(row.label, labelWidth), at: Point(x: area.x, y: y), style: ctx[.text], clip: area)
        buffer.write(value, at: Point(x: area.maxX - value.displayWidth, y: y), style: ctx[.digits], clip: area)

        let met = row.goal.isMet(c)
        let mark = met.map { $0 ? (ctx.ascii ? "OK " : "✓ ") + ctx.text("đạt", "met") : (ctx.ascii ? "-- " : "✗ ") + ctx.text("chưa đạt", "not yet") } ?? ""
        let source = row.goal.targetId.map { " (\($0))" } ?? ctx.text(" QG", " NT")
        let atLeast = ctx.ascii ? ">=" : "≥"
        let goal = row.goal.percent.map { "\(atLeast) \($0)%" } ?? row.goal.count.map { "\(atLeast) \(VietFormat.integer($0, ctx.language))" } ?? ""
        let tail = ctx.text("mục tiêu ", "goal ") + goal + source + "  " + mark
        let barWidth = max(0, area.width - 4 - tail.displayWidth - 1)
        let barRect = Rect(x: area.x + 4, y: y + 1, width: barWidth, height: 1)
        if barWidth >= 4 {
            Bar(fraction: c.fraction ?? 0, style: ctx[met == false ? .warn : .good], emptyStyle: ctx[.barEmpty],
                empty: ctx.ascii ? " " : "░", ascii: ctx.ascii).render(in: barRect, into: &buffer)
            // The goal's place on the bar.
            if let f = row.goal.fraction(of: c), f > 0, f < 1 {
                let gx = barRect.x + min(barWidth - 1, Int((f * Double(barWidth)).rounded()))
                buffer.write(ctx.ascii ? "|" : "┃", at: Point(x: gx, y: y + 1), style: ctx[.accent], clip: barRect)
            }
        }
        let tailX = area.maxX - tail.displayWidth
        buffer.write(ctx.text("mục tiêu ", "goal ") + goal + source + "  ", at: Point(x: tailX, y: y + 1), style: ctx[.muted], clip: area)
        buffer.write(mark, at: Point(x: area.maxX - mark.displayWidth, y: y + 1),
                     style: met == false ? ctx[.bad] : ctx[.good].adding(.bold), clip: area)
    }
}
