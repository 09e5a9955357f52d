/// What `hoctap add` tells a clerk who asks: the kinds of record, and a kind's fields.

import Recfile

extension RecordAddition {
    /// Every kind `add` takes, one a line, with what it adds: `award      an award handed out by a branch`.
    public static func kindsHelp() -> String {
        let width = kinds.map(\.key.count).max() ?? 0
        var lines = ["Kinds of record (hoctap add KIND --help lists a kind's fields;",
                     "agenda moves the ceremony's \"now\" marker, agenda-item adds an item to its programme):"]
        for (kind, setName) in kinds {
            let summary = StoreSchema.set(named: setName)?.summary ?? ""
            lines.append("  " + kind.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + summary)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The fields of `set` as `add` takes them: name, whether it is required, what the value must
    /// look like (with an example), what it holds, and what is filled in when it is left out.
    /// The limits that depend on the day (a birth date not in the future) are read against `today`,
    /// the machine's day when nil.
    /// With `editing`, the fields as `hoctap edit` takes them: those that name the record cannot be
    /// changed, a required one cannot be emptied, and nothing is filled in.
    public static func fieldsHelp(for set: SetSchema, kind: String, today: CalendarDate? = nil, editing: Bool = false) -> String {
        let today = today ?? ReferenceDay.current
        let width = set.fields.map(\.name.count).max() ?? 0
        let identity = editing ? RecordIdentity.fields(of: set) ?? [] : []
        var lines = editing
            ? ["hoctap edit \(kind) \(RecordIdentity.form(of: set).uppercased()) --Field value …: \(set.summary), in \(set.file).",
               "A value replaces the field's; --Field \"\" removes a field that is not required.", "",
               "Fields (* required, cannot be emptied):"]
            : ["hoctap add \(kind) --Field value …: \(set.summary), in \(set.file).", "", "Fields (* required):"]
        for field in set.fields {
            let required = field.isMandatory && (editing || !fillsItself(field.name, in: set))
            var text = "  --" + (field.name + (required ? " *" : "")).padding(toLength: width + 2, withPad: " ", startingAt: 0)
            text += "  " + valueHelp(field, in: set, today: today)
            var notes: [String] = []
            if !field.summary.isEmpty { notes.append(field.summary) }
            if identity.contains(field.name) { notes.append("names the record: cannot be changed") }
            if !editing, let filled = filledWith(field.name, in: set) { notes.append("left out: " + filled) }
            if field.isRepeatable { notes.append("may be given several times") }
            if field.isPrivate { notes.append("private: never shown on the projector") }
            if !notes.isEmpty { text += "; " + notes.joined(separator: "; ") }
            lines.append(text)
        }
        if set.name == "Class" {
            lines.append("  --" + weeklyField.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                + "  " + weeklyHelp)
        }
        if set.name == "Campaign" {
            lines += ["", "A store holds one campaign; start the next school year with hoctap init NEWDIR --from THIS-STORE --year YYYY-YYYY."]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What `--Weekly` takes.
    public static let weeklyHelp = "weekdays the class meets between its Start and End, such as \"T3, T5\" or \"Thứ Ba, Thứ Năm\" "
        + "(T2 … T7, CN, accents optional); written as one Session line per date"

    /// One line of help on `field` of `set`, for a form: what the value must look like, an
    /// example, and what is filled in when it is left out.
    public static func fieldHelp(_ field: FieldSpec, in set: SetSchema, today: CalendarDate? = nil) -> String {
        var text = valueHelp(field, in: set, today: today ?? ReferenceDay.current)
        if let filled = filledWith(field.name, in: set) { text += "; left out: " + filled }
        return text
    }

    /// What a value of `field` must look like, with an example for text and references.
    private static func valueHelp(_ field: FieldSpec, in set: SetSchema, today: CalendarDate) -> String {
        var expected = field.bound?.expectation(today: today) ?? field.expectation
        // What `storeSpelling` reads beyond the file's own spelling.
        if field.type == .date { expected += " (or day first: 06/10/2022)" }
        if field.type == .dateTime { expected += " (or day first: 06/10/2022 07:30)" }
        if field.type == .int, field.isMoney { expected += " (or as typed: 1.200.000, 200k, 1,5tr)" }
        guard let example = examples[set.name + "." + field.name] ?? examples[field.name], field.type == .text || isReference(field.type),
              !expected.contains("such as") else { return expected }
        return expected + ", such as " + example
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
    public static func fillsItself(_ name: String, in set: SetSchema) -> Bool { filledWith(name, in: set) != nil }

    private static func filledWith(_ name: String, in set: SetSchema) -> String? {
        switch (set.name, name) {
        case (_, "Id") where set.key == "Id": return "the next free one"
        case ("Award", "Date"): return "today"
        case ("AgendaLog", "At"): return "now"
        case ("Campaign", "Id"): return "TLHTSD- and the first year of SchoolYear"
        case ("Campaign", "Title"): return "\"Tuần lễ hưởng ứng học tập suốt đời năm\" and the first year of SchoolYear"
        case ("Campaign", "WeekStart"): return "1 October of SchoolYear"
        case ("Campaign", "WeekEnd"): return "7 October of SchoolYear"
        case ("Agenda", "Seq"): return "the number after the last item"
        case ("Class", "Sessions"): return "the number of session dates, when Weekly gives them"
        default: return nil
        }
    }
}
