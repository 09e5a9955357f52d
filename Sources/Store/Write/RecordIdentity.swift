/// Which record `hoctap edit KIND ID` and `hoctap remove KIND ID` mean: a kind of record and its key, or CLASS/LEARNER[/DATE].

import Recfile
import VietText

/// A record is named by its set (the kind, `award`, `class`, `branch` …: the set's name in any
/// case) and its key (`A1875`, an agenda item's `Seq`). The two sets without a key are named by
/// the fields that make one of their records: an enrollment `CLASS/LEARNER` (`LH01/HV0001`), an
/// attendance `CLASS/LEARNER/DATE` (`LH01/HV0001/2022-10-12`); the other sets without a key by the
/// fields no two of their records share: an assessment `HV0001/CDHT-324/2022`.
public enum RecordIdentity {
    /// The sets `edit` and `remove` take, by kind: every set the store declares.
    public static var kinds: [String] { StoreSchema.sets.map { $0.name.lowercased() } }

    /// The set named `kind` (its name, ASCII case aside).
    public static func set(forKind kind: String) throws -> SetSchema {
        guard let set = StoreSchema.sets.first(where: { $0.name.lowercased() == kind.lowercased() }) else {
            throw StoreChangeError.unknownKind(kind, known: kinds)
        }
        return set
    }

    /// The fields that identify a record of `set`, in the order an id gives them; nil for a set
    /// whose records cannot be told apart (the ceremony's log).
    static func fields(of set: SetSchema) -> [String]? {
        if let key = set.key { return [key] }
        switch set.name {
        case "Enrollment": return ["Class", "Learner"]
        case "Attendance": return ["Class", "Learner", "Date"]
        // An assessment SUBJECT/SET/YEAR, a registration SUBJECT/TITLE/YEAR, a criterion SET/CODE.
        default: return set.unique.isEmpty ? nil : set.unique
        }
    }

    /// How an id of `set` is written, for messages: `Id`, `Class/Learner/Date`.
    static func form(of set: SetSchema) -> String {
        (fields(of: set) ?? []).joined(separator: "/")
    }

    /// The id of a record with these fields: its key, or its identifying fields joined by `/`.
    static func id(of fields: [(name: String, value: String)], in set: SetSchema) -> String {
        (self.fields(of: set) ?? []).map { name in fields.first { $0.name == name }?.value ?? "" }.joined(separator: "/")
    }

    /// The record of `set` named `id` in `bytes` (the text of its file). Exact copies of one record
    /// (the same enrollment written twice) are one fact: the last copy is the one returned.
    /// - Throws: `StoreChangeError` when the set has no identity, the id is not in its form, no
    ///   record has it, or different records share it.
    static func record(_ id: String, of set: SetSchema, in bytes: [UInt8]?) throws -> RecRecord {
        guard let names = fields(of: set) else { throw StoreChangeError.noIdentity(set: set.name) }
        let parts = names.count == 1 ? [id] : id.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == names.count, parts.allSatisfy({ !$0.isEmpty }) else {
            throw StoreChangeError.badId(set: set.name, id: id, form: form(of: set))
        }
        let wanted = Array(zip(names, parts))
        let found = bytes.map { RecParser.parse($0, file: set.file).records(of: set.name) }?.filter { record in
            wanted.allSatisfy { name, value in record.value(name) == value }
        } ?? []
        guard let last = found.last else { throw StoreChangeError.notFound(set: set.name, id: id, file: set.file) }
        let text = { (r: RecRecord) in r.fields.map { [$0.name, $0.value] } }
        guard found.allSatisfy({ text($0) == text(last) }) else {
            throw StoreChangeError.ambiguous(set: set.name, id: id, lines: found.map(\.line))
        }
        return last
    }
}

extension RecordIdentity {
    /// Every kind `edit` and `remove` take, one a line, with how its records are named:
    /// `award        Id                  an award handed out by a branch`.
    public static func kindsHelp(command: String, language: Language = .en) -> String {
        let named = StoreSchema.sets.filter { fields(of: $0) != nil }
        let width = named.map(\.name.count).max() ?? 0
        let formWidth = named.map { form(of: $0).count }.max() ?? 0
        var lines = [language.pick(
            "Các loại bản ghi (hoctap \(command) KIND ID; ID là mã khoá của bản ghi, hoặc các trường ghi bên cạnh):",
            "Kinds of record (hoctap \(command) KIND ID; an id is the record's key, or the fields shown):")]
        for set in named {
            lines.append("  " + set.name.lowercased().padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                         + form(of: set).padding(toLength: formWidth, withPad: " ", startingAt: 0) + "  "
                         + RecordAddition.setSummary(set.name, language))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
