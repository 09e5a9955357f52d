/// The learner card over the classes pane: who they are, their classes and attendance, their awards.

import Canvas
import Reports
import Store
import VietText

enum LearnerCardView {
    static func draw(_ card: LearnerCardState, learner l: Int32, _ index: ClassesIndex, _ ctx: RenderContext,
                     in area: Rect, into buffer: inout Buffer) {
        let learner = index.learners[Int(l)]
        let classes = index.classes(of: l)
        let awards = index.awards(of: l)
        var lines: [(text: String, role: Role, row: Int?)] = []
        var about = [learner.id]
        if let g = learner.gender { about.append(g == .female ? ctx.text("Nữ", "Female") : ctx.text("Nam", "Male")) }
        if let n = learner.neighborhood { about.append(n) }
        if let o = learner.organization { about.append(o) }
        lines.append((about.joined(separator: " \(ctx.separator) "), .text, nil))
        if !ctx.presenting {
            var privateFacts: [String] = []
            if let y = learner.birthYear { privateFacts.append(ctx.text("Năm sinh ", "Born ") + String(y)) }
            if let d = learner.birthDate { privateFacts.append(ctx.text("Ngày sinh ", "Birth date ") + VietFormat.date(d, ctx.language)) }
            if let p = learner.phone { privateFacts.append(ctx.text("ĐT ", "Phone ") + p) }
            if !privateFacts.isEmpty {
                lines.append((privateFacts.joined(separator: " \(ctx.separator) ") + ctx.text("  (riêng tư)", "  (private)"), .muted, nil))
            }
        }
        lines.append(("", .text, nil))
        lines.append((ctx.text("Lớp học", "Classes") + " (\(classes.count))", .title, nil))
        if classes.isEmpty { lines.append((ctx.text("Chưa ghi danh lớp nào năm nay.", "Not enrolled in any class this year."), .muted, nil)) }
        for (i, c) in classes.enumerated() {
            let roll = index.rolls[c]
            let rate = roll.sessions.isEmpty ? "" : "  " + VietFormat.percent(roll.attendedCount(l), of: roll.sessions.count, fractionDigits: 0, ctx.language)
            lines.append(("\(index.courses[c].id)  \(index.courses[c].name)  \(ctx.separator)  "
                + ctx.text("có mặt", "present") + " \(roll.attendedCount(l))/\(roll.sessions.count)" + rate, .text, i))
        }
        lines.append(("", .text, nil))
        lines.append((ctx.text("Khen thưởng", "Awards") + " (\(awards.count))", .title, nil))
        if awards.isEmpty { lines.append((ctx.text("Chưa có khen thưởng nào mang tên này.", "No award under this name."), .muted, nil)) }
        for a in awards.suffix(6) {
            lines.append((VietFormat.date(a.date, ctx.language) + "  " + a.category + (a.amount.map { "  " + MoneyText.full($0, ctx) } ?? ""),
                          .text, nil))
        }

        let width = min(area.width - 4, 78)
        let height = min(area.height - 2, lines.count + 4)
        guard width > 20, height > 4 else { return }
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        let inner = Box(title: ctx.person(learner.name), border: ctx.border, borderStyle: ctx[.accent], titleStyle: ctx[.title],
                        fill: ctx[.text], ellipsis: ctx.ellipsis)
            .render(in: box, into: &buffer)
        let body = Rect(x: inner.x + 1, y: inner.y + 1, width: inner.width - 2, height: inner.height - 2)
        let selected = card.cursor.clamped(count: classes.count)
        for (i, line) in lines.prefix(body.height).enumerated() {
            let y = body.y + i
            let isSelected = line.row == selected && !classes.isEmpty
            let rowRect = Rect(x: body.x, y: y, width: body.width, height: 1)
            if isSelected { buffer.fill(rowRect, with: .blank(ctx[.selected])) }
            let prefix = line.row == nil ? "" : (isSelected ? ctx.pointer + " " : "  ")
            buffer.write(ctx.fit(prefix + line.text, body.width), at: Point(x: body.x, y: y),
                         style: isSelected ? ctx[.selected] : ctx[line.role], clip: rowRect)
        }
    }
}
