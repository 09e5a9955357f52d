/// The awards of the year's latest dates, newest first (a later record first within a day); projected, the last entered; those that just arrived are marked for the hall.

import Canvas
import Reports
import Store
import VietText

enum LatestAwards {
    static func draw(_ tally: AwardsYear, _ data: DashboardData, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        guard area.height >= 2, area.width >= 24 else { return }
        // The clerk looks up the latest awards by their date; the hall watches them arrive, as on
        // the overview's ticker, whatever day they are for.
        let heading = ctx.presenting
            ? ctx.text("Mới ghi nhận \(ctx.separator) vừa nhập ở trên", "Latest \(ctx.separator) newest entered first")
            : ctx.text("Mới nhất theo ngày khen thưởng", "Latest by date of award")
        buffer.write(ctx.fit(heading, area.width), at: Point(x: area.x, y: area.y), style: ctx[.accent], clip: area)
        let awards = data.snapshot.awards
        let names = Dictionary(data.snapshot.branches.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let shown = (ctx.presenting ? tally.latest : tally.latestByDate).reversed().prefix(max(0, area.height - 1)).map { awards[$0] }
        let amounts = shown.map { a in a.amount.map { MoneyText.full($0, ctx) } ?? "" }
        let amountWidth = amounts.map(\.displayWidth).max() ?? 0
        for (row, a) in shown.enumerated() {
            let y = area.y + 1 + row
            let fresh = ctx.fresh.isFresh(award: a.id, at: ctx.now)
            let line = Rect(x: area.x, y: y, width: area.width, height: 1)
            let style = fresh ? ctx[.accent].adding(.bold) : ctx[.text]
            let date = VietFormat.date(a.date, ctx.language)
            let right = amounts[row].padded(toWidth: amountWidth, alignment: .right)
            let branch = AwardsFormat.branchName(names[a.branch] ?? a.branch, tight: true)
            let left = (fresh ? (ctx.ascii ? "+ " : "★ ") : "  ") + (area.width >= 60 ? date + "  " : "")
                + AwardsFormat.recipient(a, ctx) + " \(ctx.separator) " + a.category + " \(ctx.separator) " + branch
            buffer.write(ctx.fit(left, area.width - right.displayWidth - 1), at: Point(x: area.x, y: y), style: style, clip: line)
            buffer.write(right, at: Point(x: area.maxX - right.displayWidth, y: y), style: fresh ? style : ctx[.digits], clip: line)
        }
        if tally.latestByDate.isEmpty {
            buffer.write(ctx.fit(ctx.text("Chưa có khen thưởng nào trong năm học này.", "No awards in this school year yet."), area.width),
                         at: Point(x: area.x, y: area.y + 1), style: ctx[.muted], clip: area)
        }
    }
}
