/// The new-year action: the next school year's store folder, next to this one, seeded from it; then how to open it.

import Store
import VietText

extension RecordForm {
    /// The form for the year after `year`, proposing a folder next to `directory` named for it.
    static func newYear(after year: SchoolYear, directory: String, language: Language) -> RecordForm {
        let next = SchoolYear(startYear: year.startYear + 1)
        var open = RecordForm(kind: .newYear, kinds: [.newYear], today: next.firstDay ?? CalendarDate(year: 2000, month: 1, day: 1)!,
                              language: language)
        open.form.title = Words("Năm học mới: kho dữ liệu mới", "New school year: a new store")
        var yearField = FormField(id: "SchoolYear", label: Words("Năm học mới", "New school year"), value: next.description, isRequired: true)
        yearField.help = Words("Dạng YYYY-YYYY. Kho mới nhận chi hội, dòng họ, lớp còn học và phường, trung tâm của chiến dịch",
                               "YYYY-YYYY. The new store takes the branches, clans, classes still running and the campaign's ward and centre")
        var folder = FormField(id: "Folder", label: Words("Thư mục kho mới", "New store folder"),
                               value: proposedFolder(directory, from: year, to: next), isRequired: true)
        folder.help = Words("Một thư mục chưa có kho; kho đang mở không thay đổi", "A folder without a store; the store open now is not changed")
        open.form.fields = [yearField, folder]
        open.form.focus = 0
        open.newYearFrom = NewYearSource(directory: directory, year: year)
        open.newYearProposal = folder.value
        return open
    }

    /// `…/store` → `…/store-2023-2024`; `…/store-2022-2023` → `…/store-2023-2024`.
    static func proposedFolder(_ directory: String, from old: SchoolYear, to new: SchoolYear) -> String {
        var base = directory
        while base.count > 1, base.hasSuffix("/") { base.removeLast() }
        if base.hasSuffix(old.description) { return String(base.dropLast(old.description.count)) + new.description }
        return base + "-" + new.description
    }

    /// After the new year's field changed: the folder follows while it holds the proposal.
    mutating func newYearEdited(_ id: String) {
        guard id == "SchoolYear", let from = newYearFrom, let year = SchoolYear(text: form.value(id)) else { return }
        let proposal = Self.proposedFolder(from.directory, from: from.year, to: year)
        let shown = form.value("Folder")
        if shown == newYearProposal || shown.isEmpty { form.update("Folder") { $0.input.set(proposal) } }
        newYearProposal = proposal
    }

    /// The check before writing: a school year after this one, a folder.
    mutating func validateNewYear(_ language: Language) -> Bool {
        let year = SchoolYear(text: form.value("SchoolYear"))
        let old = newYearFrom?.year
        form.update("SchoolYear") {
            $0.error = year == nil ? language.pick("Năm học dạng YYYY-YYYY, vd. 2023-2024", "A school year is written YYYY-YYYY, such as 2023-2024")
                : (old.map { year! <= $0 } ?? false) ? language.pick("Năm học mới phải sau năm \(old!)", "The new year must come after \(old!)") : nil
        }
        form.update("Folder") {
            $0.error = FormValues.isBlank($0.value) ? language.pick("Cần nhập thư mục", "A folder is needed") : nil
        }
        if !form.isValid { form.focusFirstError() }
        return form.isValid
    }

    /// Done: the form says where the new store is and how to open it; any key closes it.
    mutating func newYearWritten(_ language: Language) {
        let folder = form.value("Folder")
        form.title = Words("Đã tạo kho năm học \(form.value("SchoolYear"))", "The \(form.value("SchoolYear")) store is ready")
        form.done = language.pick("Đã tạo kho mới ở \(folder). Kho đang mở không đổi. Để làm việc với năm học mới: thoát (q) rồi chạy  hoctap --store \(folder)",
                                   "The new store is in \(folder); the store open now is unchanged. To work on the new year: quit (q), then run  hoctap --store \(folder)")
        form.message = nil
        newYearDone = true
    }
}
