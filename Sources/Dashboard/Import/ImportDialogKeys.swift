/// The import dialog's keys: the form's, then the preview's (scroll, Enter to write, b to write without the refused rows, Esc back to the form).

import Canvas
import Store
import VietText

enum ImportDialogKeys {
    typealias Row = PaneBinding<ImportDialog>

    static func at(_ stages: ImportDialog.Stage...) -> @Sendable (ImportDialog, KeyContext) -> Bool {
        { dialog, _ in stages.contains(dialog.stage) }
    }

    static let refused: @Sendable (ImportDialog, KeyContext) -> Bool = { dialog, _ in
        dialog.stage == .review && (dialog.review?.refusedRows ?? 0) > 0
    }

    static let keys = PaneKeyTable<ImportDialog>([
        Row([.enter], KeyHint("Enter", help: ("Đọc tệp và xem trước; chưa ghi gì", "Read the file and preview it; nothing is written"),
                              hint: ("Xem trước", "Preview")), when: at(.form), formKey),
        Row([.tab, .down], KeyHint("Tab/↓", ascii: "Tab/Down", help: ("Ô sau", "Next field"), hint: ("Ô sau", "Next")), when: at(.form), formKey),
        Row([.left, .right], KeyHint("←/→", ascii: "Left/Right", help: ("Chọn loại danh sách", "Choose the kind of list")), when: at(.form), formKey),
        Row([.escape], KeyHint("Esc", help: ("Huỷ: không nhập gì", "Cancel: nothing is imported"), hint: ("Huỷ", "Cancel")), when: at(.form), formKey),
        .typing(nil, when: at(.form), formKey),
        Row([.up, .down, .pageUp, .pageDown, .home, .end],
            KeyHint("↑/↓", ascii: "Up/Down", help: ("Cuộn bản xem trước (PgUp/PgDn: một trang)", "Scroll the preview (PgUp/PgDn: a page)"),
                    hint: ("Cuộn", "Scroll")), when: at(.review), scroll),
        Row([.enter], KeyHint("Enter", help: ("Ghi mọi dòng vào kho, một lần (u để hoàn tác)", "Write every row to the store at once (u undoes it)"),
                              hint: ("Ghi", "Write")), when: { dialog, env in at(.review)(dialog, env) && !refused(dialog, env) }, write),
        Row([.enter], nil, when: refused, write),
        Row([.character("b"), .character("B")],
            KeyHint("b", help: ("Bỏ qua các dòng lỗi, ghi các dòng còn lại (u để hoàn tác)", "Skip the refused rows, write the rest (u undoes it)"),
                    hint: ("Bỏ qua các dòng lỗi, ghi", "Skip bad rows, write")), when: refused, skipBad),
        Row([.escape], KeyHint("Esc", help: ("Quay lại biểu mẫu; không ghi gì", "Back to the form; nothing is written"), hint: ("Quay lại", "Back")),
            when: at(.review), back),
        // Reading and writing take no key (the program answers before the next one).
        .typing(nil, when: at(.reading, .writing, .closed)) { _, _, _, _ in .handled },
        .typing(nil, when: at(.review)) { _, _, _, _ in .handled },
    ])

    /// A key for the form: Enter asks the program to read the file, Esc closes the dialog.
    static func formKey(_ key: Key, _ dialog: inout ImportDialog, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        switch dialog.form.handle(key) {
        case .cancel:
            dialog.stage = .closed
        case .submit, .confirmed:
            dialog.form.message = nil
            dialog.form.update("Path") { $0.error = nil }
            guard let request = dialog.request else {
                dialog.form.update("Path") { $0.error = env.language.pick("Gõ đường dẫn tệp cần nhập", "Type the path of the file to import") }
                dialog.form.focusFirstError()
                return .handled
            }
            dialog.stage = .reading
            return .effect(.readImport(request))
        case .edited("Path"):
            dialog.form.update("Path") { $0.error = nil }
        case .edited, .none:
            break
        }
        return .handled
    }

    static func scroll(_ key: Key, _ dialog: inout ImportDialog, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        let count = dialog.review?.lines.count ?? 0
        let page = 10
        switch key {
        case .up: dialog.scroll -= 1
        case .down: dialog.scroll += 1
        case .pageUp: dialog.scroll -= page
        case .pageDown: dialog.scroll += page
        case .home: dialog.scroll = 0
        case .end: dialog.scroll = count
        default: break
        }
        dialog.scroll = max(0, min(dialog.scroll, max(0, count - 1)))
        return .handled
    }

    /// Enter on the preview: every row passes, so the records go to the store; with refused rows,
    /// the foot says what the choice is.
    static func write(_ key: Key, _ dialog: inout ImportDialog, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        guard let review = dialog.review else { return .handled }
        if review.refusedRows > 0 {
            dialog.message = env.language.pick(
                "\(VietFormat.integer(review.refusedRows)) dòng bị từ chối: nhấn b để bỏ qua các dòng lỗi và ghi các dòng còn lại, Esc để quay lại; chưa ghi gì.",
                "\(review.refusedRows) rows are refused: press b to skip them and write the rest, Esc to go back; nothing is written.")
            return .handled
        }
        return start(&dialog, env)
    }

    /// b on a preview with refused rows: the explicit choice to write the rest.
    static func skipBad(_ key: Key, _ dialog: inout ImportDialog, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        start(&dialog, env)
    }

    private static func start(_ dialog: inout ImportDialog, _ env: KeyContext) -> KeyOutcome {
        guard let review = dialog.review, !review.records.isEmpty else {
            dialog.message = env.language.pick("Không có gì mới để ghi: mọi dòng đã có trong kho hoặc bị từ chối.",
                                               "Nothing new to write: every row is in the store already or refused.")
            return .handled
        }
        dialog.message = nil
        dialog.stage = .writing
        return .effect(.write(.add(review.records), origin: dialog.origin))
    }

    static func back(_ key: Key, _ dialog: inout ImportDialog, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        dialog.stage = .form
        dialog.review = nil
        dialog.message = nil
        dialog.scroll = 0
        return .handled
    }
}
