/// One branch's awards in the year, newest first: date, recipient, kind, category, amount, sponsor.

import Canvas
import Store
import VietText

enum BranchAwardsView {
    /// The positions in `snapshot.awards` of the branch's awards in `year`, newest first.
    static func rows(_ data: DashboardData, branch: String, year: SchoolYear) -> [Int] {
        (data.awards.tally(year).awardsByBranch[branch] ?? []).reversed()
    }

    static func draw(_ state: AwardsState, branch: String, year: SchoolYear, _ data: DashboardData, _ ctx: RenderContext,
                     in area: Rect, into buffer: inout Buffer) {
        let tally = data.awards.tally(year)
        let name = data.snapshot.branches.first { $0.id == branch }?.name ?? branch
        let branchTally = tally.branches.first { $0.id == branch }
        let title = "\(name) \(ctx.separator) " + AwardsFormat.yearText(year, ctx)
        let inner = Box(title: title, border: ctx.border, borderStyle: ctx[.border], titleStyle: ctx[.title], ellipsis: ctx.ellipsis).render(in: area, into: &buffer)
        guard inner.width > 20, inner.height > 3 else { return }
        let content = inner.inset(top: 0, left: 1, bottom: 0, right: 1)
        let summary = ctx.text("\(VietFormat.integer(branchTally?.count ?? 0, ctx.language)) lượt khen thưởng \(ctx.separator) ",
                               "\(VietFormat.integer(branchTally?.count ?? 0, ctx.language)) awards \(ctx.separator) ")
            + MoneyText.words(branchTally?.amount ?? 0, ctx) + "   " + ctx.text("Esc: quay lại", "Esc: back")
        buffer.write(ctx.fit(summary, content.width), at: Point(x: content.x, y: content.y), style: ctx[.muted], clip: content)
        let list = rows(data, branch: branch, year: year)
        let tableArea = Rect(x: content.x, y: content.y + 2, width: content.width, height: max(0, content.height - 2))
        guard !list.isEmpty else {
            buffer.write(ctx.fit(ctx.text("Chi hội chưa có khen thưởng nào trong năm học này.", "No awards from this branch in this school year."),
                                 content.width), at: Point(x: tableArea.x, y: tableArea.y), style: ctx[.muted], clip: tableArea)
            return
        }
        let awards = data.snapshot.awards
        let selected = state.awardCursor.clamped(count: list.count)
        let window = ListCursor(index: selected).window(count: list.count, height: max(1, tableArea.height - 1))
        let rows = window.map { i -> [String] in
            let a = awards[list[i]]
            return [VietFormat.date(a.date, ctx.language), AwardsFormat.recipient(a, ctx), AwardsFormat.kindName(a.kind, ctx),
                    a.category, a.amount.map { MoneyText.full($0, ctx) } ?? "—", a.sponsor ?? ""]
        }
        let table = Table(
            columns: [TableColumn(title: ctx.text("Ngày", "Date"), width: .fixed(10)),
                      TableColumn(title: ctx.text("Người nhận", "Recipient"), width: .fill),
                      TableColumn(title: ctx.text("Đối tượng", "Kind"), width: .fixed(9)),
                      TableColumn(title: ctx.text("Loại", "Category"), width: .fill),
                      TableColumn(title: ctx.text("Số tiền", "Amount"), width: .fixed(12), alignment: .right),
                      TableColumn(title: ctx.text("Nhà tài trợ", "Sponsor"), width: .fill)],
            rows: rows, selected: selected - window.lowerBound, headerStyle: ctx[.accent], rowStyle: ctx[.text],
            selectedStyle: ctx[.selected], ellipsis: ctx.ellipsis)
        _ = table.render(in: tableArea, into: &buffer)
        // Awards that just arrived stand out.
        for (offset, i) in window.enumerated() where ctx.fresh.isFresh(award: awards[list[i]].id, at: ctx.now) {
            let y = tableArea.y + 1 + offset
            buffer.restyle(Rect(x: tableArea.x, y: y, width: tableArea.width, height: 1)) { $0.adding(.bold) }
        }
    }
}
