/// The last line of a list's box: the search being typed or kept, or a message after a refused key.

import Canvas

enum FooterLine {
    /// True when the box needs the line.
    static func wanted(search: SearchBox, message: PaneMessage?, _ ctx: RenderContext) -> Bool {
        !ctx.presenting && (search.isEditing || search.isActive || message != nil)
    }

    /// "Tìm: nguyen hien▌      3 lớp", or the message in its tone.
    static func draw(search: SearchBox, message: PaneMessage?, count: String, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        buffer.fill(area, with: .blank(ctx[.background]))
        if let message {
            let role: Role = message.tone == .bad ? .bad : .good
            buffer.write(ctx.fit((message.tone == .bad ? ctx.warningSign + " " : "") + message.text, area.width),
                         at: Point(x: area.x, y: area.y), style: ctx[role], clip: area)
            return
        }
        let label = ctx.text("Tìm: ", "Find: ")
        var x = buffer.write(label, at: Point(x: area.x, y: area.y), style: ctx[.accent], clip: area)
        let countWidth = count.displayWidth + 1
        let width = max(1, area.maxX - x - countWidth)
        search.input.draw(at: Point(x: x, y: area.y), width: width, style: search.isEditing ? ctx[.focus] : ctx[.text],
                          showsCursor: search.isEditing, into: &buffer)
        x += width + 1
        buffer.write(ctx.fit(count, area.maxX - x), at: Point(x: x, y: area.y), style: ctx[.muted], clip: area)
    }
}
