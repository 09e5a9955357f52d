/// Writes a column of wrapped paragraphs, labelled rows and bullets, top to bottom.

import Canvas

struct BlockWriter {
    var x: Int
    var y: Int
    let width: Int
    let clip: Rect

    /// Leaves one blank row.
    mutating func skip() { y += 1 }

    mutating func paragraph(_ text: String, style: Style, into buffer: inout Buffer) {
        for line in text.wrapped(toWidth: width) {
            buffer.write(line, at: Point(x: x, y: y), style: style, clip: clip)
            y += 1
        }
    }

    /// "Label    value", the value wrapped under itself.
    mutating func labelled(_ label: String, labelWidth: Int, value: String, _ ctx: RenderContext, into buffer: inout Buffer) {
        let valueX = x + labelWidth + 2
        buffer.write(label, at: Point(x: x, y: y), style: ctx[.muted], clip: clip)
        for line in value.wrapped(toWidth: max(1, width - labelWidth - 2)) {
            buffer.write(line, at: Point(x: valueX, y: y), style: ctx[.text], clip: clip)
            y += 1
        }
    }

    /// "• text", continuation lines indented under the text.
    mutating func bullet(_ text: String, bullet: String, style: Style, bulletStyle: Style, into buffer: inout Buffer) {
        buffer.write(bullet, at: Point(x: x + 1, y: y), style: bulletStyle, clip: clip)
        for line in text.wrapped(toWidth: max(1, width - 3)) {
            buffer.write(line, at: Point(x: x + 3, y: y), style: style, clip: clip)
            y += 1
        }
    }
}
