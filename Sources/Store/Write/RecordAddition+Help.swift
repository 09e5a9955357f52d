/// What `hoctap add` tells a clerk who asks: the kinds of record, and a kind's fields, in Vietnamese or English.

import Recfile
import VietText

extension RecordAddition {
    /// Every kind `add` takes, one a line, with what it adds: `award      an award handed out by a branch`.
    public static func kindsHelp(language: Language = .en) -> String {
        let width = kinds.map(\.key.count).max() ?? 0
        var lines = language == .vi
            ? ["Các loại bản ghi (hoctap add KIND --help liệt kê các trường của một loại;",
               "agenda chuyển dấu \"đang diễn ra\" của buổi lễ, agenda-item thêm một mục vào chương trình):"]
            : ["Kinds of record (hoctap add KIND --help lists a kind's fields;",
               "agenda moves the ceremony's \"now\" marker, agenda-item adds an item to its programme):"]
        for (kind, setName) in kinds {
            let summary = setSummary(setName, language)
            lines.append("  " + kind.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + summary)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What a record of the set called `name` is, in `language`.
    static func setSummary(_ name: String, _ language: Language) -> String {
        let english = StoreSchema.set(named: name)?.summary ?? ""
        return language == .vi ? RecordKindWording.summary(name) ?? english : english
    }

    /// The fields of `set` as `add` takes them: name, whether it is required, what the value must
    /// look like (with an example), what it holds, and what is filled in when it is left out.
    /// In Vietnamese, each field's label is the one the dashboard's forms show (`FieldLabels`).
    /// The limits that depend on the day (a birth date not in the future) are read against `today`,
    /// the machine's day when nil.
    /// With `editing`, the fields as `hoctap edit` takes them: those that name the record cannot be
    /// changed, a required one cannot be emptied, and nothing is filled in.
    public static func fieldsHelp(for set: SetSchema, kind: String, today: CalendarDate? = nil, editing: Bool = false,
                                  language: Language = .en) -> String {
        let today = today ?? ReferenceDay.current
        let vi = language == .vi
        let width = set.fields.map(\.name.count).max() ?? 0
        let identity = editing ? RecordIdentity.fields(of: set) ?? [] : []
        let summary = setSummary(set.name, language)
        var lines: [String]
        switch (editing, vi) {
        case (true, true):
            lines = ["hoctap edit \(kind) \(RecordIdentity.form(of: set).uppercased()) --Trường giá-trị …: \(summary), trong \(set.file).",
                     "Giá trị mới thay giá trị cũ; --Trường \"\" xoá một trường không bắt buộc.", "",
                     "Các trường (* là bắt buộc, không xoá được):"]
        case (true, false):
            lines = ["hoctap edit \(kind) \(RecordIdentity.form(of: set).uppercased()) --Field value …: \(summary), in \(set.file).",
                     "A value replaces the field's; --Field \"\" removes a field that is not required.", "",
                     "Fields (* required, cannot be emptied):"]
        case (false, true):
            lines = ["hoctap add \(kind) --Trường giá-trị …: \(summary), ghi vào \(set.file).", "", "Các trường (* là bắt buộc):"]
        case (false, false):
            lines = ["hoctap add \(kind) --Field value …: \(summary), in \(set.file).", "", "Fields (* required):"]
        }
        for field in set.fields {
            let required = field.isMandatory && (editing || !fillsItself(field.name, in: set))
            var text = "  --" + (field.name + (required ? " *" : "")).padding(toLength: width + 2, withPad: " ", startingAt: 0)
            let value = valueHelp(field, in: set, today: today, language: language)
            if vi, let label = FieldLabels.label(set.name, field.name, .vi) {
                text += "  " + label + ": " + value
            } else {
                text += "  " + value
            }
            var notes: [String] = []
            if !vi, !field.summary.isEmpty { notes.append(field.summary) }
            if identity.contains(field.name) { notes.append(vi ? "dùng để gọi bản ghi: không đổi được" : "names the record: cannot be changed") }
            if !editing, let filled = filledWith(field.name, in: set, language: language) {
                notes.append((vi ? "để trống: " : "left out: ") + filled)
            }
            if field.isRepeatable { notes.append(vi ? "ghi được nhiều lần" : "may be given several times") }
            if field.isPrivate { notes.append(vi ? "riêng tư: không bao giờ hiện trên màn chiếu" : "private: never shown on the projector") }
            if !notes.isEmpty { text += "; " + notes.joined(separator: "; ") }
            lines.append(text)
        }
        if set.name == "Class" {
            let label = vi ? (FieldLabels.label(set.name, weeklyField, .vi) ?? weeklyField) + ": " : ""
            lines.append("  --" + weeklyField.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                + "  " + label + (vi ? weeklyHelpVietnamese : weeklyHelp))
        }
        if set.name == "Campaign" {
            lines += ["", vi
                ? "Mỗi kho chỉ có một chiến dịch; sang năm học mới dùng hoctap init THƯ-MỤC-MỚI --from KHO-NÀY --year YYYY-YYYY."
                : "A store holds one campaign; start the next school year with hoctap init NEWDIR --from THIS-STORE --year YYYY-YYYY."]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What `--Weekly` takes.
    public static let weeklyHelp = "weekdays the class meets between its Start and End, such as \"T3, T5\" or \"Thứ Ba, Thứ Năm\" "
        + "(T2 … T7, CN, accents optional); written as one Session line per date"

    /// What `--Weekly` takes, in Vietnamese.
    static let weeklyHelpVietnamese = "các thứ trong tuần lớp học từ ngày bắt đầu đến ngày kết thúc, như \"T3, T5\" hoặc "
        + "\"Thứ Ba, Thứ Năm\" (T2 … T7, CN, có dấu hay không đều được); ghi thành mỗi ngày một dòng Session"

    /// One line of help on `field` of `set`, for a form: what the value must look like, an
    /// example, and what is filled in when it is left out.
    public static func fieldHelp(_ field: FieldSpec, in set: SetSchema, today: CalendarDate? = nil) -> String {
        var text = valueHelp(field, in: set, today: today ?? ReferenceDay.current)
        if let filled = filledWith(field.name, in: set, language: .en) { text += "; left out: " + filled }
        return text
    }

    /// What a value of `field` must look like, with an example for text and references.
    private static func valueHelp(_ field: FieldSpec, in set: SetSchema, today: CalendarDate,
                                  language: Language = .en) -> String {
        let rule = field.bound?.expectation(today: today) ?? field.expectation
        let vi = language == .vi
        var expected = vi ? ValueWording.rule(rule) ?? rule : rule
        // What `storeSpelling` reads beyond the file's own spelling.
        if field.type == .date { expected += vi ? " (hoặc ngày trước: 06/10/2022)" : " (or day first: 06/10/2022)" }
        if field.type == .dateTime { expected += vi ? " (hoặc ngày trước: 06/10/2022 07:30)" : " (or day first: 06/10/2022 07:30)" }
        if field.type == .int, field.isMoney {
            expected += vi ? " (hoặc như khi gõ: 1.200.000, 200k, 1,5tr)" : " (or as typed: 1.200.000, 200k, 1,5tr)"
        }
        guard let example = examples[set.name + "." + field.name] ?? examples[field.name], field.type == .text || isReference(field.type),
              !rule.contains("such as") else { return expected }
        return expected + (vi ? ", vd. " : ", such as ") + example
    }

    /// Examples of the free-text fields and references, as a ward office writes them.
    private static let examples: [String: String] = [
        "Name": "\"Nguyễn Văn An\"", "Recipient": "\"Nguyễn Thị Hoa\"", "Category": "\"Học sinh giỏi\"",
        "Sponsor": "\"Công ty TNHH Minh Phát\"", "Donor": "\"Ông Trần Văn Hải\"", "Purpose": "\"Học bổng\"",
        "Neighborhood": "\"Khu phố 3\"", "Organization": "\"Hội Phụ nữ\"", "Phone": "0912345678",
        "Branch": "KP01", "Class": "LH01", "Learner": "HV0001", "Seq": "3",
        "Title": "\"Tuần lễ hưởng ứng học tập suốt đời năm 2023\"", "Ward": "\"Phường Quảng Châu\"",
        "Center": "\"Trung tâm học tập cộng đồng phường Quảng Châu\"", "SchoolYear": "2023-2024",
        "Venue": "\"Hội trường UBND phường\"", "Theme": "\"Đọc và học suốt đời\"",
        "Label": "\"Lượt người học trong năm\"", "Unit": "\"lượt\"", "Group": "\"Phổ cập giáo dục\"",
        "Item": "\"Khai mạc, giới thiệu đại biểu\"", "By": "\"Chủ tịch Hội Khuyến học\"",
        "Class.Name": "\"Tin học cơ bản\"", "Branch.Name": "\"Chi hội khu phố 1\"", "Clan.Name": "\"Họ Nguyễn Văn\"",
        "Topic": "\"Chuyển đổi số\"", "Partner": "\"Hội Phụ nữ phường\"", "Teacher": "\"Lê Thị Mai\"",
    ]

    private static func isReference(_ type: FieldType) -> Bool {
        if case .reference = type { return true }
        return false
    }

    /// The fields `fillDefaults` fills when they are left out.
    public static func fillsItself(_ name: String, in set: SetSchema) -> Bool { filledWith(name, in: set, language: .en) != nil }

    private static func filledWith(_ name: String, in set: SetSchema, language: Language) -> String? {
        let vi = language == .vi
        switch (set.name, name) {
        case (_, "Id") where set.key == "Id": return vi ? "mã tiếp theo còn trống" : "the next free one"
        case ("Award", "Date"): return vi ? "hôm nay" : "today"
        case ("AgendaLog", "At"): return vi ? "bây giờ" : "now"
        case ("Campaign", "Id"): return vi ? "TLHTSD- và năm đầu của SchoolYear" : "TLHTSD- and the first year of SchoolYear"
        case ("Campaign", "Title"):
            return vi ? "\"Tuần lễ hưởng ứng học tập suốt đời năm\" và năm đầu của SchoolYear"
                : "\"Tuần lễ hưởng ứng học tập suốt đời năm\" and the first year of SchoolYear"
        case ("Campaign", "WeekStart"): return vi ? "ngày 01/10 của SchoolYear" : "1 October of SchoolYear"
        case ("Campaign", "WeekEnd"): return vi ? "ngày 07/10 của SchoolYear" : "7 October of SchoolYear"
        case ("Agenda", "Seq"): return vi ? "số sau mục cuối cùng" : "the number after the last item"
        case ("Class", "Sessions"): return vi ? "số ngày học, khi có Weekly" : "the number of session dates, when Weekly gives them"
        default: return nil
        }
    }
}
