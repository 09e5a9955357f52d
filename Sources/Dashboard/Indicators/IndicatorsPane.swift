/// The indicators pane: the ward's education profile as a table with bars, grouped as the store groups it.

import Canvas
import Store
import VietText

enum IndicatorsPane {
    /// One row of the table: a group's heading, or an indicator (its index among the indicators).
    enum Row: Equatable {
        case heading(String)
        case indicator(Int)
    }

    /// Headings where the group changes, in the store's order.
    static func rows(_ indicators: [Indicator]) -> [Row] {
        var rows: [Row] = []
        var group: String?? = .none
        for (i, indicator) in indicators.enumerated() {
            if group == .none || group! != indicator.group {
                if let name = indicator.group { rows.append(.heading(name)) }
                group = .some(indicator.group)
            }
            rows.append(.indicator(i))
        }
        return rows
    }

    /// The value as people read it: "24/35", "100%", "13".
    static func valueText(_ indicator: Indicator) -> String {
        if let of = indicator.of { return "\(VietFormat.integer(indicator.value))/\(VietFormat.integer(of))" }
        if let unit = indicator.unit, !unit.isEmpty {
            return unit == "%" ? "\(VietFormat.integer(indicator.value))%" : "\(VietFormat.integer(indicator.value)) \(unit)"
        }
        return VietFormat.integer(indicator.value)
    }

    /// The bar's fraction: value of its denominator, a percentage of 100, or a count against the
    /// largest plain count (so the counts compare with each other).
    static func fraction(_ indicator: Indicator, largestCount: Int) -> Double {
        if let of = indicator.of { return of > 0 ? Double(indicator.value) / Double(of) : 0 }
        if indicator.unit == "%" { return Double(indicator.value) / 100 }
        return largestCount > 0 ? Double(indicator.value) / Double(largestCount) : 0
    }

    static func percentText(_ indicator: Indicator, _ ctx: RenderContext) -> String {
        guard let of = indicator.of, of > 0 else { return "" }
        return VietFormat.percent(Double(indicator.value) / Double(of), ctx.language)
    }

    static func draw(_ state: IndicatorsState, _ data: DashboardData, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        drawTable(state, data, ctx, in: area, into: &buffer)
        RemovalKeys.draw(state.removal, ctx, in: area, into: &buffer)
        RecordFormKeys.draw(state.recordForm, ctx, in: area, into: &buffer)
    }

    private static func drawTable(_ state: IndicatorsState, _ data: DashboardData, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        let indicators = data.snapshot.indicators
        guard !indicators.isEmpty else {
            MessagePane.draw(title: Pane.indicators.title(ctx.language), headline: ctx.text("Chưa có chỉ số nào.", "No indicators yet."),
                             detail: ctx.mayEdit ? ctx.text("Nhấn a để thêm chỉ số: hồ sơ giáo dục của phường hiện ở đây.",
                                                            "Press a to add an indicator: the ward's education profile shows here.")
                                 : ctx.text("Thêm bản ghi Indicator vào campaign.rec để mục này hiện hồ sơ giáo dục của phường.",
                                            "Add Indicator records to campaign.rec to show the ward's education profile here."),
                             ctx, in: area, into: &buffer)
            return
        }
        let inner = Box(title: Pane.indicators.title(ctx.language), border: ctx.border, borderStyle: ctx[.border], titleStyle: ctx[.title], ellipsis: ctx.ellipsis)
            .render(in: area, into: &buffer)
        guard inner.width > 10, inner.height > 2 else { return }
        let selected = state.cursor.clamped(count: indicators.count)
        let footerHeight = ctx.presenting ? 0 : 2
        let body = Rect(x: inner.x + 1, y: inner.y + 1, width: inner.width - 2, height: max(0, inner.height - 1 - footerHeight))
        let rows = rows(indicators)
        let selectedRow = rows.firstIndex(of: .indicator(selected)) ?? 0
        // On the projector, rows are spaced out when there is room: easier to read from afar.
        let spacing = ctx.presenting && body.height >= rows.count * 2 ? 2 : 1
        let window = ListCursor(index: selectedRow).window(count: rows.count, height: body.height / spacing)

        let largestCount = indicators.filter { $0.of == nil && $0.unit != "%" }.map(\.value).max() ?? 0
        let valueWidth = max(7, indicators.map { valueText($0).displayWidth }.max() ?? 0)
        let percentWidth = 7
        let labelWidth = min(indicators.map { $0.label.displayWidth }.max() ?? 0, max(12, body.width / 2))
        let barWidth = max(0, body.width - 2 - labelWidth - 2 - valueWidth - 2 - percentWidth - 1)

        for (offset, index) in window.enumerated() {
            let y = body.y + offset * spacing
            switch rows[index] {
            case .heading(let name):
                buffer.write(ctx.fit(name, body.width), at: Point(x: body.x, y: y), style: ctx[.accent], clip: body)
            case .indicator(let i):
                let indicator = indicators[i]
                let isSelected = i == selected && !ctx.presenting
                let rowRect = Rect(x: body.x, y: y, width: body.width, height: 1)
                if isSelected { buffer.fill(rowRect, with: .blank(ctx[.selected])) }
                let textStyle = isSelected ? ctx[.selected] : ctx[.text]
                var x = body.x
                if isSelected { buffer.write(ctx.pointer, at: Point(x: x, y: y), style: textStyle, clip: rowRect) }
                x += 2
                buffer.write(ctx.fit(indicator.label, labelWidth).padded(toWidth: labelWidth, alignment: .left),
                             at: Point(x: x, y: y), style: textStyle, clip: rowRect)
                x += labelWidth + 2
                buffer.write(valueText(indicator).padded(toWidth: valueWidth, alignment: .right),
                             at: Point(x: x, y: y), style: isSelected ? textStyle : ctx[.digits], clip: rowRect)
                x += valueWidth + 2
                if barWidth >= 4 {
                    Bar(fraction: fraction(indicator, largestCount: largestCount), style: ctx[.bar], emptyStyle: ctx[.barEmpty],
                        empty: ctx.ascii ? " " : "░", ascii: ctx.ascii)
                        .render(in: Rect(x: x, y: y, width: barWidth, height: 1), into: &buffer)
                    x += barWidth + 1
                }
                buffer.write(percentText(indicator, ctx).padded(toWidth: percentWidth, alignment: .right),
                             at: Point(x: x, y: y), style: textStyle, clip: rowRect)
            }
        }
        guard !ctx.presenting else { return }
        let indicator = indicators[selected]
        let footer = Rect(x: body.x, y: inner.maxY - 1, width: body.width, height: 1)
        let place = ctx.text("Nguồn: ", "Source: ") + indicator.source.description + "  " + ctx.separator + "  Indicator " + indicator.id
            + (indicator.group.map { "  \(ctx.separator)  \($0)" } ?? "")
        buffer.write(ctx.fit(place, footer.width), at: Point(x: footer.x, y: footer.y), style: ctx[.muted], clip: footer)
    }
}
