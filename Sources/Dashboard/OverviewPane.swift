/// The overview pane: the campaign's banner — title, ward, week dates, ceremony — and its themes.

import Canvas
import Store
import VietText

enum OverviewPane {
    /// Text lines wider than this are wrapped, so a wide screen keeps a readable block.
    static let maxContentWidth = 100

    static func draw(_ snapshot: StoreSnapshot?, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        guard let campaign = snapshot?.campaign else {
            if let problems = snapshot?.problems, !problems.isEmpty {
                ProblemList.draw(problems, ctx, in: area, into: &buffer)
            } else {
                EmptyPane.draw(.overview, ctx, in: area, into: &buffer)
            }
            return
        }
        let inner = Box(title: Pane.overview.title(ctx.language), border: ctx.border, borderStyle: ctx[.border], titleStyle: ctx[.title])
            .render(in: area, into: &buffer)
        let width = min(inner.width - 4, maxContentWidth)
        guard width > 0 else { return }
        var writer = BlockWriter(x: inner.x + max(2, (inner.width - width) / 2), y: inner.y + 1, width: width, clip: inner)

        writer.paragraph(campaign.title, style: ctx[.title], into: &buffer)
        writer.paragraph("\(campaign.ward) \(ctx.separator) \(campaign.center)", style: ctx[.muted], into: &buffer)
        writer.skip()

        let rows = facts(campaign, ctx)
        let labelWidth = rows.map { $0.label.displayWidth }.max() ?? 0
        for row in rows {
            writer.labelled(row.label, labelWidth: labelWidth, value: row.value, ctx, into: &buffer)
        }
        if !campaign.themes.isEmpty {
            writer.skip()
            writer.paragraph(ctx.text("Chủ đề", "Themes"), style: ctx[.accent], into: &buffer)
            for theme in campaign.themes {
                writer.bullet(theme, bullet: ctx.bullet, style: ctx[.text], bulletStyle: ctx[.accent], into: &buffer)
            }
        }
        writer.markOverflow(ctx, into: &buffer)
    }

    /// The labelled facts of the banner, in reading order; absent fields are left out.
    static func facts(_ c: Campaign, _ ctx: RenderContext) -> [(label: String, value: String)] {
        var rows: [(String, String)] = [
            (ctx.text("Năm học", "School year"), c.schoolYear),
            (ctx.text("Tuần lễ", "Week"),
             "\(VietFormat.dateWithWeekday(c.weekStart, ctx.language)) \(ctx.rangeDash) \(VietFormat.dateWithWeekday(c.weekEnd, ctx.language))"),
        ]
        if let day = c.ceremonyDate {
            let time = c.ceremonyTime.map { VietFormat.time($0) + " \(ctx.separator) " } ?? ""
            rows.append((ctx.text("Lễ phát động", "Ceremony"), time + VietFormat.dateWithWeekday(day, ctx.language)))
        }
        if let venue = c.venue { rows.append((ctx.text("Địa điểm", "Venue"), venue)) }
        return rows
    }
}
