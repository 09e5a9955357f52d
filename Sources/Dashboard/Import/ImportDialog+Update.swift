/// The import dialog in the state's update: its keys before the pane's, the program's answer, the write's outcome on the status line.

import Canvas
import Store
import VietText

extension AppState {
    /// A key while the dialog is open: the dialog's, never the pane's beneath or a global one.
    mutating func importKey(_ key: Key, data: DashboardData) -> Effect? {
        guard var dialog = importer else { return nil }
        let outcome = ImportDialogKeys.keys.handle(key, &dialog, data, keyContext)
        importer = dialog.stage == .closed ? nil : dialog
        if case .effect(let effect) = outcome { return effect }
        return nil
    }

    /// The program's answer to `Effect.readImport`: the preview, or back to the form with why not.
    mutating func importRead(_ answer: ImportAnswer) {
        guard var dialog = importer, dialog.stage == .reading else { return }
        switch answer {
        case .review(let review):
            dialog.review = review
            dialog.scroll = 0
            dialog.message = nil
            dialog.stage = .review
        case .failed(let reason):
            dialog.form.message = reason
            dialog.stage = .form
        }
        importer = dialog
    }

    /// The outcome of the import's write: the status line names what was written and the dialog
    /// closes; a refusal goes back to the preview with the store's reasons. True when it was the import's.
    mutating func importWritten(_ outcome: WriteOutcome) -> Bool {
        guard var dialog = importer, dialog.stage == .writing, let review = dialog.review else { return false }
        switch outcome {
        case .written, .changed:
            let file = review.path.split(separator: "/").last.map(String.init) ?? review.path
            notice = Notice(language.pick("Đã nhập \(file): \(review.written) — u để hoàn tác cả lần nhập",
                                          "Imported \(file): \(review.written) — u undoes the whole import"), tone: .good, at: now)
            importer = nil
        case .refused(let problems):
            dialog.stage = .review
            dialog.message = language.pick("Kho từ chối, không ghi gì: ", "The store refused; nothing was written: ")
                + problems.prefix(3).joined(separator: "; ")
            notice = Notice(language.pick("Không ghi: ", "Not written: ") + (problems.first ?? ""), tone: .bad, at: now)
            importer = dialog
        }
        return true
    }
}
