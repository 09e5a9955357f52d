/// The right of the classes pane: the selected class's roster, and in the attendance view the chosen session's marks.

import Canvas
import Reports
import Store
import VietText

enum RosterView {
    static func draw(_ state: ClassesState, _ selection: ClassesSelection, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        let index = selection.index
        let focused = state.focus == .roster && state.card == nil && state.form == nil && !ctx.presenting
        guard let c = selection.course else {
            _ = Box(title: ctx.text("Danh sách lớp", "Roster"), border: ctx.border, borderStyle: ctx[.border], titleStyle: ctx[.title], ellipsis: ctx.ellipsis)
                .render(in: area, into: &buffer)
            return
        }
        let course = index.courses[c], roll = index.rolls[c]
        let inner = Box(title: "\(course.id) \(ctx.separator) \(course.name)", border: ctx.border,
                        borderStyle: focused ? ctx[.focus] : ctx[.border], titleStyle: ctx[.title], ellipsis: ctx.ellipsis)
            .render(in: area, into: &buffer)
        guard inner.width > 8, inner.height > 4 else { return }
        let footer = FooterLine.wanted(search: state.rosterSearch, message: focused ? state.message : nil, ctx)
        let body = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height - (footer ? 1 : 0))
        buffer.write(ctx.fit(facts(course, ctx), body.width), at: Point(x: body.x, y: body.y), style: ctx[.muted], clip: body)
        let attendanceView = state.focus == .roster && !ctx.presenting
        drawSummary(state, selection, roll, attendanceView: attendanceView, ctx, at: Point(x: body.x, y: body.y + 1), width: body.width, into: &buffer)

        let headers = [ctx.text("STT", "No."), ctx.text("Họ và tên", "Name"), ctx.text("Khu phố", "Quarter"),
                       ctx.text("Đoàn thể", "Organisation"), ctx.text("Buổi", "Sessions"), ctx.text("Có mặt", "Present")]
        let columns = columns(width: body.width - 2, count: roll.byName.count, attendanceView: attendanceView).fitting(headers, fill: 1, least: 8)
        ColumnRow.draw(headers, columns, style: ctx[.muted], ctx: ctx, x: body.x + 2, y: body.y + 2, clip: body, into: &buffer)
        let list = Rect(x: body.x, y: body.y + 3, width: body.width, height: max(0, body.height - 3))
        if selection.roster.isEmpty {
            let empty = state.rosterSearch.isActive
                ? ctx.text("Không có học viên nào khớp. Esc: xoá tìm kiếm.", "No learner matches. Esc: clear the search.")
                : ctx.text("Lớp chưa có học viên nào.", "No one is enrolled yet.") + (ctx.mayEdit ? ctx.text(" Nhấn a để ghi danh.", " Press a to enroll.") : "")
            buffer.write(ctx.fit(empty, list.width), at: Point(x: list.x, y: list.y), style: ctx[.muted], clip: list)
        }
        let cursor = ListCursor(index: selection.rosterRow)
        // The number is the learner's place on the class list, whatever the sort or search.
        for (offset, row) in cursor.window(count: selection.roster.count, height: list.height).enumerated() {
            let l = selection.roster[row]
            let learner = index.learners[Int(l)]
            let y = list.y + offset
            let rowRect = Rect(x: list.x, y: y, width: list.width, height: 1)
            let isSelected = row == selection.rosterRow && focused
            let fresh = ctx.fresh.isFresh(Enrollment(classId: course.id, learnerId: learner.id), at: ctx.now)
            var style = fresh ? ctx[.good] : ctx[.text]
            if isSelected {
                buffer.fill(rowRect, with: .blank(ctx[.selected]))
                style = ctx[.selected]
                buffer.write(ctx.pointer, at: Point(x: list.x, y: y), style: style, clip: rowRect)
            }
            let present = selection.sessionDate.map { roll.isPresent(l, on: $0) } ?? false
            let mark = present ? (ctx.ascii ? "x" : "✓") : (ctx.ascii ? "." : "·")
            let cells = ["\(index.place(of: l, in: roll))", ctx.person(learner.name) + (fresh ? ctx.text(" (mới)", " (new)") : ""),
                         learner.neighborhood ?? "", learner.organization ?? "",
                         "\(roll.attendedCount(l))/\(roll.sessions.count)", mark]
            let markStyle: Style? = isSelected ? nil : present ? ctx[.good] : ctx[.muted]
            ColumnRow.draw(cells, columns, styles: [isSelected ? nil : ctx[.muted], nil, nil, nil, nil, markStyle], style: style,
                           ctx: ctx, x: list.x + 2, y: y, clip: rowRect, into: &buffer)
        }
        if footer {
            FooterLine.draw(search: state.rosterSearch, message: focused ? state.message : nil,
                            count: "\(selection.roster.count)/\(roll.byName.count)", ctx,
                            in: Rect(x: body.x, y: inner.maxY - 1, width: body.width, height: 1), into: &buffer)
        }
    }

    /// Topic, partner, teacher, dates and venue on one line.
    static func facts(_ course: Course, _ ctx: RenderContext) -> String {
        var parts = [course.topic]
        if let p = course.partner { parts.append(p) }
        if let t = course.teacher { parts.append(ctx.text("GV ", "Teacher ") + t) }
        let dates = [course.start, course.end].compactMap { $0.map { VietFormat.date($0, ctx.language) } }
        if !dates.isEmpty { parts.append(dates.joined(separator: ctx.rangeDash)) }
        if let v = course.venue { parts.append(v) }
        return parts.joined(separator: " \(ctx.separator) ")
    }

    /// The second line: the session and "có mặt 23/30" in the attendance view; else the class's figures.
    static func drawSummary(_ state: ClassesState, _ selection: ClassesSelection, _ roll: ClassRoll, attendanceView: Bool,
                            _ ctx: RenderContext, at point: Point, width: Int, into buffer: inout Buffer) {
        let clip = Rect(x: point.x, y: point.y, width: width, height: 1)
        let enrolled = roll.byName.count
        if attendanceView, let date = selection.sessionDate {
            let dates = selection.sessionDates
            let at = dates.firstIndex(of: date) ?? 0
            let left = at > 0 ? (ctx.ascii ? "< " : "◂ ") : "  ", right = at + 1 < dates.count ? (ctx.ascii ? " >" : " ▸") : "  "
            var x = buffer.write(left + VietFormat.weekdayShort(date, ctx.language) + " " + VietFormat.date(date, ctx.language) + right,
                                 at: point, style: ctx[.accent], clip: clip)
            x = buffer.write("  " + ctx.text("có mặt", "present") + " \(roll.presentCount(on: date))/\(enrolled)",
                             at: Point(x: x, y: point.y), style: ctx[.title], clip: clip)
            let held = roll.sessionIndex(date).map {
                ctx.text("buổi \($0 + 1)/\(roll.sessions.count)", "session \($0 + 1) of \(roll.sessions.count)")
            } ?? ctx.text("chưa điểm danh", "not taken yet")
            buffer.write(ctx.fit("  \(ctx.separator)  \(held)", max(0, clip.maxX - x)), at: Point(x: x, y: point.y), style: ctx[.muted], clip: clip)
            return
        }
        var parts = [ctx.text("Sĩ số", "Enrolled") + " \(VietFormat.integer(enrolled))"
            + (selection.course.flatMap { selection.index.courses[$0].capacity }.map { "/" + VietFormat.integer($0) } ?? "")]
        let planned = selection.course.flatMap { selection.index.courses[$0].sessions }
        parts.append(ctx.text("đã học", "held") + " \(roll.sessions.count)" + (planned.map { "/\($0)" } ?? "") + ctx.text(" buổi", " sessions"))
        if let rate = roll.attendanceRate { parts.append(ctx.text("chuyên cần ", "attendance ") + VietFormat.percent(rate, fractionDigits: 0, ctx.language)) }
        if roll.learnerTurns != enrolled { parts.append(ctx.text("\(roll.learnerTurns) lượt", "\(roll.learnerTurns) turns")) }
        parts.append(ctx.text("xếp theo ", "sorted by ") + state.sort.label(ctx.language))
        buffer.write(ctx.fit(parts.joined(separator: "  \(ctx.separator)  "), width), at: point, style: ctx[.text], clip: clip)
    }

    /// Number, name, neighbourhood, organisation, sessions, and the mark in the attendance view.
    /// The name comes first: a Vietnamese full name takes up to about 24 columns, and two
    /// "Nguyễn Thị Duy…" cannot be told apart, so the organisation, then the neighbourhood, give
    /// way before the name is cut.
    static let nameWidth = 24

    static func columns(width: Int, count: Int, attendanceView: Bool) -> [ColumnSpec] {
        let number = max(3, String(count).count)
        let sessions = 7
        let mark = attendanceView ? 6 : 0
        func room(_ others: [Int]) -> Int { width - others.reduce(0) { $0 + ($1 > 0 ? $1 + 1 : 0) } }
        var neighborhood = width >= 44 ? 12 : 0
        var organization = width >= 58 ? min(22, (width - 36) / 2) : 0
        let base = [number, sessions, mark]
        if room(base + [neighborhood, organization]) < nameWidth {
            organization = max(0, min(organization, room(base + [neighborhood]) - nameWidth - 1))
            if organization < 8 { organization = 0 }
        }
        if room(base + [neighborhood, organization]) < nameWidth - 4 { neighborhood = 0 }
        let fixed = [number, neighborhood, organization, sessions, mark].reduce(0) { $0 + ($1 > 0 ? $1 + 1 : 0) }
        return [ColumnSpec(width: number, alignment: .right), ColumnSpec(width: max(8, width - fixed)), ColumnSpec(width: neighborhood),
                ColumnSpec(width: organization), ColumnSpec(width: sessions, alignment: .right), ColumnSpec(width: mark, alignment: .center)]
    }
}
