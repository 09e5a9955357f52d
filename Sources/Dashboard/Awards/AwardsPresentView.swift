/// The awards on the projector: the year's count in big digits, the branches' bars, the latest awards, fund and titles.

import Canvas
import Reports
import Store
import VietText

enum AwardsPresentView {
    static func draw(_ year: SchoolYear, _ data: DashboardData, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        let index = data.awards
        let tally = index.tally(year)
        let inner = Box(title: Pane.awards.title(ctx.language) + " \(ctx.separator) " + AwardsFormat.yearText(year, ctx),
                        border: ctx.border, borderStyle: ctx[.border], titleStyle: ctx[.title], ellipsis: ctx.ellipsis)
            .render(in: area, into: &buffer)
        guard inner.width > 30, inner.height > 6 else { return }
        let content = inner.inset(top: 0, left: 2, bottom: 0, right: 2)
        let headline = drawHeadline(tally, ctx, in: content, into: &buffer)
        let body = Rect(x: content.x, y: content.y + headline + 1, width: content.width, height: max(0, content.height - headline - 1))
        guard body.height >= 3 else { return }
        let wide = body.width >= 84
        let cols = Layout.split(body, .horizontal, wide ? [.fill(3), .fill(2)] : [.fill(1)], spacing: 3)
        let left = Layout.split(cols[0], .vertical, [.fill(3), .fixed(min(7, max(0, cols[0].height / 3)))], spacing: 1)
        BranchBars.draw(tally, previous: nil, selected: nil, data, ctx, in: left[0], into: &buffer)
        if left[1].height >= 3 {
            FundPanel.draw(tally, fund: data.fund(year), ctx, in: Rect(x: left[1].x, y: left[1].y, width: left[1].width, height: min(4, left[1].height)), into: &buffer)
        }
        if wide {
            let right = Layout.split(cols[1], .vertical, [.fill(1), .fill(1)], spacing: 1)
            LatestAwards.draw(tally, data, ctx, in: right[0], into: &buffer)
            TitlesPanel.draw(data.report.titles, year: TitlesPanel.year(year), ctx, mayOpen: nil, in: right[1], into: &buffer)
        }
    }

    /// The count in big digits when there is room, with the amount beside it; returns the rows used.
    static func drawHeadline(_ tally: AwardsYear, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) -> Int {
        let digits = VietFormat.integer(tally.count, ctx.language)
        let caption = ctx.text("lượt khen thưởng", "awards")
        let amount = MoneyText.words(tally.amount, ctx)
        let rows = area.height >= 24 ? 5 : 3
        if let height = BigDigits.height(fitting: digits, width: area.width / 2, rows: rows, ascii: ctx.ascii), area.height >= 14 {
            let lines = BigDigits.lines(digits, height: height, ascii: ctx.ascii)
            for (i, line) in lines.enumerated() {
                buffer.write(line, at: Point(x: area.x, y: area.y + i), style: ctx[.digits], clip: area)
            }
            let x = area.x + (lines.first?.displayWidth ?? 0) + 3
            let captionY = area.y + (height.rows - 2) / 2
            buffer.write(caption, at: Point(x: x, y: captionY), style: ctx[.title], clip: area)
            buffer.write(amount, at: Point(x: x, y: captionY + 1), style: ctx[.digits].adding(.bold), clip: area)
            return height.rows
        }
        buffer.write(ctx.fit("\(digits) \(caption) \(ctx.separator) \(amount)", area.width), at: Point(x: area.x, y: area.y),
                     style: ctx[.title], clip: area)
        return 1
    }
}
