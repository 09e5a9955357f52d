/// The set-up form in edit mode: prefilled from a record, its key shown but locked, and only the changed fields sent to the store.

import Store
import VietText

extension RecordForm {
    /// What an edit form changes: the record's set and key, and the record as the form wrote it
    /// when it opened (the changes are read against it, in the form's own spelling).
    struct Editing: Hashable, Sendable {
        var set: String
        var id: String
        var original: [NewRecord.Field]
    }

    /// The form of `kind` filled with `stored` (a record's fields in the store's spelling,
    /// `StoredFields`), to edit it: dates as the clerk types them, a class's `Session` dates in its
    /// schedule field, one theme row per theme and one empty row, the key locked.
    static func editing(_ kind: SetupKind, _ stored: [NewRecord.Field], today: CalendarDate, language: Language) -> RecordForm {
        var open = RecordForm(kind: kind, kinds: [kind], today: today, language: language)
        guard let set = kind.set, let key = set.key else { return open }
        let id = stored.first { $0.name == key }?.value ?? ""
        open.form.title = Words("Sửa \(kind.name.vi.lowercased()) \(id)", "Edit \(kind.name.en.lowercased()) \(id)")
        var fields = open.form.fields
        if let at = fields.firstIndex(where: { $0.id == "Theme" }) {
            let rows = stored.filter { $0.name == "Theme" }.map(\.value) + [""]
            fields.replaceSubrange(at...at, with: rows.map { value in
                var row = fields[at]
                row.input.set(value)
                return row
            })
            fields = numbered(fields)
        }
        for i in fields.indices where storeName(fields[i].id) != "Theme" {
            let name = fields[i].id
            if name == RecordAddition.weeklyField {
                let days = stored.filter { $0.name == "Session" }.compactMap { CalendarDate(iso: $0.value) }
                fields[i].input.set(days.map { VietFormat.date($0) }.joined(separator: ", "))
                continue
            }
            let value = stored.first { $0.name == name }?.value ?? ""
            switch fields[i].kind {
            case .choice(let choices):
                fields[i].choiceIndex = choices.firstIndex { $0.value == value } ?? 0
            case .text:
                let day = set.field(name)?.type == .date ? CalendarDate(iso: value) : nil
                fields[i].input.set(day.map { VietFormat.date($0) } ?? value)
            }
            if name == key {
                fields[i].isLocked = true
                fields[i].isRequired = false
                fields[i].help = Words("Mã của bản ghi: không đổi được (muốn đổi thì xoá rồi thêm mới)",
                                       "The record's key: it cannot change (remove the record and add a new one instead)")
            }
        }
        open.form.fields = fields
        open.form.focus = 0
        open.defaultsYear = kind == .campaign ? SchoolYear(text: open.form.value("SchoolYear")) : nil
        for field in fields where field.id == RecordAddition.weeklyField || open.type(of: field.id) == .date {
            open.edited(field.id, today: today, language)
        }
        open.editing = Editing(set: set.name, id: id, original: open.storedRecord(language))
        return open
    }

    /// The record as the form would write it over the stored one: a weekly pattern expanded to
    /// its `Session` dates between the form's Start and End.
    func storedRecord(_ language: Language) -> [NewRecord.Field] {
        var fields = record(language).fields
        guard let at = fields.firstIndex(where: { $0.name == RecordAddition.weeklyField }),
              case .weekly(let pattern) = schedule(language),
              let first = FormValues.date(form.value("Start"), language).value,
              let last = FormValues.date(form.value("End"), language).value,
              let days = try? WeeklySchedule.expand(pattern, from: first, to: last) else { return fields }
        fields.remove(at: at)
        return fields + days.map { NewRecord.Field("Session", $0.description) }
    }

    /// The fields that differ from the record as it opened: every value of a changed field, `""`
    /// for a field emptied. A class's `Sessions` follows its schedule when it counted the old one
    /// and the clerk left it alone.
    func changes(_ language: Language) -> [NewRecord.Field] {
        guard let editing, let key = set?.key else { return [] }
        let now = storedRecord(language)
        func values(_ fields: [NewRecord.Field], _ name: String) -> [String] { fields.filter { $0.name == name }.map(\.value) }
        var names: [String] = []
        for field in editing.original + now where field.name != key && !names.contains(field.name) { names.append(field.name) }
        var out: [NewRecord.Field] = []
        for name in names {
            let before = values(editing.original, name), after = values(now, name)
            guard before != after else { continue }
            out += after.isEmpty ? [NewRecord.Field(name, "")] : after.map { NewRecord.Field(name, $0) }
        }
        let oldDays = values(editing.original, "Session"), newDays = values(now, "Session")
        if oldDays != newDays, !newDays.isEmpty, values(now, "Sessions") == values(editing.original, "Sessions"),
           values(editing.original, "Sessions") == [String(oldDays.count)] {
            out.append(NewRecord.Field("Sessions", String(newDays.count)))
        }
        return out
    }
}
