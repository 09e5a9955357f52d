/// The left of the classes pane: the year's classes with topic, partner, dates, enrolled against capacity and attendance.

import Canvas
import Reports
import Store
import VietText

enum ClassListView {
    static func draw(_ state: ClassesState, _ selection: ClassesSelection, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        let index = selection.index
        let focused = state.focus == .classes && state.card == nil && state.form == nil && !ctx.presenting
        let inner = Box(title: title(state, selection, ctx), border: ctx.border, borderStyle: focused ? ctx[.focus] : ctx[.border],
                        titleStyle: ctx[.title], ellipsis: ctx.ellipsis)
            .render(in: area, into: &buffer)
        guard inner.width > 8, inner.height > 2 else { return }
        let footer = FooterLine.wanted(search: state.classSearch, message: focused ? state.message : nil, ctx)
        let body = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height - (footer ? 1 : 0))
        let headers = headers(ctx)
        let columns = columns(width: body.width - 2).fitting(headers, fill: 0, least: 12)
        ColumnRow.draw(headers, columns, style: ctx[.muted], ctx: ctx, x: body.x + 2, y: body.y, clip: body, into: &buffer)
        let list = Rect(x: body.x, y: body.y + 1, width: body.width, height: max(0, body.height - 1))
        if selection.classes.isEmpty {
            buffer.write(ctx.fit(ctx.text("Không có lớp nào khớp. Esc: bỏ lọc / tìm.", "No class matches. Esc: clear the filter / search."), list.width),
                         at: Point(x: list.x, y: list.y), style: ctx[.muted], clip: list)
        }
        let selectedRow = selection.classRow
        for (offset, row) in ListCursor(index: selectedRow).window(count: selection.classes.count, height: list.height).enumerated() {
            let c = selection.classes[row]
            let course = index.courses[c], roll = index.rolls[c]
            let y = list.y + offset
            let isSelected = row == selectedRow && !ctx.presenting
            let rowRect = Rect(x: list.x, y: y, width: list.width, height: 1)
            var style = ctx[.text]
            if isSelected && focused {
                buffer.fill(rowRect, with: .blank(ctx[.selected]))
                style = ctx[.selected]
            }
            if isSelected { buffer.write(ctx.pointer, at: Point(x: list.x, y: y), style: focused ? style : ctx[.accent], clip: rowRect) }
            let cells = [course.name, course.topic, course.partner ?? "", dates(course, ctx), enrolled(course, roll), "", rate(roll, ctx)]
            let digits: Style? = isSelected && focused ? nil : ctx[.digits]
            ColumnRow.draw(cells, columns, styles: [nil, nil, nil, nil, digits, nil, nil], style: style, ctx: ctx,
                           x: list.x + 2, y: y, clip: rowRect, into: &buffer)
            if columns[5].width > 0 {
                let x = list.x + 2 + columns[..<5].reduce(0) { $0 + ($1.width > 0 ? $1.width + 1 : 0) }
                Bar(fraction: course.capacity.map { $0 > 0 ? Double(roll.byName.count) / Double($0) : 0 } ?? 0,
                    style: ctx[.bar], emptyStyle: ctx[.barEmpty], empty: ctx.ascii ? " " : "░", ascii: ctx.ascii)
                    .render(in: Rect(x: x, y: y, width: columns[5].width, height: 1), into: &buffer)
            }
        }
        if footer {
            FooterLine.draw(search: state.classSearch, message: focused ? state.message : nil,
                            count: ctx.text("\(selection.classes.count) lớp", "\(selection.classes.count) classes"), ctx,
                            in: Rect(x: body.x, y: inner.maxY - 1, width: body.width, height: 1), into: &buffer)
        }
    }

    /// "Lớp học 2022–2023 (27)", with the kind and topic filters when set.
    static func title(_ state: ClassesState, _ selection: ClassesSelection, _ ctx: RenderContext) -> String {
        var parts = [ctx.text("Lớp học", "Classes") + (selection.index.schoolYear.map { " " + $0.description } ?? "")
            + " (\(selection.classes.count))"]
        if let kind = state.kind { parts.append(kindName(kind, ctx)) }
        if let topic = state.topic { parts.append(topic) }
        return parts.joined(separator: " \(ctx.separator) ")
    }

    static func kindName(_ kind: CourseKind, _ ctx: RenderContext) -> String {
        switch kind {
        case .vocational: ctx.text("Dạy nghề", "Vocational")
        case .thematic: ctx.text("Chuyên đề", "Thematic")
        case .literacy: ctx.text("Xoá mù chữ", "Literacy")
        case .club: ctx.text("Câu lạc bộ", "Club")
        }
    }

    static func headers(_ ctx: RenderContext) -> [String] {
        [ctx.text("Lớp", "Class"), ctx.text("Chủ đề", "Topic"), ctx.text("Đơn vị phối hợp", "Partner"), ctx.text("Thời gian", "Dates"),
         ctx.text("Sĩ số", "Enrolled"), "", ctx.text("C.cần", "Att.")]
    }

    /// Name, topic, partner, dates, enrolled, bar, attendance; the optional ones as room allows.
    static func columns(width: Int) -> [ColumnSpec] {
        let enrolled = 7, rate = 5
        let bar = width >= 56 ? 10 : width >= 40 ? 5 : 0
        let dates = width >= 96 ? 11 : 0
        let topic = width >= 76 ? 14 : 0
        let partner = width >= 110 ? 22 : 0
        let fixed = [topic, partner, dates, enrolled, bar, rate].reduce(0) { $0 + ($1 > 0 ? $1 + 1 : 0) }
        return [ColumnSpec(width: max(6, width - fixed)), ColumnSpec(width: topic), ColumnSpec(width: partner), ColumnSpec(width: dates),
                ColumnSpec(width: enrolled, alignment: .right), ColumnSpec(width: bar), ColumnSpec(width: rate, alignment: .right)]
    }

    /// "17/10–07/12".
    static func dates(_ course: Course, _ ctx: RenderContext) -> String {
        func short(_ d: CalendarDate) -> String { String(VietFormat.date(d, ctx.language).prefix(5)) }
        switch (course.start, course.end) {
        case let (s?, e?): return short(s) + ctx.rangeDash + short(e)
        case let (s?, nil): return short(s)
        case let (nil, e?): return ctx.rangeDash + short(e)
        case (nil, nil): return ""
        }
    }

    /// "28/30", or "28" without a capacity.
    static func enrolled(_ course: Course, _ roll: ClassRoll) -> String {
        VietFormat.integer(roll.byName.count) + (course.capacity.map { "/" + VietFormat.integer($0) } ?? "")
    }

    static func rate(_ roll: ClassRoll, _ ctx: RenderContext) -> String {
        roll.attendanceRate.map { VietFormat.percent($0, fractionDigits: 0, ctx.language) } ?? ctx.rangeDash
    }
}
