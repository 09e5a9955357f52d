/// The overview pane, the ceremony's screen: the campaign's banner, four headline tiles, the agenda
/// under way and the latest awards and enrollments, laid out for the room there is.

import Canvas
import Store
import VietText

enum OverviewPane {
    static func draw(_ state: OverviewState, _ data: DashboardData, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        drawBody(state, data, ctx, in: area, into: &buffer)
        RecordChooserKeys.draw(state, data, ctx, in: area, into: &buffer)
        RemovalKeys.draw(state.removal, ctx, in: area, into: &buffer)
        RecordFormKeys.draw(state.recordForm, ctx, in: area, into: &buffer)
    }

    private static func drawBody(_ state: OverviewState, _ data: DashboardData, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        guard let campaign = data.snapshot.campaign else {
            if !data.snapshot.errors.isEmpty {
                ProblemList.draw(data.snapshot.problems, ctx, in: area, into: &buffer)
            } else if ctx.mayEdit {
                MessagePane.draw(title: Pane.overview.title(ctx.language),
                                 headline: ctx.text("Chưa có chiến dịch năm học — nhấn a để thiết lập.",
                                                    "No campaign for the school year yet — press a to set it up."),
                                 detail: ctx.text("Biểu mẫu thêm lần lượt chiến dịch, chỉ tiêu, chương trình buổi lễ, chỉ số, chi hội, dòng họ và lớp học.",
                                                  "The form adds the campaign, then targets, the ceremony's agenda, indicators, branches, clans and classes."),
                                 ctx, in: area, into: &buffer)
            } else {
                MessagePane.draw(title: Pane.overview.title(ctx.language), headline: ctx.text("Trống.", "Empty."),
                                 detail: ctx.text("Kho dữ liệu chưa có chiến dịch nào (campaign.rec).", "The store holds no campaign yet (campaign.rec)."),
                                 ctx, in: area, into: &buffer)
            }
            return
        }
        let inner = Box(title: Pane.overview.title(ctx.language), border: ctx.border, borderStyle: ctx[.border], titleStyle: ctx[.title], ellipsis: ctx.ellipsis)
            .render(in: area, into: &buffer)
        guard inner.width > 10, inner.height > 4 else { return }
        let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)

        let banner = bannerLines(campaign, ctx, width: content.width)
        let tiles = OverviewFigures.tiles(data, ctx)
        let plan = TilePlan.choose(tiles, ctx, width: content.width, height: content.height - banner.count - 4)
        let themes = campaign.themes
        let tilesHeight = plan.rows * plan.tileHeight
        var remaining = content.height - banner.count - tilesHeight
        // The themes as a list under their heading when the agenda and ticker keep room enough;
        // else one theme a line beside the heading (every theme of the week read at once, as at
        // 120×40); else, on a small screen, on one line.
        let themesAsList = !themes.isEmpty && remaining - (themes.count + 1) >= 10
        let themesBeside = !themes.isEmpty && !themesAsList && remaining - themes.count >= 7
        let themesHeight = themes.isEmpty ? 0 : (themesAsList ? themes.count + 1 : themesBeside ? themes.count : 1)

        var y = content.y
        for line in banner {
            let x = content.x + max(0, (content.width - line.text.displayWidth) / 2)
            buffer.write(line.text, at: Point(x: x, y: y), style: ctx[line.role], clip: content)
            y += 1
        }
        plan.draw(tiles, ctx, at: Point(x: content.x, y: y), width: content.width, into: &buffer)
        y += tilesHeight
        remaining = content.maxY - y - themesHeight
        if remaining >= 3 {
            let lower = Rect(x: content.x, y: y, width: content.width, height: remaining)
            let halves = Layout.split(lower, .horizontal, [.percent(45), .fill(1)])
            AgendaBox.draw(data.agenda, ctx, in: halves[0], into: &buffer)
            TickerBox.draw(TickerEntry.ticker(arrivals: state.arrivals, latest: data.latest), ctx, in: halves[1], into: &buffer)
            y += remaining
        }
        guard !themes.isEmpty, y < content.maxY else { return }
        let label = ctx.text("Chủ đề", "Themes")
        if themesAsList {
            buffer.write(label, at: Point(x: content.x + 1, y: y), style: ctx[.accent], clip: content)
            for (i, theme) in themes.enumerated() {
                let text = ctx.fit("\(ctx.bullet) " + theme, content.width - 2)
                buffer.write(text, at: Point(x: content.x + 1, y: y + 1 + i), style: ctx[.text], clip: content)
            }
        } else if themesBeside {
            // Beside the label when every theme fits there; else the label gives way, so that a
            // theme that fits the pane's width is read whole (80 columns: the week's first theme).
            let labelled = label.displayWidth + 2 + 2 + (themes.map(\.displayWidth).max() ?? 0) <= content.width - 2
            let x = labelled ? buffer.write(label + ": ", at: Point(x: content.x + 1, y: y), style: ctx[.accent], clip: content)
                : content.x
            for (i, theme) in themes.enumerated() {
                let line = Rect(x: x, y: y + i, width: max(0, content.maxX - x - (labelled ? 1 : 0)), height: 1)
                buffer.write(ctx.fit("\(ctx.bullet) " + theme, line.width), at: Point(x: x, y: y + i), style: ctx[.text], clip: line)
            }
        } else {
            let x = buffer.write(label + ": ", at: Point(x: content.x + 1, y: y), style: ctx[.accent], clip: content)
            let line = Rect(x: x, y: y, width: max(0, content.maxX - x - 1), height: 1)
            buffer.write(themesLine(themes, ctx, width: line.width), at: Point(x: x, y: y), style: ctx[.text], clip: line)
        }
    }

    /// "Chủ đề A · Chủ đề B (còn 3 chủ đề nữa)": as many whole themes as fit, and how many did not.
    static func themesLine(_ themes: [String], _ ctx: RenderContext, width: Int) -> String {
        let all = themes.joined(separator: " \(ctx.separator) ")
        if all.displayWidth <= width { return all }
        func more(_ n: Int) -> String { " (" + ctx.text("còn \(n) chủ đề nữa", "\(n) more") + ")" }
        for shown in stride(from: themes.count - 1, through: 1, by: -1) {
            let head = themes.prefix(shown).joined(separator: " \(ctx.separator) ")
            if head.displayWidth + more(themes.count - shown).displayWidth <= width { return head + more(themes.count - shown) }
        }
        // Not even one whole theme fits: the first, cut, then the count of the others.
        let rest = themes.count > 1 ? more(themes.count - 1) : ""
        if rest.displayWidth < width - 4 { return ctx.fit(themes[0], width - rest.displayWidth) + rest }
        return ctx.fit(all, width)
    }

    /// The banner: title, ward and centre, then the week, the ceremony and where we are.
    static func bannerLines(_ c: Campaign, _ ctx: RenderContext, width: Int) -> [(text: String, role: Role)] {
        var lines: [(String, Role)] = c.title.wrapped(toWidth: width).prefix(2).map { ($0, .title) }
        let year = ctx.text("Năm học ", "School year ") + c.schoolYear
        let place = "\(c.ward) \(ctx.separator) \(c.center) \(ctx.separator) " + year
        // Narrow: the centre's name already names the ward ("… phường Quảng Châu"), so the ward goes first.
        var wardName = VietText.searchKey(c.ward)
        for kind in ["phuong ", "xa ", "thi tran "] where wardName.hasPrefix(kind) { wardName.removeFirst(kind.count) }
        let centreNamesWard = !wardName.isEmpty && VietText.searchKey(c.center).contains(wardName)
        let short = "\(c.center) \(ctx.separator) " + year
        lines.append((ctx.fit(place.displayWidth > width && centreNamesWard ? short : place, width), .muted))
        let week = ctx.text("Tuần lễ ", "Week ") + VietFormat.dateWithWeekday(c.weekStart, ctx.language) + " \(ctx.rangeDash) "
            + VietFormat.dateWithWeekday(c.weekEnd, ctx.language)
        var ceremony = ""
        if let day = c.ceremonyDate {
            ceremony = ctx.text("Lễ phát động ", "Ceremony ") + (c.ceremonyTime.map { VietFormat.time($0) + " " } ?? "")
                + VietFormat.dateWithWeekday(day, ctx.language) + (c.venue.map { ", \($0)" } ?? "")
        } else if let venue = c.venue {
            ceremony = venue
        }
        let phase = "[" + CampaignPhase(c, today: ctx.now.date).text(ctx) + "]"
        let oneLine = [week, ceremony, phase].filter { !$0.isEmpty }.joined(separator: "  \(ctx.separator)  ")
        if oneLine.displayWidth <= width {
            lines.append((oneLine, .text))
        } else {
            lines.append((ctx.fit(week + "  " + phase, width), .text))
            if !ceremony.isEmpty { lines.append((ctx.fit(ceremony, width), .text)) }
        }
        return lines
    }
}
