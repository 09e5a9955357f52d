/// The awards pane's side panel of learning titles: the five titles of the calendar year against their targets, and the party's block where room is left.

import Canvas
import Reports
import Store
import VietText

enum TitlesPanel {
    /// The calendar year whose titles go with a school year: the December of its first year.
    static func year(_ schoolYear: SchoolYear) -> Int { TitleProgress.year(of: schoolYear) }

    static func draw(_ progress: TitleProgress, year: Int, _ ctx: RenderContext, mayOpen: Bool?, in area: Rect, into buffer: inout Buffer) {
        guard area.height >= 2, area.width >= 20 else { return }
        var y = area.y
        let heading = ctx.text("Danh hiệu học tập \(ctx.separator) năm \(year)", "Learning titles \(ctx.separator) \(year)")
        buffer.write(ctx.fit(heading, area.width), at: Point(x: area.x, y: y), style: ctx[.accent], clip: area)
        y += 1
        // The last row keeps the key that opens the whole view (none on the projector: nil).
        let bottom = mayOpen == nil ? area.maxY : area.maxY - 1
        let lines = AssessedTitle.allCases.map { progress.line($0, year: year) }
        let barWidth = TitleBarLine.barWidth(lines, ctx, room: area.width - 2)
        for line in lines where y + 1 < bottom {
            drawFigures(line, ctx, at: y, in: area, into: &buffer)
            TitleBarLine.draw(line, ctx, at: y + 1, indent: 2, barWidth: barWidth, in: area, into: &buffer)
            y += 2
        }
        if y + 1 < bottom {
            y += 1
            let party = progress.party(year)
            for (label, tally) in PartyBlock.rows(party, ctx, short: true) where y < bottom {
                PartyBlock.drawRow(label, tally, ctx, at: y, in: area, into: &buffer)
                y += 1
            }
        }
        guard let mayOpen else { return }
        let hint = mayOpen ? ctx.text("t: chi tiết · đánh giá", "t: details · assess")
            : ctx.text("t: chi tiết theo chi hội", "t: details by branch")
        buffer.write(ctx.fit(hint, area.width), at: Point(x: area.x, y: area.maxY - 1), style: ctx[.muted], clip: area)
    }

    /// "  Gia đình học tập     3.887/5.710 · 68,1%": the name is shortened, never the figures.
    static func drawFigures(_ line: TitleProgress.Line, _ ctx: RenderContext, at y: Int, in area: Rect, into buffer: inout Buffer) {
        let t = line.tally
        let value = "\(VietFormat.integer(t.recognized, ctx.language))/\(VietFormat.integer(t.total, ctx.language)) \(ctx.separator) "
            + TitleTargetText.share(t, ctx)
        let labelWidth = max(0, area.width - 2 - value.displayWidth - 1)
        buffer.write("  " + ctx.fit(TitleTargetText.name(line.title, ctx), labelWidth), at: Point(x: area.x, y: y), style: ctx[.text], clip: area)
        buffer.write(value, at: Point(x: area.maxX - value.displayWidth, y: y), style: ctx[.digits], clip: area)
    }
}
