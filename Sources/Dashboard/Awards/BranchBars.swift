/// The branches of a year as horizontal bars, most awards first: name, bar, count, amount, change.

import Canvas
import Reports
import Store
import VietText

enum BranchBars {
    /// Draws the list in `area`: a heading row, then one row per branch, the selection kept in view.
    /// `selected` is nil where no cursor is shown (presenting); `previous` adds a ▲/▼ column.
    static func draw(_ tally: AwardsYear, previous: AwardsYear?, selected: Int?, _ data: DashboardData,
                     _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        guard area.height >= 2, area.width >= 20 else { return }
        let rows = tally.branches
        let tight = area.width < 70
        let countHeader = ctx.text("lượt", "awards")
        let countWidth = max(5, countHeader.displayWidth + 1, VietFormat.integer(rows.first?.count ?? 0, ctx.language).displayWidth + 1)
        // Full sums, one column wide enough for the largest and a space before it.
        let amountWidth = area.width >= 44 ? 2 + rows.map { MoneyText.full($0.amount, ctx).displayWidth }.reduce(9, max) : 0
        let changeWidth = previous != nil && area.width >= 90 ? 9 : 0
        let nameWidth = min(max(12, area.width * 2 / 5), rows.map { AwardsFormat.branchName($0.name, tight: tight).displayWidth }.max() ?? 12)
        let barWidth = max(0, area.width - 2 - nameWidth - 1 - countWidth - amountWidth - changeWidth - 1)

        let heading = ctx.text("Theo chi hội", "By branch")
        buffer.write(ctx.fit(heading, area.width), at: Point(x: area.x, y: area.y), style: ctx[.accent], clip: area)
        let columns = countHeader.padded(toWidth: countWidth, alignment: .right)
            + (amountWidth > 0 ? ctx.text("số tiền", "amount").padded(toWidth: amountWidth, alignment: .right) : "")
            + (changeWidth > 0 ? ctx.text("năm trước", "last yr").padded(toWidth: changeWidth, alignment: .right) : "")
        let colX = area.maxX - columns.displayWidth
        if colX > area.x + heading.displayWidth + 1 {
            buffer.write(columns, at: Point(x: colX, y: area.y), style: ctx[.muted], clip: area)
        }
        guard !rows.isEmpty else {
            buffer.write(ctx.fit(ctx.text("Chưa có chi hội nào (branches.rec).", "No branches yet (branches.rec)."), area.width),
                         at: Point(x: area.x, y: area.y + 1), style: ctx[.muted], clip: area)
            return
        }
        let top = rows.map(\.count).max() ?? 0
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        let cursor = ListCursor(index: selected ?? 0)
        let window = selected == nil ? 0..<min(rows.count, body.height) : cursor.window(count: rows.count, height: body.height)
        let before = Dictionary((previous?.branches ?? []).map { ($0.id, $0.count) }, uniquingKeysWith: { a, _ in a })
        let freshBranches = freshBranchIds(tally, data, ctx)
        for (offset, i) in window.enumerated() {
            let row = rows[i]
            let y = body.y + offset
            let line = Rect(x: body.x, y: y, width: body.width, height: 1)
            let isSelected = i == selected
            let isFresh = freshBranches.contains(row.id)
            let textStyle = isSelected ? ctx[.selected] : isFresh ? ctx[.accent].adding(.bold) : ctx[.text]
            if isSelected { buffer.fill(line, with: .blank(ctx[.selected])) }
            var x = body.x
            let mark = isSelected ? ctx.pointer : isFresh ? (ctx.ascii ? "+" : "★") : " "
            buffer.write(mark, at: Point(x: x, y: y), style: textStyle, clip: line)
            x += 2
            let name = AwardsFormat.branchName(row.name, tight: tight)
            buffer.write(ctx.fit(name, nameWidth).padded(toWidth: nameWidth), at: Point(x: x, y: y), style: textStyle, clip: line)
            x += nameWidth + 1
            if barWidth >= 3 {
                Bar(fraction: top > 0 ? Double(row.count) / Double(top) : 0, style: isFresh ? ctx[.accent] : ctx[.bar],
                    emptyStyle: ctx[.barEmpty], empty: ctx.ascii ? " " : "░", ascii: ctx.ascii)
                    .render(in: Rect(x: x, y: y, width: barWidth, height: 1), into: &buffer)
                x += barWidth
            }
            let count = VietFormat.integer(row.count, ctx.language).padded(toWidth: countWidth, alignment: .right)
            x = buffer.write(count, at: Point(x: x, y: y), style: isSelected ? textStyle : ctx[.digits], clip: line)
            if amountWidth > 0 {
                let amount = MoneyText.full(row.amount, ctx).padded(toWidth: amountWidth, alignment: .right)
                x = buffer.write(amount, at: Point(x: x, y: y), style: isSelected ? textStyle : ctx[.muted], clip: line)
            }
            if changeWidth > 0, let change = AwardsFormat.change(row.count, before[row.id], ctx) {
                buffer.write(change.text.padded(toWidth: changeWidth, alignment: .right), at: Point(x: x, y: y),
                             style: isSelected ? textStyle : ctx[change.role], clip: line)
            }
        }
    }

    /// The branches of the awards that just arrived.
    static func freshBranchIds(_ tally: AwardsYear, _ data: DashboardData, _ ctx: RenderContext) -> Set<String> {
        guard !ctx.fresh.awards.isEmpty else { return [] }
        let awards = data.snapshot.awards
        var out = Set<String>()
        for i in tally.latest.suffix(ctx.fresh.awards.count) where ctx.fresh.isFresh(award: awards[i].id, at: ctx.now) {
            out.insert(awards[i].branch)
        }
        return out
    }
}
