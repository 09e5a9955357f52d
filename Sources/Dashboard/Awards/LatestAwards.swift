/// The last awards recorded in the year, newest first; those that just arrived are marked for the hall.

import Canvas
import Reports
import Store
import VietText

enum LatestAwards {
    static func draw(_ tally: AwardsYear, _ data: DashboardData, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        guard area.height >= 2, area.width >= 24 else { return }
        buffer.write(ctx.fit(ctx.text("Mới ghi nhận", "Latest"), area.width), at: Point(x: area.x, y: area.y), style: ctx[.accent], clip: area)
        let awards = data.snapshot.awards
        let names = Dictionary(data.snapshot.branches.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var y = area.y + 1
        for i in tally.latest.reversed() where y < area.maxY {
            let a = awards[i]
            let fresh = ctx.fresh.isFresh(award: a.id, at: ctx.now)
            let line = Rect(x: area.x, y: y, width: area.width, height: 1)
            let style = fresh ? ctx[.accent].adding(.bold) : ctx[.text]
            let date = VietFormat.date(a.date, ctx.language)
            let amount = a.amount.map { AwardsFormat.moneyShort($0, ctx, tight: true) } ?? ""
            let right = amount.padded(toWidth: 9, alignment: .right)
            let branch = AwardsFormat.branchName(names[a.branch] ?? a.branch, tight: true)
            let left = (fresh ? (ctx.ascii ? "+ " : "★ ") : "  ") + (area.width >= 60 ? date + "  " : "")
                + AwardsFormat.recipient(a, ctx) + " \(ctx.separator) " + a.category + " \(ctx.separator) " + branch
            buffer.write(ctx.fit(left, area.width - right.displayWidth - 1), at: Point(x: area.x, y: y), style: style, clip: line)
            buffer.write(right, at: Point(x: area.maxX - right.displayWidth, y: y), style: fresh ? style : ctx[.digits], clip: line)
            y += 1
        }
        if tally.latest.isEmpty {
            buffer.write(ctx.fit(ctx.text("Chưa có khen thưởng nào trong năm học này.", "No awards in this school year yet."), area.width),
                         at: Point(x: area.x, y: y), style: ctx[.muted], clip: area)
        }
    }
}
