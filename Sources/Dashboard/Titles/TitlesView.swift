/// The learning titles of a calendar year in the whole pane: each title against its target, the party's block, and the titles by branch.

import Canvas
import Reports
import Store
import VietText

enum TitlesView {
    /// From this inner width the branches stand in a column of their own beside the titles.
    static let sideBySideWidth = 150
    /// The titles' block is no wider than this, so a figure stays near its name.
    static let maxTitlesWidth = 96

    /// The calendar year shown: the one chosen with [ and ], else the school year's shown in the
    /// pane, else the campaign's, else the latest with figures, else this year.
    static func year(_ state: AwardsState, _ data: DashboardData, today: Int) -> Int {
        if let y = state.titlesYear { return y }
        if let sy = data.awards.shownYear(state.year) { return TitlesPanel.year(sy) }
        return data.report.titles.campaignYear ?? data.report.titles.latestYear ?? today
    }

    static func draw(_ state: AwardsState, _ data: DashboardData, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        let progress = data.report.titles
        let year = year(state, data, today: ctx.now.date.year)
        let title = ctx.text("Danh hiệu học tập \(ctx.separator) năm \(year) (đánh giá theo năm dương lịch)",
                             "Learning titles \(ctx.separator) \(year) (assessed by calendar year)")
        let inner = Box(title: title, border: ctx.border, borderStyle: ctx[.border], titleStyle: ctx[.title], ellipsis: ctx.ellipsis)
            .render(in: area, into: &buffer)
        guard inner.width > 20, inner.height > 3 else { return }
        let content = inner.inset(top: 0, left: 1, bottom: 0, right: 1)
        let lines = AssessedTitle.allCases.map { progress.line($0, year: year) }
        let table = BranchTitlesTable(lines, data.snapshot.branches, ctx)
        // The titles keep to a readable width; the branches go beside them on a wide screen.
        var left = Rect(x: content.x, y: content.y, width: min(content.width, maxTitlesWidth), height: content.height)
        var right: Rect?
        if content.width >= sideBySideWidth, !table.rows.isEmpty {
            left.width = min(maxTitlesWidth, content.width - table.width - 4)
            right = Rect(x: left.maxX + 4, y: content.y, width: content.maxX - left.maxX - 4, height: content.height)
        }
        var y = drawTitles(lines, ctx, in: left, into: &buffer)
        if y + 1 < left.maxY {
            y += 1
            buffer.write(ctx.fit(ctx.text("Khối Đảng", "The party"), left.width), at: Point(x: left.x, y: y), style: ctx[.accent], clip: left)
            y += 1
            for (label, tally) in PartyBlock.rows(progress.party(year), ctx, short: left.width < 60) where y < left.maxY {
                PartyBlock.drawRow(label, tally, ctx, at: y, in: left, into: &buffer)
                y += 1
            }
        }
        // The branches below the titles on a narrow screen (before the sets: they are the figures).
        if right == nil, !table.rows.isEmpty, y + 3 < content.maxY {
            y = table.draw(ctx, in: Rect(x: content.x, y: y + 1, width: content.width, height: content.maxY - y - 1), into: &buffer)
        }
        if y + 3 < left.maxY {
            y = drawSets(progress, year: year, ctx, in: Rect(x: left.x, y: y + 1, width: left.width, height: left.maxY - y - 1), into: &buffer)
        }
        if let right { _ = table.draw(ctx, in: right, into: &buffer) }
        if state.refusedKey == .readOnly {
            let text = ctx.text("Chỉ xem: kho này không ghi được đánh giá", "Read-only: no assessment can be written to this store")
            buffer.write(ctx.fit(text, content.width), at: Point(x: content.x, y: content.maxY - 1), style: ctx[.bad], clip: content)
        }
    }

    /// The year's criteria sets in use with how many each assessed, and what still waits: the sets
    /// with empty places, who registered and is not assessed; returns the row after them.
    static func drawSets(_ progress: TitleProgress, year: Int, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) -> Int {
        let scored = progress.assessments(year)
        var y = area.y
        var lines: [(String, Role)] = []
        let used = Dictionary(grouping: scored, by: \.set.id)
        for set in progress.sets.values.sorted(by: { $0.id < $1.id }) where used[set.id] != nil {
            let count = VietFormat.integer(used[set.id]?.count ?? 0, ctx.language)
            let empty = set.items.filter { !$0.isComplete }.count
            let state = set.isComplete ? "" : empty > 0
                ? ctx.text(" \(ctx.separator) còn \(empty) chỗ trống: chưa công nhận được", " \(ctx.separator) \(empty) empty places: recognises no one")
                : ctx.text(" \(ctx.separator) chưa đủ tiêu chí: chưa công nhận được", " \(ctx.separator) incomplete: recognises no one")
            lines.append(("  \(set.id) \(ctx.separator) " + ctx.text("\(count) lượt đánh giá", "\(count) assessed") + state, set.isComplete ? .text : .warn))
        }
        let waiting = progress.awaiting(year).count
        if waiting > 0 {
            lines.append(("  " + ctx.text("Đã đăng ký, chưa đánh giá: \(VietFormat.integer(waiting, ctx.language))",
                                          "Registered, not yet assessed: \(VietFormat.integer(waiting, ctx.language))"), .warn))
        }
        guard !lines.isEmpty, area.height >= 2 else { return y }
        buffer.write(ctx.fit(ctx.text("Bộ tiêu chí đã dùng trong năm", "Criteria sets used this year"), area.width),
                     at: Point(x: area.x, y: y), style: ctx[.accent], clip: area)
        y += 1
        for (text, role) in lines where y < area.maxY {
            buffer.write(ctx.fit(text, area.width), at: Point(x: area.x, y: y), style: ctx[role], clip: area)
            y += 1
        }
        return y
    }

    /// The column headers and the five titles, two rows each; returns the row after them.
    static func drawTitles(_ lines: [TitleProgress.Line], _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) -> Int {
        let columns = TitleColumns(lines, ctx, width: area.width)
        var y = area.y
        columns.drawHeader(ctx, at: y, in: area, into: &buffer)
        y += 1
        let barWidth = TitleBarLine.barWidth(lines, ctx, room: area.width - 2)
        for line in lines where y + 1 < area.maxY {
            columns.drawFigures(line, ctx, at: y, in: area, into: &buffer)
            TitleBarLine.draw(line, ctx, at: y + 1, indent: 2, barWidth: barWidth, in: area, into: &buffer)
            y += 2
        }
        return y
    }
}
