/// Draws a form as a box over the pane: one row per field, its error or note under it, the focused
/// field's suggestions, and at the foot the keys, a refusal, or the confirmation question.

import Canvas

public enum FormView {
    /// Suggestions shown under the focused field.
    public static let maximumSuggestions = 5

    /// The rows of the form, top to bottom, before drawing: each knows its field.
    enum Line {
        case field(Int)
        case error(Int, String)
        case note(Int, String)
        case warning(Int, String)
        case suggestion(Int, Int, String)
    }

    /// The rows; an error or a note longer than `width` (the values' column, less the error's
    /// mark) goes on over the rows below it rather than being cut: the clerk must read it to act.
    static func lines(_ form: FormState, width: Int) -> [Line] {
        var out: [Line] = []
        for (i, field) in form.fields.enumerated() {
            out.append(.field(i))
            if let error = field.error { out += error.wrapped(toWidth: max(10, width - 2)).map { .error(i, $0) } }
            if let note = field.note { out += note.wrapped(toWidth: max(10, width)).map { .note(i, $0) } }
            if let warning = field.warning { out += warning.wrapped(toWidth: max(10, width - 2)).map { .warning(i, $0) } }
            if i == form.focus {
                for (s, text) in field.suggestions.prefix(maximumSuggestions).enumerated() { out.append(.suggestion(i, s, text)) }
            }
        }
        return out
    }

    public static func draw(_ form: FormState, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        // Wider on a wide screen (120 columns and more), so instructions and errors keep to a line or two.
        let width = min(area.width - 2, area.width >= 118 ? 100 : 76)
        let labelWidth = min(form.fields.map { label($0, ctx).displayWidth }.max() ?? 0, (width - 2) / 3)
        let lines = lines(form, width: max(4, width - 2 - 4 - labelWidth - 2))
        let footer = footerLines(form, ctx, width: width - 6)
        let height = min(area.height, lines.count + footer.count + 4)
        guard width > 20, height > 4 else { return }
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        buffer.fill(box, with: .blank(ctx[.background]))
        let inner = Box(title: form.title.text(ctx.language), border: ctx.border, borderStyle: ctx[.accent],
                        titleStyle: ctx[.title], fill: ctx[.text], ellipsis: ctx.ellipsis)
            .render(in: box, into: &buffer)
        let valueX = inner.x + 2 + labelWidth + 2
        let valueWidth = max(4, inner.maxX - 2 - valueX)
        let body = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: max(0, inner.height - 2 - footer.count))
        // Scroll so the focused field and its suggestions stay in view.
        let focusLine = lines.firstIndex { if case .field(let i) = $0 { return i == form.focus } else { return false } } ?? 0
        let lastOfFocus = lines.lastIndex { line in
            switch line {
            case .field(let i), .error(let i, _), .note(let i, _), .warning(let i, _), .suggestion(let i, _, _): return i == form.focus
            }
        } ?? focusLine
        var top = 0
        if lastOfFocus - top >= body.height { top = lastOfFocus - body.height + 1 }
        if focusLine < top { top = focusLine }

        for (row, line) in lines.dropFirst(top).prefix(body.height).enumerated() {
            let y = body.y + row
            switch line {
            case .field(let i):
                let field = form.fields[i]
                let focused = i == form.focus && form.confirmation == nil
                let labelStyle = field.warning != nil ? ctx[.warn].adding(.bold) : focused ? ctx[.accent] : ctx[.muted]
                buffer.write(ctx.fit(label(field, ctx), labelWidth), at: Point(x: inner.x + 2, y: y), style: labelStyle, clip: body)
                drawValue(field, focused: focused, ctx, at: Point(x: valueX, y: y), width: valueWidth, into: &buffer)
            case .error(let i, let text):
                // The mark on the error's first row only; the rows it goes on over are indented under its text.
                let first = row + top == 0 || { if case .error(i, _) = lines[row + top - 1] { return false } else { return true } }()
                buffer.write(ctx.fit((first ? "\(ctx.warningSign) " : "  ") + text, valueWidth), at: Point(x: valueX, y: y),
                             style: ctx[.bad], clip: body)
            case .warning(_, let text):
                buffer.write(ctx.fit("\(ctx.warningSign) " + text, valueWidth), at: Point(x: valueX, y: y), style: ctx[.warn], clip: body)
            case .note(_, let text):
                buffer.write(ctx.fit(text, valueWidth), at: Point(x: valueX, y: y), style: ctx[.muted], clip: body)
            case .suggestion(_, let s, let text):
                let highlighted = form.suggestionIndex == s
                let shown = (highlighted ? ctx.pointer : " ") + " " + text
                buffer.write(ctx.fit(shown, valueWidth).padded(toWidth: valueWidth, alignment: .left), at: Point(x: valueX, y: y),
                             style: highlighted ? ctx[.selected] : ctx[.muted], clip: body)
            }
        }
        for (i, line) in footer.enumerated() {
            let y = inner.maxY - footer.count + i
            buffer.write(ctx.fit(line.text, inner.width - 4), at: Point(x: inner.x + 2, y: y), style: ctx[line.role], clip: inner)
        }
    }

    /// "Người nhận *" for a required field.
    static func label(_ field: FormField, _ ctx: RenderContext) -> String {
        field.label.text(ctx.language) + (field.isRequired ? " *" : "")
    }

    static func drawValue(_ field: FormField, focused: Bool, _ ctx: RenderContext, at point: Point, width: Int, into buffer: inout Buffer) {
        let style = focused ? ctx[.focus] : ctx[.text].adding(.underline)
        if field.isLocked {
            buffer.write(ctx.fit(field.shownText, width), at: point, style: ctx[.muted], clip: Rect(x: point.x, y: point.y, width: width, height: 1))
            return
        }
        switch field.kind {
        case .text:
            if field.input.isEmpty, !focused, let placeholder = field.placeholder {
                let area = Rect(x: point.x, y: point.y, width: width, height: 1)
                buffer.fill(area, with: .blank(style))
                buffer.write(ctx.fit(placeholder.text(ctx.language), width), at: point, style: ctx[.muted].adding(.underline), clip: area)
            } else {
                field.input.draw(at: point, width: width, style: style, showsCursor: focused, into: &buffer)
            }
        case .choice:
            let left = ctx.ascii ? "< " : "‹ ", right = ctx.ascii ? " >" : " ›"
            let text = focused ? left + field.shownText + right : field.shownText
            let area = Rect(x: point.x, y: point.y, width: width, height: 1)
            buffer.fill(area, with: .blank(style))
            buffer.write(ctx.fit(text, width), at: point, style: style, clip: area)
        }
    }

    /// The foot of the form: the question to confirm, else a refusal, then the keys.
    static func footerLines(_ form: FormState, _ ctx: RenderContext, width: Int) -> [(text: String, role: Role)] {
        if let done = form.done {
            return done.wrapped(toWidth: max(10, width)).prefix(3).map { ($0, .good) }
                + [(ctx.text("Phím bất kỳ: đóng", "Any key: close"), .muted)]
        }
        if let question = form.confirmation {
            return question.wrapped(toWidth: max(10, width)).prefix(3).map { ($0, .warn) }
                + [(ctx.text("Enter: vẫn ghi   Esc: quay lại sửa", "Enter: write anyway   Esc: go back"), .accent)]
        }
        var out: [(String, Role)] = []
        for line in form.summary { out += line.text.wrapped(toWidth: max(10, width)).prefix(2).map { ($0, line.role) } }
        if let message = form.message { out += message.wrapped(toWidth: max(10, width)).prefix(3).map { ($0, .bad) } }
        if let help = form.fields.indices.contains(form.focus) ? form.fields[form.focus].help?.text(ctx.language) : nil, !help.isEmpty {
            out += help.wrapped(toWidth: max(10, width)).prefix(2).map { ($0, .muted) }
        }
        let submit = form.submitWords.text(ctx.language)
        let keys = ctx.ascii
            ? ctx.text("Enter \(submit) - Tab/Down ô sau - Up ô trước - Esc huỷ", "Enter \(submit) - Tab/Down next - Up previous - Esc cancel")
            : ctx.text("Enter \(submit) · Tab/↓ ô sau · ↑ ô trước · Esc huỷ", "Enter \(submit) · Tab/↓ next · ↑ previous · Esc cancel")
        out.append((keys, .muted))
        return out
    }
}
