/// The import dialog's state: the form (file, kind, class or branch, year, day), then the preview the program read, then the write.

import Store

/// A list being brought in from the classes or the awards pane. The dialog only describes the
/// file (`Effect.readImport`); the program reads and plans it and answers with an `ImportReview`,
/// which the clerk reads and confirms; the write is one `StoreWrite.add` through the usual path.
public struct ImportDialog: Hashable, Sendable {
    public enum Stage: Hashable, Sendable {
        /// The form is filled in.
        case form
        /// The program is reading the file.
        case reading
        /// The preview is on screen, waiting for Enter (or b, or Esc).
        case review
        /// The records were handed to the store.
        case writing
        /// Esc on the form: the dialog goes away.
        case closed
    }

    /// The pane the dialog was opened on, which the write's outcome goes back to.
    public var origin: Pane
    public var form: FormState
    public var stage: Stage = .form
    /// The program's preview of the file, once read.
    public var review: ImportReview?
    /// The first line of the preview shown.
    public var scroll = 0
    /// What the preview's foot says after a key that cannot act (refused rows, nothing new), or a refusal by the store.
    public var message: String?

    public init(origin: Pane, form: FormState) {
        self.origin = origin
        self.form = form
    }

    /// The request the form describes; nil with the reason when the file is missing.
    var request: ImportRequest? {
        let path = form.value("Path")
        guard !path.isEmpty, let kind = ImportRequest.Kind(rawValue: form.value("Kind")) else { return nil }
        func given(_ id: String) -> String? {
            let value = form.value(id)
            return value.isEmpty ? nil : value
        }
        return ImportRequest(kind: kind, path: path, classId: kind == .learners ? nil : given("Class"),
                             branchId: given("Branch"), year: given("Year"), date: given("Date"))
    }

    /// The dialog of the classes pane: learners enrolled in the selected class (or learners alone).
    static func forClasses(classId: String?) -> ImportDialog {
        var fields = [pathField(), FormField(id: "Kind", label: Words("Loại danh sách", "Kind of list"), kind: .choice([
            .init(value: ImportRequest.Kind.enrollments.rawValue, label: "Học viên, ghi danh vào lớp"),
            .init(value: ImportRequest.Kind.learners.rawValue, label: "Chỉ học viên (không ghi danh)"),
        ]), value: ImportRequest.Kind.enrollments.rawValue)]
        var course = FormField(id: "Class", label: Words("Lớp (mã)", "Class (id)"), value: classId ?? "",
                               placeholder: Words("khi tệp không có cột \"Lớp\"", "when the file has no \"Lớp\" column"))
        course.help = Words("Lớp đang chọn; mọi dòng được ghi danh vào lớp này, trừ khi tệp có cột \"Lớp\".",
                            "The selected class; every row is enrolled in it unless the file has a \"Lớp\" column.")
        fields.append(course)
        return ImportDialog(origin: .classes, form: form(fields))
    }

    /// The dialog of the awards pane: awards or donations, of the selected branch and the year shown.
    static func forAwards(branchId: String?, year: SchoolYear?) -> ImportDialog {
        var fields = [pathField(), FormField(id: "Kind", label: Words("Loại danh sách", "Kind of list"), kind: .choice([
            .init(value: ImportRequest.Kind.awards.rawValue, label: "Khen thưởng"),
            .init(value: ImportRequest.Kind.donations.rawValue, label: "Ủng hộ quỹ khuyến học"),
        ]), value: ImportRequest.Kind.awards.rawValue)]
        var branch = FormField(id: "Branch", label: Words("Chi hội (mã)", "Branch (id)"), value: branchId ?? "",
                               placeholder: Words("khi tệp không có cột \"Chi hội\"", "when the file has no \"Chi hội\" column"))
        branch.help = Words("Chi hội của các dòng không có cột \"Chi hội\".", "The branch of rows without a \"Chi hội\" column.")
        fields.append(branch)
        var schoolYear = FormField(id: "Year", label: Words("Năm học", "School year"), value: year?.description ?? "",
                                   placeholder: Words("vd. 2022-2023", "e.g. 2022-2023"))
        schoolYear.help = Words("Năm học của khen thưởng, như 2022-2023.", "The school year of the awards, as 2022-2023.")
        fields.append(schoolYear)
        var day = FormField(id: "Date", label: Words("Ngày", "Date"), placeholder: Words("hôm nay", "today"))
        day.help = Words("Ngày của các dòng không có cột ngày, như 06/10/2022; để trống là hôm nay.",
                         "The day of rows without a date column, as 06/10/2022; empty is today.")
        fields.append(day)
        return ImportDialog(origin: .awards, form: form(fields))
    }

    private static func pathField() -> FormField {
        var path = FormField(id: "Path", label: Words("Tệp", "File"), placeholder: Words("vd. ~/Tải về/danh-sach.xlsx", "e.g. ~/Downloads/list.xlsx"),
                             isRequired: true)
        path.help = Words("Đường dẫn tệp .xlsx, .csv hoặc .tsv (~ là thư mục nhà).", "The path of a .xlsx, .csv or .tsv file (~ is your home folder).")
        return path
    }

    private static func form(_ fields: [FormField]) -> FormState {
        var form = FormState(title: Words("Nhập danh sách từ tệp", "Import a list from a file"), fields: fields)
        form.submitWords = Words("xem trước", "preview")
        return form
    }
}
