/// What a write did, in words for the clerk: "thêm khen thưởng A1875 (Nguyễn Văn An)".

import Recfile
import VietText

/// One record named the way the clerk knows it: its set, its identity (`A1875`, `LH01/HV0001`) and,
/// where it has one, the name of whom it is about.
public struct RecordLabel: Codable, Hashable, Sendable {
    public var set: String
    public var id: String
    public var name: String?

    public init(set: String, id: String, name: String? = nil) {
        self.set = set
        self.id = id
        self.name = name
    }

    /// The label of a record of `set` with these fields.
    init(set: SetSchema, fields: [(name: String, value: String)]) {
        self.init(set: set.name, id: RecordIdentity.id(of: fields, in: set),
                  name: Self.nameFields.lazy.compactMap { wanted in fields.first { $0.name == wanted }?.value }.first)
    }

    init(set: SetSchema, record: RecordText) {
        self.init(set: set, fields: record.fields.map { ($0.name, $0.value) })
    }

    init(set: SetSchema, record: RecRecord) {
        self.init(set: set, fields: record.fields.map { ($0.name, $0.value) })
    }

    /// The fields that say whom or what a record is about, the first one present taken.
    private static let nameFields = ["Recipient", "Name", "Donor", "Payee", "Label", "Item", "Title"]

    /// `khen thưởng A1875 (Nguyễn Văn An)`.
    public func text(_ language: Language) -> String {
        "\(Self.word(for: set, language)) \(id)" + (name.map { " (\($0))" } ?? "")
    }

    /// What a record of `set` is called (`khen thưởng`); the set's name for one not listed.
    static func word(for set: String, _ language: Language) -> String {
        words[set].map { language.pick($0.vi, $0.en) } ?? set
    }

    /// What a record of each set is called.
    private static let words: [String: (vi: String, en: String)] = [
        "Campaign": ("Tuần lễ học tập", "campaign"), "Target": ("chỉ tiêu", "target"),
        "Indicator": ("chỉ số", "indicator"), "Agenda": ("phần chương trình", "agenda item"),
        "AgendaLog": ("bước chương trình", "agenda step"), "Class": ("lớp", "class"),
        "Learner": ("học viên", "learner"), "Enrollment": ("ghi danh", "enrollment"),
        "Attendance": ("điểm danh", "attendance"), "Branch": ("chi hội", "branch"), "Clan": ("dòng họ", "clan"),
        "Award": ("khen thưởng", "award"), "Donation": ("ủng hộ quỹ", "donation"), "Title": ("danh hiệu", "title"),
        "Body": ("cơ quan", "issuing body"), "Signer": ("người ký", "signer"), "Paper": ("văn bản", "paper"),
        "FundYear": ("năm quỹ", "fund year"), "Expense": ("khoản chi", "expense"),
        "CriteriaSet": ("bộ tiêu chí", "criteria set"), "Criterion": ("chỉ tiêu", "criterion"),
        "Community": ("tổ dân phố", "residential group"), "Unit": ("đơn vị", "unit"), "PartyCell": ("chi bộ", "party cell"),
        "Family": ("hộ gia đình", "family"), "Registration": ("đăng ký danh hiệu", "registration"),
        "Assessment": ("kết quả đánh giá", "assessment"),
    ]
}

/// A write as the clerk would name it: added, edited or removed, and which records.
public struct ChangeSummary: Codable, Hashable, Sendable {
    public enum Action: String, Codable, Hashable, Sendable {
        case add, edit, remove
    }

    public var action: Action
    public var records: [RecordLabel]

    public init(_ action: Action, _ records: [RecordLabel]) {
        self.action = action
        self.records = records
    }

    /// `thêm khen thưởng A1875 (Nguyễn Văn An)`; several records are listed after one verb.
    public func text(_ language: Language) -> String {
        let verb = switch action {
        case .add: language.pick("thêm", "added")
        case .edit: language.pick("sửa", "edited")
        case .remove: language.pick("xoá", "removed")
        }
        return verb + " " + records.map { $0.text(language) }.joined(separator: ", ")
    }
}
