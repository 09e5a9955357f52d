/// The set-up form: one form for every kind that sets a year up, its fields read from the store's schema.

import Store
import VietText

/// An open set-up form: the kind of record it adds, the kinds it may switch to, its fields, and
/// what the store said of the last write. The fields come from the schema's table: a field's
/// name, whether it is required, its type (dates and times typed as people write them, numbers,
/// enumerations offered as choices), and its help line; the check is the store's own.
public struct RecordForm: Hashable, Sendable {
    public var kind: SetupKind
    /// The kinds the first field switches between (just `kind` when it cannot switch).
    public var kinds: [SetupKind]
    public var form: FormState
    /// The school year whose defaults fill a campaign's title and week, to follow a change of year.
    var defaultsYear: SchoolYear?
    /// The interface's language when the form opened, for the store's answer.
    var language: Language
    /// What was typed into text fields, by id, kept while the clerk switches kinds: a label typed
    /// for a target is still there after a look at the agenda item and on to an indicator.
    var typed: [String: String] = [:]
    /// The new-year form: the store it seeds from and its year, the folder proposed, and whether
    /// the new store was made.
    var newYearFrom: NewYearSource?
    var newYearProposal: String?
    var newYearDone = false
    /// The record the form edits; nil for a form that adds.
    var editing: Editing?

    struct NewYearSource: Hashable, Sendable {
        var directory: String
        var year: SchoolYear
    }

    /// The id of the field that chooses the kind.
    static let kindField = "kind"

    /// - Parameter choosing: the kind field has the keyboard first (the clerk picks what to add);
    ///   else the first required field still empty has it.
    init(kind: SetupKind, kinds: [SetupKind], today: CalendarDate, language: Language, choosing: Bool = false) {
        self.kind = kind
        self.kinds = kinds.contains(kind) ? kinds : [kind] + kinds
        self.language = language
        form = FormState(title: Words("Thiết lập năm học", "Set up the school year"), fields: [])
        form.fields = Self.fields(for: kind, kinds: self.kinds, today: today, language)
        let first = self.kinds.count > 1 && !choosing ? 1 : 0
        form.focus = choosing ? 0 : form.fields.indices.first { $0 >= first && form.fields[$0].isRequired && form.fields[$0].input.isEmpty } ?? first
        if kind == .campaign { defaultsYear = SchoolYear(containing: today) }
    }

    // MARK: fields from the schema

    /// The fields of `kind`: the kind chooser, then the set's fields in the schema's order, with
    /// the id last (it is filled in when left empty), a class's session dates as one schedule
    /// field, and a repeatable field as numbered rows.
    static func fields(for kind: SetupKind, kinds: [SetupKind], today: CalendarDate, _ language: Language) -> [FormField] {
        guard let set = kind.set else { return [] }
        var out: [FormField] = []
        if kinds.count > 1 {
            let choices = kinds.map { FormField.Choice(value: $0.rawValue, label: $0.name.text(language)) }
            out.append(FormField(id: kindField, label: Words("Thêm", "Add"), kind: .choice(choices), value: kind.rawValue))
        }
        let key = set.key
        for spec in set.fields where spec.name != key && !(set.name == "Class" && spec.name == "Session") {
            out.append(field(spec, in: set, language))
            if set.name == "Class", spec.name == "End", let weekly = set.field("Session") {
                var schedule = field(weekly, in: set, language)
                schedule.id = RecordAddition.weeklyField
                schedule.label = SetupWording.label(set.name, RecordAddition.weeklyField)
                schedule.help = Words(SetupWording.help(set.name, RecordAddition.weeklyField, type: .text),
                                      RecordAddition.weeklyHelp + ", or the dates: 2023-10-03, 2023-10-05")
                out.append(schedule)
            }
        }
        if let key, let spec = set.field(key) { out.append(field(spec, in: set, language)) }
        if kind == .campaign { fillCampaign(&out, year: SchoolYear(containing: today), previous: nil) }
        return numbered(out)
    }

    /// One field of the form for a field of the schema.
    static func field(_ spec: FieldSpec, in set: SetSchema, _ language: Language) -> FormField {
        let filled = spec.name == set.key || RecordAddition.fillsItself(spec.name, in: set)
        var kind = FormField.Kind.text
        if case .enumeration(let values) = spec.type {
            var choices = values.map { FormField.Choice(value: $0, label: SetupWording.value($0, language)) }
            if !spec.isMandatory { choices.insert(FormField.Choice(value: "", label: language.pick("(không ghi)", "(none)")), at: 0) }
            kind = .choice(choices)
        }
        var field = FormField(id: spec.name, label: SetupWording.label(set.name, spec.name), kind: kind,
                              isRequired: spec.isMandatory && !filled)
        field.help = Words(SetupWording.help(set.name, spec.name, type: spec.type), RecordAddition.fieldHelp(spec, in: set))
        return field
    }

    /// Numbers the rows of a repeatable field ("Chủ đề 1", "Chủ đề 2"), ids `Theme`, `Theme#2` …
    static func numbered(_ fields: [FormField]) -> [FormField] {
        var seen: [String: Int] = [:]
        var base: [String: Words] = [:]
        return fields.map { field in
            let name = storeName(field.id)
            guard name == "Theme" else { return field }
            var f = field
            let n = (seen[name] ?? 0) + 1
            seen[name] = n
            let label = base[name] ?? SetupWording.label("Campaign", name)
            base[name] = label
            f.id = n == 1 ? name : "\(name)#\(n)"
            f.label = Words("\(label.vi) \(n)", "\(label.en) \(n)")
            return f
        }
    }

    /// The store's field a form field writes: `Theme#2` is a `Theme`.
    static func storeName(_ id: String) -> String {
        id.split(separator: "#").first.map(String.init) ?? id
    }

    /// A campaign's title and week from its school year, where they still hold the defaults of
    /// `previous` (or are empty): a change of year carries them along, a typed title stays.
    static func fillCampaign(_ fields: inout [FormField], year: SchoolYear, previous: SchoolYear?) {
        let week = RecordAddition.campaignWeek(year)
        let old = previous.flatMap(RecordAddition.campaignWeek)
        let values: [(String, String, String?)] = [
            ("SchoolYear", year.description, previous?.description),
            ("Title", RecordAddition.campaignTitle(year), previous.map(RecordAddition.campaignTitle)),
            ("WeekStart", week.map { VietFormat.date($0.start) } ?? "", old.map { VietFormat.date($0.start) }),
            ("WeekEnd", week.map { VietFormat.date($0.end) } ?? "", old.map { VietFormat.date($0.end) }),
        ]
        for (id, value, was) in values {
            guard let i = fields.firstIndex(where: { $0.id == id }) else { continue }
            let current = fields[i].input.trimmed
            if current.isEmpty || current == was { fields[i].input.set(value) }
        }
    }
}
