/// Why an edit, a removal or an undo was refused, in the clerk's words; every case means the store was left as it was.

import VietText

/// A refusal of `RecordEdit`, `RecordRemoval` or `StoreUndo`. Nothing was written when one of
/// these is thrown. The description is the Vietnamese sentence; `text(_:)` gives either language.
public enum StoreChangeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Other records that name a record about to go: so many of a set, in a file.
    public struct Reference: Sendable, Equatable {
        public var set: String
        public var file: String
        public var count: Int
    }

    case unknownKind(String, known: [String])
    /// The set's records have no key and no fields that tell them apart (the ceremony's log).
    case noIdentity(set: String)
    /// The id is not written in the set's form (`Class/Learner` for an enrollment).
    case badId(set: String, id: String, form: String)
    case notFound(set: String, id: String, file: String)
    /// Different records have the id (a duplicate key written by hand).
    case ambiguous(set: String, id: String, lines: [Int])
    /// `edit` was asked to change a field that names the record.
    case identityField(String)
    /// `edit` was asked to empty a mandatory field.
    case mandatoryField(String)
    /// `edit` was given no field.
    case noFields
    /// The record already holds exactly the values given.
    case unchanged(RecordLabel)
    /// The changed record breaks the store as `hoctap check` sees it: one line per problem.
    case invalid(RecordLabel, problems: [RefusalLine])
    /// The edited record is valid, but records of other files that name it would not be (an
    /// attendance on a session date the class no longer has): their problems, as `check` says them.
    case breaksOthers(RecordLabel, problems: [StoreProblem])
    /// Other records name the record: they must go first.
    case referenced(RecordLabel, by: [Reference])
    /// The undo journal holds no write that is not yet taken back.
    case nothingToUndo
    /// The write to take back was changed since (by hand, or by a later write outside hoctap).
    case changedSince(ChangeSummary, record: RecordLabel)
    /// Taking the write back would break the store.
    case undoRefused(ChangeSummary, reason: StoreChangeErrorReason)
    /// The undo journal could not be written, so the write was not made.
    case journal(String)

    public var description: String { text(.vi) }

    public func text(_ language: Language) -> String {
        let nothing = language.pick("; chưa ghi gì", "; nothing was written")
        switch self {
        case .unknownKind(let kind, let known):
            return language.pick("không có loại bản ghi \"\(kind)\"; các loại: ", "no kind of record \"\(kind)\"; the kinds are ")
                + known.joined(separator: ", ")
        case .noIdentity(let set):
            return language.pick("bản ghi \(set) không có mã nên không sửa, không xoá được theo mã; hoctap undo hoàn tác bản ghi vừa thêm",
                                 "\(set) records have no key, so they cannot be edited or removed by id; hoctap undo takes back the last one added")
        case .badId(let set, let id, let form):
            return language.pick("\"\(id)\" không phải mã của \(set): viết \(form)", "\"\(id)\" is not an id of \(set): write \(form)")
        case .notFound(let set, let id, let file):
            return language.pick("không có \(set) \(id) trong \(file)", "no \(set) \(id) in \(file)")
        case .ambiguous(let set, let id, let lines):
            let at = lines.map(String.init).joined(separator: ", ")
            return language.pick("có \(lines.count) bản ghi \(set) \(id) khác nhau (dòng \(at)); sửa tệp bằng tay rồi chạy hoctap check",
                                 "\(lines.count) different \(set) records are \(id) (lines \(at)); fix the file by hand, then run hoctap check")
        case .identityField(let field):
            return language.pick("không đổi được \(field): nó là mã của bản ghi; hãy xoá rồi thêm bản ghi mới",
                                 "\(field) names the record and cannot be changed; remove the record and add a new one") + nothing
        case .mandatoryField(let field):
            return language.pick("\(field) là trường bắt buộc, không để trống được", "\(field) is mandatory and cannot be emptied") + nothing
        case .noFields:
            return language.pick("chưa cho trường nào để sửa: --Field giá-trị (--Field \"\" bỏ một trường không bắt buộc)",
                                 "no field to change: --Field value (--Field \"\" removes an optional field)")
        case .unchanged(let label):
            return language.pick("\(label.text(.vi)) đã có đúng các giá trị này", "\(label.text(.en)) already holds these values") + nothing
        case .invalid(let label, let problems):
            return language.pick("không nhận \(label.text(.vi))", "\(label.text(.en)) was refused") + nothing + ":\n"
                + problems.map { "  " + $0.text(language) }.joined(separator: "\n")
        case .breaksOthers(let label, let problems):
            let short = RecordLabel(set: label.set, id: label.id)
            var files: [String] = []
            for p in problems where !files.contains(p.file) { files.append(p.file) }
            let example = problems.first.map { ProblemWording.text($0, language) } ?? ""
            return language.pick("không sửa \(short.text(.vi)): sẽ làm sai \(problems.count) bản ghi ở \(files.joined(separator: ", ")), như ",
                                 "\(short.text(.en)) was not edited: it would break \(problems.count) records in \(files.joined(separator: ", ")), such as ")
                + example + nothing
        case .referenced(let label, let references):
            return language.pick("không xoá \(label.text(.vi)): còn ", "\(label.text(.en)) was not removed: ")
                + Self.list(references, language)
                + language.pick(" nhắc đến nó; hãy xoá chúng trước", " refer to it; remove them first")
        case .nothingToUndo:
            return language.pick("không còn thao tác nào của hoctap để hoàn tác", "no write of hoctap is left to undo")
        case .changedSince(let summary, let record):
            return language.pick("không hoàn tác được \"\(summary.text(.vi))\": \(record.text(.vi)) đã bị sửa hoặc xoá sau đó; không thay đổi gì",
                                 "cannot undo \"\(summary.text(.en))\": \(record.text(.en)) was changed or removed since; nothing was changed")
        case .undoRefused(let summary, let reason):
            return language.pick("không hoàn tác được \"\(summary.text(.vi))\": ", "cannot undo \"\(summary.text(.en))\": ")
                + reason.text(language) + language.pick("; không thay đổi gì", "; nothing was changed")
        case .journal(let reason):
            return language.pick("không ghi được nhật ký hoàn tác (.hoctap-undo): ", "the undo journal (.hoctap-undo) could not be written: ")
                + reason + nothing
        }
    }

    /// `3 Enrollment (attendance.rec), 12 Attendance (attendance.rec)`.
    static func list(_ references: [Reference], _ language: Language) -> String {
        references.map { "\($0.count) \($0.set) (\($0.file))" }.joined(separator: ", ")
    }
}

/// Why taking a write back would break the store.
public enum StoreChangeErrorReason: Sendable, Equatable {
    /// Records added since name a record the undo would take out.
    case referenced(RecordLabel, by: [StoreChangeError.Reference])
    /// A record put back would break the store (its key taken since, a branch it names gone).
    case invalid(RecordLabel, problems: [RefusalLine])

    func text(_ language: Language) -> String {
        switch self {
        case .referenced(let label, let references):
            return language.pick("còn ", "") + StoreChangeError.list(references, language)
                + language.pick(" nhắc đến \(label.text(.vi))", " refer to \(label.text(.en))")
        case .invalid(let label, let problems):
            return language.pick("đặt lại \(label.text(.vi)) thì kho lỗi: ", "putting back \(label.text(.en)) would break the store: ")
                + problems.map { $0.text(language) }.joined(separator: "; ")
        }
    }
}
