/// Draws the import dialog over the pane: the form, or the preview the program read (scrolled) with the choice at its foot.

import Canvas
import Store
import VietText

enum ImportDialogView {
    static func draw(_ dialog: ImportDialog, _ ctx: RenderContext, over pane: Rect, into buffer: inout Buffer) {
        guard let review = dialog.review, dialog.stage == .review || dialog.stage == .writing else {
            var form = dialog.form
            if dialog.stage == .reading { form.message = ctx.text("Đang đọc tệp…", "Reading the file…") }
            FormView.draw(form, ctx, in: pane, into: &buffer)
            return
        }
        let area = pane.inset(by: 1)
        let title = ctx.text("Xem trước: ", "Preview: ") + review.path
        let inner = Box(title: title, border: ctx.border, borderStyle: review.refusedRows > 0 ? ctx[.warn] : ctx[.accent],
                        titleStyle: ctx[.title], fill: ctx[.text], ellipsis: ctx.ellipsis)
            .render(in: area, into: &buffer)
        guard inner.width > 10, inner.height > 3 else { return }
        let width = inner.width - 2
        let foot = footer(dialog, review, ctx, width: width)
        let bodyHeight = max(1, inner.height - foot.count)
        // Each line wrapped; its later rows indented under its text. Scrolling goes by the preview's lines.
        var rows: [(text: String, role: Role)] = []
        for line in review.lines.dropFirst(dialog.scroll) {
            let lead = String(repeating: " ", count: line.text.prefix { $0 == " " }.count)
            let wrapped = String(line.text.dropFirst(lead.count)).wrapped(toWidth: max(10, width - lead.count - 2))
            for (i, part) in wrapped.enumerated() { rows.append((lead + (i == 0 ? "" : "  ") + part, role(line.tone))) }
            if wrapped.isEmpty { rows.append(("", .text)) }
            if rows.count >= bodyHeight { break }
        }
        for (i, row) in rows.prefix(bodyHeight).enumerated() {
            buffer.write(ctx.fit(row.text, width), at: Point(x: inner.x + 1, y: inner.y + i), style: ctx[row.role], clip: inner)
        }
        for (i, line) in foot.enumerated() {
            buffer.write(ctx.fit(line.text, width), at: Point(x: inner.x + 1, y: inner.maxY - foot.count + i), style: ctx[line.role], clip: inner)
        }
    }

    static func role(_ tone: ImportReview.Tone) -> Role {
        switch tone {
        case .plain: .text
        case .heading: .title
        case .duplicate: .warn
        case .refused: .bad
        }
    }

    /// Where the preview is, a message, and the choice: Enter writes, or b skips the refused rows; Esc goes back.
    static func footer(_ dialog: ImportDialog, _ review: ImportReview, _ ctx: RenderContext, width: Int) -> [(text: String, role: Role)] {
        var out: [(String, Role)] = []
        let total = review.lines.count
        let sep = ctx.ascii ? " - " : " · "
        out.append((ctx.text("Dòng \(min(dialog.scroll + 1, total))/\(total) của bản xem trước", "Line \(min(dialog.scroll + 1, total)) of \(total)")
            + sep + ctx.text("↑/↓ PgUp/PgDn cuộn", "Up/Down PgUp/PgDn scroll"), .muted))
        if dialog.stage == .writing {
            out.append((ctx.text("Đang ghi vào kho…", "Writing to the store…"), .accent))
            return out
        }
        if let message = dialog.message { out += message.wrapped(toWidth: max(10, width)).prefix(3).map { ($0, .bad) } }
        let nothing = review.records.isEmpty
        let write = nothing ? ctx.text("không có gì mới để ghi", "nothing new to write") : review.written
        let choice: String
        if review.refusedRows > 0 {
            choice = ctx.text("\(VietFormat.integer(review.refusedRows)) dòng bị từ chối. b: bỏ qua các dòng lỗi, ghi \(write)",
                              "\(review.refusedRows) rows refused. b: skip the bad rows, write \(write)")
                + sep + ctx.text("Esc: quay lại, chưa ghi gì", "Esc: back, nothing written")
        } else {
            choice = ctx.text("Enter: ghi \(write)", "Enter: write \(write)") + sep + ctx.text("Esc: quay lại, chưa ghi gì", "Esc: back, nothing written")
        }
        out += choice.wrapped(toWidth: max(10, width)).map { ($0, review.refusedRows > 0 ? .warn : .accent) }
        return out
    }
}
