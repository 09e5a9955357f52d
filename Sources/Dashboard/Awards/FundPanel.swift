/// The study-promotion fund of a year: donations, amounts awarded, balance, the largest donors, months.

import Canvas
import Reports
import Store
import VietText

enum FundPanel {
    /// `fund` is the ward's fund over the same school year (opening balance, expenses), when the
    /// pane shows the whole ward's year; without it the panel has the awards' own figures.
    static func draw(_ tally: AwardsYear, fund: FundTally?, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        guard area.height >= 2, area.width >= 20 else { return }
        var y = area.y
        buffer.write(ctx.fit(ctx.text("Quỹ khuyến học", "Study-promotion fund"), area.width), at: Point(x: area.x, y: y),
                     style: ctx[.accent], clip: area)
        y += 1
        func money(_ v: Int) -> String { MoneyText.full(v, ctx) }
        let gifts = ctx.text("Ủng hộ (\(VietFormat.integer(tally.donationCount, ctx.language)) lượt)",
                             "Donations (\(VietFormat.integer(tally.donationCount, ctx.language)))")
        var lines: [(String, String, Role)]
        if let fund, area.height >= 6 {
            // The fund book's figures: what was there, what came in, what went out, what is left.
            lines = []
            if fund.opening != 0 { lines.append((ctx.text("Tồn đầu năm học", "Opening balance"), money(fund.opening), .digits)) }
            lines.append((gifts, money(fund.donations), .digits))
            lines.append((ctx.text("Đã trao thưởng", "Awarded"), money(fund.awarded), .digits))
            if fund.expenses != 0 { lines.append((ctx.text("Chi khác", "Other spending"), money(fund.expenses), .digits)) }
            lines.append((ctx.text("Còn lại", "Balance"), money(fund.closing), fund.closing < 0 ? .bad : .good))
        } else if let fund {
            lines = [(gifts, money(fund.donations), .digits), (ctx.text("Đã chi", "Paid out"), money(fund.out), .digits),
                     (ctx.text("Còn lại", "Balance"), money(fund.closing), fund.closing < 0 ? .bad : .good)]
        } else {
            lines = [(gifts, money(tally.donations), .digits), (ctx.text("Đã trao thưởng", "Awarded"), money(tally.amount), .digits),
                     (ctx.text("Còn lại", "Balance"), money(tally.balance), tally.balance < 0 ? .bad : .good)]
        }
        for (label, value, role) in lines where y < area.maxY {
            let labelWidth = max(0, area.width - 2 - value.displayWidth - 1)
            buffer.write("  " + ctx.fit(label, labelWidth), at: Point(x: area.x, y: y), style: ctx[.text], clip: area)
            buffer.write(value, at: Point(x: area.maxX - value.displayWidth, y: y), style: ctx[role].adding(.bold), clip: area)
            y += 1
        }
        if y + 3 <= area.maxY { y = drawMonths(tally, ctx, at: y, in: area, into: &buffer) }
        guard !tally.donors.isEmpty, y + 2 < area.maxY else { return }
        y += 1
        buffer.write(ctx.fit(ctx.text("Ủng hộ nhiều nhất", "Largest donors"), area.width), at: Point(x: area.x, y: y),
                     style: ctx[.accent], clip: area)
        y += 1
        for donor in tally.donors.prefix(area.maxY - y) {
            let value = MoneyText.full(donor.amount, ctx)
            let labelWidth = max(0, area.width - 2 - value.displayWidth - 1)
            buffer.write("  " + ctx.fit(donor.name, labelWidth), at: Point(x: area.x, y: y), style: ctx[.text], clip: area)
            buffer.write(value, at: Point(x: area.maxX - value.displayWidth, y: y), style: ctx[.digits], clip: area)
            y += 1
        }
    }

    /// Income and spending month by month, September to August, as two sparklines under month initials.
    static func drawMonths(_ tally: AwardsYear, _ ctx: RenderContext, at top: Int, in area: Rect, into buffer: inout Buffer) -> Int {
        var y = top + 1
        let labels = [ctx.text("Thu", "In"), ctx.text("Chi", "Out")]
        let labelWidth = max(5, labels.map(\.displayWidth).max() ?? 3)
        let x = area.x + 2 + labelWidth + 1
        let step = area.maxX - x >= 24 ? 2 : 1
        guard area.maxX - x >= 12 else { return top }
        let maximum = Double(max(tally.monthlyIncome.max() ?? 0, tally.monthlySpending.max() ?? 0))
        for (label, values, role) in [(labels[0], tally.monthlyIncome, Role.good), (labels[1], tally.monthlySpending, Role.bar)] {
            buffer.write("  " + label, at: Point(x: area.x, y: y), style: ctx[.text], clip: area)
            let line = Sparkline(values: values.map(Double.init), maximum: maximum, ascii: ctx.ascii).line(width: 12)
            let spaced = step == 2 ? line.map { "\($0) " }.joined() : line
            buffer.write(spaced, at: Point(x: x, y: y), style: ctx[role], clip: area)
            y += 1
        }
        // The months of each quarter's start under their column: 9, 12, 3, 6.
        for (slot, month) in [(0, "9"), (3, "12"), (6, "3"), (9, "6")] {
            buffer.write(month, at: Point(x: x + slot * step, y: y), style: ctx[.muted], clip: area)
        }
        buffer.write("  " + ctx.text("tháng", "month"), at: Point(x: area.x, y: y), style: ctx[.muted],
                     clip: Rect(x: area.x, y: y, width: max(0, x - area.x - 1), height: 1))
        return y + 1
    }
}
