/// Writes a column of wrapped paragraphs, labelled rows and bullets, top to bottom.

import Canvas

struct BlockWriter {
    var x: Int
    var y: Int
    let width: Int
    let clip: Rect
    /// Set when some text fell below the clip: the caller says so on screen.
    private(set) var overflowed = false

    /// Moves to the next row; notes an overflow when a row of text lands below the clip.
    private mutating func advance() {
        if y >= clip.maxY { overflowed = true }
        y += 1
    }

    /// Leaves one blank row.
    mutating func skip() { y += 1 }

    mutating func paragraph(_ text: String, style: Style, into buffer: inout Buffer) {
        for line in text.wrapped(toWidth: width) {
            buffer.write(line, at: Point(x: x, y: y), style: style, clip: clip)
            advance()
        }
    }

    /// "Label    value", the value wrapped under itself.
    mutating func labelled(_ label: String, labelWidth: Int, value: String, _ ctx: RenderContext, into buffer: inout Buffer) {
        let valueX = x + labelWidth + 2
        buffer.write(label, at: Point(x: x, y: y), style: ctx[.muted], clip: clip)
        for line in value.wrapped(toWidth: max(1, width - labelWidth - 2)) {
            buffer.write(line, at: Point(x: valueX, y: y), style: ctx[.text], clip: clip)
            advance()
        }
    }

    /// "• text", continuation lines indented under the text.
    /// When text was cut off at the bottom, replaces the last row with a note that says so.
    func markOverflow(_ ctx: RenderContext, into buffer: inout Buffer) {
        guard overflowed, clip.height > 0 else { return }
        let row = Rect(x: clip.x, y: clip.maxY - 1, width: clip.width, height: 1)
        buffer.fill(row, with: .blank(ctx[.background]))
        let note = ctx.ellipsis + " " + ctx.text("còn nữa: phóng to cửa sổ để xem hết", "more: enlarge the window to see it all")
        buffer.write(ctx.fit(note, width), at: Point(x: x, y: row.y), style: ctx[.muted], clip: row)
    }

    mutating func bullet(_ text: String, bullet: String, style: Style, bulletStyle: Style, into buffer: inout Buffer) {
        buffer.write(bullet, at: Point(x: x + 1, y: y), style: bulletStyle, clip: clip)
        for line in text.wrapped(toWidth: max(1, width - 3)) {
            buffer.write(line, at: Point(x: x + 3, y: y), style: style, clip: clip)
            advance()
        }
    }
}
