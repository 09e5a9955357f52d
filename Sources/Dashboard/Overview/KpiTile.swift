/// A headline figure of the campaign in a box: its label, the figure (in big digits when there is
/// room), a progress bar against its target, and a line of detail.

import Canvas

struct KpiTile: Equatable {
    var label: String
    /// The label where a tile is narrow ("Khen thưởng" for "Khen thưởng năm học").
    var shortLabel: String
    /// The figure, as formatted text ("2.046", "24/35", "1,2").
    var figure: String
    /// What the figure counts, under it ("lượt", "lượt · 613,8 triệu đồng"); may be empty.
    var unit: String
    /// The unit beside the figure in a compact tile ("lượt").
    var shortUnit: String
    /// Progress toward a target, 0…1, when there is one.
    var progress: Double?
    /// Shown after the bar ("75,8%").
    var progressText: String
    /// The line under the figure ("mục tiêu 2.700", "▲ 12,5% so với năm trước").
    var detail: String
    /// The role of the detail line: good, bad or muted.
    var detailRole: Role
    /// The tile changed a moment ago (a record just arrived): its frame is highlighted.
    var isFresh: Bool

    /// Rows a tile takes at each size: big digits of `rows` rows plus label, bar, detail and frame.
    static func height(digitRows: Int?) -> Int { digitRows.map { $0 + 5 } ?? 5 }

    func draw(_ ctx: RenderContext, digits: BigDigits.Height?, in rect: Rect, into buffer: inout Buffer) {
        let title = label.displayWidth + 4 <= rect.width ? label : shortLabel
        let inner = Box(title: title, border: ctx.border, borderStyle: isFresh ? ctx[.accent] : ctx[.border],
                        titleStyle: isFresh ? ctx[.accent] : ctx[.title], ellipsis: ctx.ellipsis)
            .render(in: rect, into: &buffer)
        guard inner.width > 2, inner.height > 0 else { return }
        var y = inner.y
        let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        if let digits, BigDigits.width(of: figure, height: digits, ascii: ctx.ascii) <= content.width {
            let width = BigDigits.width(of: figure, height: digits, ascii: ctx.ascii)
            BigDigits.draw(figure, at: Point(x: content.x + (content.width - width) / 2, y: y), height: digits,
                           style: ctx[.digits], ascii: ctx.ascii, clip: content, into: &buffer)
            y += digits.rows
            if !unit.isEmpty {
                let text = ctx.fit(unit, content.width)
                buffer.write(text, at: Point(x: content.x + (content.width - text.displayWidth) / 2, y: y), style: ctx[.muted], clip: content)
            }
            y += 1
        } else {
            let x = buffer.write(figure, at: Point(x: content.x, y: y), style: ctx[.digits].adding(.bold), clip: content)
            let small = unit.displayWidth + 1 <= content.maxX - x ? unit : shortUnit
            if !small.isEmpty {
                buffer.write(" " + ctx.fit(small, max(0, content.maxX - x - 1)), at: Point(x: x, y: y), style: ctx[.muted], clip: content)
            }
            y += 1
        }
        if let progress, y < content.maxY {
            let textWidth = progressText.displayWidth
            let barWidth = max(0, content.width - textWidth - 1)
            if barWidth >= 3 {
                Bar(fraction: progress, style: ctx[.bar], emptyStyle: ctx[.barEmpty], empty: ctx.ascii ? " " : "░", ascii: ctx.ascii)
                    .render(in: Rect(x: content.x, y: y, width: barWidth, height: 1), into: &buffer)
            }
            buffer.write(progressText, at: Point(x: content.maxX - textWidth, y: y), style: ctx[.text], clip: content)
            y += 1
        }
        if !detail.isEmpty, y < content.maxY {
            buffer.write(ctx.fit(fittedDetail(ctx, width: content.width), content.width), at: Point(x: content.x, y: y),
                         style: ctx[detailRole], clip: content)
        }
    }

    /// The detail line in `width`: parts ("thu 4 triệu · chi 1,6 triệu") are dropped from the end
    /// rather than one cut inside an amount ("chi 1,6 tr…" reads as an abbreviation).
    func fittedDetail(_ ctx: RenderContext, width: Int) -> String {
        let separator = " \(ctx.separator) "
        var parts = detail.components(separatedBy: separator)
        while parts.count > 1, parts.joined(separator: separator).displayWidth > width { parts.removeLast() }
        return parts.joined(separator: separator)
    }
}
