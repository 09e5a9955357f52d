/// The overview's four headline tiles, computed from the school year's tallies.

import Reports
import Store
import VietText

enum OverviewFigures {
    static func tiles(_ data: DashboardData, _ ctx: RenderContext) -> [KpiTile] {
        [learnerTurns(data, ctx), awards(data, ctx), clans(data, ctx), fund(data, ctx)]
    }

    static func target(_ data: DashboardData, _ metric: TargetMetric) -> TargetProgress? {
        data.tallies.targets.first { $0.metric == metric }
    }

    static func percentText(_ fraction: Double?, _ ctx: RenderContext) -> String {
        fraction.map { VietFormat.percent($0, ctx.language) } ?? ""
    }

    static func learnerTurns(_ data: DashboardData, _ ctx: RenderContext) -> KpiTile {
        let actual = data.tallies.learnerTurns
        let goal = target(data, .learnerTurns)
        let fresh = !ctx.fresh.enrollments.isEmpty && (ctx.fresh.until.map { ctx.now < $0 } ?? false)
        return KpiTile(
            label: ctx.text("Lượt người học", "Learner-turns"), shortLabel: ctx.text("Lượt học", "Learners"),
            figure: VietFormat.integer(actual, ctx.language), unit: ctx.text("lượt", "turns"), shortUnit: ctx.text("lượt", "turns"), progress: goal?.fraction, progressText: percentText(goal?.fraction, ctx),
            detail: goal.map { ctx.text("mục tiêu ", "target ") + VietFormat.integer($0.goal, ctx.language) + ctx.text(" lượt", " turns") } ?? "",
            detailRole: goal?.isMet == true ? .good : .muted, isFresh: fresh)
    }

    static func awards(_ data: DashboardData, _ ctx: RenderContext) -> KpiTile {
        let now = data.tallies.awards
        var detail = ""
        var role = Role.muted
        if let before = data.previousTallies?.awards.count {
            if before > 0 {
                let change = Double(now.count - before) / Double(before)
                let arrow = change >= 0 ? ctx.upArrow : ctx.downArrow
                detail = "\(arrow) \(VietFormat.percent(abs(change), ctx.language)) " + ctx.text("so với năm trước (", "on last year (")
                    + VietFormat.integer(before, ctx.language) + ")"
                role = change >= 0 ? .good : .bad
            } else {
                detail = ctx.text("năm trước: chưa có", "last year: none")
            }
        }
        let goal = target(data, .awards)
        return KpiTile(
            label: ctx.text("Khen thưởng năm học", "Awards this school year"), shortLabel: ctx.text("Khen thưởng", "Awards"),
            figure: VietFormat.integer(now.count, ctx.language),
            unit: ctx.text("lượt", "awards") + " \(ctx.separator) " + MoneyText.wordParts(now.amount, ctx).long,
            shortUnit: ctx.text("lượt", "awards"),
            progress: goal?.fraction, progressText: percentText(goal?.fraction, ctx), detail: detail, detailRole: role,
            isFresh: freshAwards(ctx))
    }

    /// The studious clans of the school year's calendar year, from `TitleProgress` (assessments
    /// where a set decided, else the `Clan` records), against the store's target or the national one.
    static func clans(_ data: DashboardData, _ ctx: RenderContext) -> KpiTile {
        guard let year = data.schoolYear else { return clanCounts(data, ctx) }
        let line = data.report.titles.line(.clan, year: TitlesPanel.year(year))
        let c = line.tally
        let fraction = c.fraction
        let met = line.target.isMet(c)
        let mark = met.map { $0 ? " " + (ctx.ascii ? "OK" : "✓") : "" } ?? ""
        return KpiTile(
            label: ctx.text("Dòng họ hiếu học", "Studious clans"), shortLabel: ctx.text("Dòng họ", "Clans"),
            figure: VietFormat.integer(c.recognized, ctx.language) + "/" + VietFormat.integer(c.total, ctx.language),
            unit: ctx.text("dòng họ", "clans"), shortUnit: ctx.text("dòng họ", "clans"), progress: fraction, progressText: percentText(fraction, ctx),
            detail: ctx.text("mục tiêu ", "target ") + TitleTargetText.text(line, ctx, short: true) + mark,
            detailRole: met == true ? .good : .muted, isFresh: false)
    }

    /// The same from the `Clan` records alone, when the store has no school year to go by.
    static func clanCounts(_ data: DashboardData, _ ctx: RenderContext) -> KpiTile {
        let c = data.tallies.clans
        let fraction = c.fraction
        let goal = target(data, .studiousClans)
        return KpiTile(
            label: ctx.text("Dòng họ hiếu học", "Studious clans"), shortLabel: ctx.text("Dòng họ", "Clans"),
            figure: VietFormat.integer(c.recognized, ctx.language) + "/" + VietFormat.integer(c.total, ctx.language),
            unit: ctx.text("dòng họ", "clans"), shortUnit: ctx.text("dòng họ", "clans"), progress: fraction, progressText: percentText(fraction, ctx),
            detail: goal.map { ctx.text("mục tiêu ", "target ") + VietFormat.integer($0.goal, ctx.language) } ?? "",
            detailRole: goal?.isMet == true ? .good : .muted, isFresh: false)
    }

    static func fund(_ data: DashboardData, _ ctx: RenderContext) -> KpiTile {
        let f = data.tallies.fund
        let money = MoneyText.wordParts(f.closing, ctx)
        return KpiTile(
            label: ctx.text("Quỹ khuyến học: còn", "Study fund: balance"), shortLabel: ctx.text("Quỹ còn", "Fund"),
            figure: money.number, unit: money.unit, shortUnit: money.short,
            progress: nil, progressText: "",
            detail: ctx.text("thu ", "in ") + VietFormat.moneyShort(f.donations, ctx.language) + " \(ctx.separator) "
                + ctx.text("chi ", "out ") + VietFormat.moneyShort(f.out, ctx.language),
            detailRole: f.closing < 0 ? .bad : .muted, isFresh: freshAwards(ctx))
    }

    static func freshAwards(_ ctx: RenderContext) -> Bool {
        !ctx.fresh.awards.isEmpty && (ctx.fresh.until.map { ctx.now < $0 } ?? false)
    }
}
