/// The clerk's view of a year: a summary line, the branches' bars, and beside them categories, fund and titles.

import Canvas
import Reports
import Store
import VietText

enum AwardsTalliesView {
    /// From this width the categories, the fund and the titles are all shown, in columns.
    static let wideWidth = 160

    static func draw(_ state: AwardsState, year: SchoolYear, _ data: DashboardData, _ ctx: RenderContext,
                     in area: Rect, into buffer: inout Buffer) {
        let index = data.awards
        let tally = index.tally(year)
        let previous = index.byYear[SchoolYear(startYear: year.startYear - 1)]
        let inner = Box(title: AwardsPane.title(year, index, ctx), border: ctx.border, borderStyle: ctx[.border], titleStyle: ctx[.title], ellipsis: ctx.ellipsis)
            .render(in: area, into: &buffer)
        guard inner.width > 20, inner.height > 3 else { return }
        let content = inner.inset(top: 0, left: 1, bottom: 0, right: 1)
        drawSummary(tally, previous: previous, state, ctx, in: content.row(0), into: &buffer)
        let body = Rect(x: content.x, y: content.y + 2, width: content.width, height: max(0, content.height - 2))
        let selected = state.branchCursor.clamped(count: tally.branches.count)
        if inner.width >= wideWidth {
            let cols = Layout.split(body, .horizontal, [.fill(5), .fill(3), .fill(3)], spacing: 3)
            drawLeft(tally, previous: previous, selected: selected, data, ctx, in: cols[0], into: &buffer)
            CategoryPanel.draw(tally, previous: previous, ctx, in: cols[1], into: &buffer)
            let right = Layout.split(cols[2], .vertical, [.fill(1), .fill(1)], spacing: 1)
            FundPanel.draw(tally, fund: data.fund(year), ctx, in: right[0], into: &buffer)
            TitlesPanel.draw(data.report.titles, year: TitlesPanel.year(year), ctx, mayOpen: ctx.mayEdit, in: right[1], into: &buffer)
        } else {
            let cols = Layout.split(body, .horizontal, [.fill(3), .fill(2)], spacing: 2)
            drawLeft(tally, previous: previous, selected: selected, data, ctx, in: cols[0], into: &buffer)
            switch state.side {
            case .categories: CategoryPanel.draw(tally, previous: previous, ctx, in: cols[1], into: &buffer)
            case .fund: FundPanel.draw(tally, fund: data.fund(year), ctx, in: cols[1], into: &buffer)
            case .titles: TitlesPanel.draw(data.report.titles, year: TitlesPanel.year(year), ctx, mayOpen: ctx.mayEdit, in: cols[1], into: &buffer)
            }
        }
    }

    /// The branches, and the latest awards under them when the column is tall enough.
    static func drawLeft(_ tally: AwardsYear, previous: AwardsYear?, selected: Int, _ data: DashboardData, _ ctx: RenderContext,
                         in area: Rect, into buffer: inout Buffer) {
        let branchRows = tally.branches.count + 1
        if area.height >= branchRows + 6 || area.height >= 30 {
            let top = min(branchRows, area.height * 3 / 5)
            let parts = Layout.split(area, .vertical, [.fixed(top), .fill(1)], spacing: 1)
            BranchBars.draw(tally, previous: previous, selected: selected, data, ctx, in: parts[0], into: &buffer)
            LatestAwards.draw(tally, data, ctx, in: parts[1], into: &buffer)
        } else {
            BranchBars.draw(tally, previous: previous, selected: selected, data, ctx, in: area, into: &buffer)
        }
    }

    /// "1.874 lượt khen thưởng · 613,8 triệu đồng   ▲ 5,2% so với 2021-2022", and a refused key's reason.
    static func drawSummary(_ tally: AwardsYear, previous: AwardsYear?, _ state: AwardsState, _ ctx: RenderContext,
                            in line: Rect, into buffer: inout Buffer) {
        var x = buffer.write(VietFormat.integer(tally.count, ctx.language), at: Point(x: line.x, y: line.y), style: ctx[.digits].adding(.bold), clip: line)
        x = buffer.write(ctx.text(" lượt khen thưởng \(ctx.separator) ", " awards \(ctx.separator) "), at: Point(x: x, y: line.y), style: ctx[.text], clip: line)
        x = buffer.write(MoneyText.words(tally.amount, ctx), at: Point(x: x, y: line.y), style: ctx[.digits].adding(.bold), clip: line)
        if let previous, let change = AwardsFormat.change(tally.count, previous.count, ctx) {
            x = buffer.write("   " + change.text, at: Point(x: x, y: line.y), style: ctx[change.role].adding(.bold), clip: line)
            x = buffer.write(ctx.text(" so với \(previous.year)", " against \(previous.year)"), at: Point(x: x, y: line.y), style: ctx[.muted], clip: line)
        }
        if let refused = state.refusedKey {
            let text = refused == .readOnly
                ? ctx.text("Chỉ xem: kho này không ghi được", "Read-only: this store cannot be written")
                : ctx.text("Chưa có chi hội nào để ghi khen thưởng", "No branch to record an award for")
            let width = text.displayWidth
            if line.maxX - width > x + 2 {
                buffer.write(text, at: Point(x: line.maxX - width, y: line.y), style: ctx[.bad], clip: line)
            }
        }
    }
}
