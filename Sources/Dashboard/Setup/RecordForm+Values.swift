/// The set-up form as the clerk types it: notes under dates and the schedule, new theme rows, the check before writing, the record written, the store's answer on its fields.

import Store
import VietText

extension RecordForm {
    /// The set of the kind being added.
    var set: SetSchema? { kind.set }

    /// The schema's type of the field with form id `id`.
    func type(of id: String) -> FieldType? {
        if id == RecordAddition.weeklyField { return .text }
        return set?.field(Self.storeName(id))?.type
    }

    // MARK: after a key

    /// After the field `id` changed: a new kind rebuilds the form (values of fields of the same
    /// name stay), a date shows its weekday, the schedule its dates, the last theme row makes
    /// room for one more, a campaign's year carries its title and week.
    mutating func edited(_ id: String, today: CalendarDate, _ language: Language) {
        form.message = nil
        form.update(id) { $0.error = nil }
        if kind == .newYear { return newYearEdited(id) }
        if id == Self.kindField {
            guard let chosen = SetupKind(rawValue: form.value(id)) else { return }
            var kept = typed
            for old in form.fields where old.id != Self.kindField {
                if case .text = old.kind { kept[old.id] = old.input.text }
            }
            self = RecordForm(kind: chosen, kinds: kinds, today: today, language: language, choosing: true)
            typed = kept
            for (id, text) in kept where !FormValues.isBlank(text) {
                form.update(id) { if case .text = $0.kind { $0.input.set(text) } }
            }
            return
        }
        switch type(of: id) {
        case .date?:
            let typed = form.value(id)
            let day = FormValues.date(typed, language).value
            form.update(id) { $0.note = typed.isEmpty ? nil : day.map { VietFormat.weekday($0, language) } }
            if id == "Start" || id == "End" { noteSchedule(language) }
        default:
            break
        }
        if id == RecordAddition.weeklyField { noteSchedule(language) }
        if Self.storeName(id) == "Theme", form.fields.last(where: { Self.storeName($0.id) == "Theme" })?.id == id,
           !form.value(id).isEmpty, let at = form.fields.firstIndex(where: { $0.id == id }) {
            form.fields.insert(FormField(id: "Theme#new", label: Words("", ""), kind: .text), at: at + 1)
            let help = form.fields[at].help
            form.fields = Self.numbered(form.fields)
            form.fields[at + 1].help = help
        }
        if kind == .campaign, id == "SchoolYear", let year = SchoolYear(text: form.value(id)) {
            Self.fillCampaign(&form.fields, year: year, previous: defaultsYear)
            defaultsYear = year
        }
    }

    /// The schedule's dates, or why it gives none, under the schedule field.
    mutating func noteSchedule(_ language: Language) {
        let id = RecordAddition.weeklyField
        guard form.field(id) != nil else { return }
        let dates: [CalendarDate]
        switch schedule(language) {
        case .none:
            form.update(id) { $0.note = nil; $0.error = nil }
            return
        case .dates(let list): dates = list
        case .weekly(let pattern):
            guard let first = FormValues.date(form.value("Start"), language).value,
                  let last = FormValues.date(form.value("End"), language).value else {
                form.update(id) { $0.note = language.pick("cần ngày bắt đầu và ngày kết thúc", "needs the Start and End"); $0.error = nil }
                return
            }
            do {
                dates = try WeeklySchedule.expand(pattern, from: first, to: last)
            } catch {
                form.update(id) { $0.error = SetupWording.scheduleProblem(error, language); $0.note = nil }
                return
            }
        case .unreadable(let problem):
            form.update(id) { $0.error = problem; $0.note = nil }
            return
        }
        let span = dates.count == 1 ? VietFormat.date(dates[0], language)
            : VietFormat.date(dates[0], language) + " … " + VietFormat.date(dates[dates.count - 1], language)
        form.update(id) { $0.note = "= " + language.pick("\(dates.count) buổi: ", "\(dates.count) sessions: ") + span; $0.error = nil }
    }

    /// What the schedule field holds.
    enum Schedule: Equatable {
        case none
        case weekly(String)
        case dates([CalendarDate])
        case unreadable(String)
    }

    /// The schedule typed: weekdays (the store expands them between Start and End), or dates
    /// separated by commas or semicolons.
    func schedule(_ language: Language) -> Schedule {
        let typed = form.value(RecordAddition.weeklyField)
        if FormValues.isBlank(typed) { return .none }
        if VietText.weekdays(typed) != nil { return .weekly(typed) }
        let parts = typed.split(whereSeparator: { $0 == "," || $0 == ";" }).map { FormValues.trimmed(String($0)) }.filter { !$0.isEmpty }
        let days = parts.map { FormValues.date($0, language).value }
        if !days.isEmpty, days.allSatisfy({ $0 != nil }) { return .dates(Array(Set(days.compactMap { $0 })).sorted()) }
        return .unreadable(SetupWording.scheduleProblem(.unreadable(typed), language))
    }

    // MARK: writing

    /// Marks what the store would refuse before asking it: required fields left empty, dates,
    /// times and numbers that cannot be read. True when the record can go to the store.
    mutating func validate(_ language: Language) -> Bool {
        if kind == .newYear { return validateNewYear(language) }
        for i in form.fields.indices where form.fields[i].id != Self.kindField {
            let field = form.fields[i]
            let value = field.value
            var error: String?
            if field.isRequired, FormValues.isBlank(value) {
                error = language.pick("Cần nhập \(FormValues.lowerFirst(field.label.vi))", "\(field.label.en) is needed")
            } else if !FormValues.isBlank(value), let type = type(of: field.id) {
                error = Self.readError(value, type, language)
            }
            form.fields[i].error = error ?? (field.id == RecordAddition.weeklyField ? field.error : nil)
        }
        if !form.isValid { form.focusFirstError() }
        return form.isValid
    }

    /// Why a typed value cannot be read as its type, in the clerk's words; nil when it can.
    static func readError(_ value: String, _ type: FieldType, _ language: Language) -> String? {
        switch type {
        case .date: return FormValues.date(value, language).error
        case .time:
            return time(value) == nil ? language.pick("Giờ chưa đúng: nhập như 07:30", "Not a time: type it like 07:30") : nil
        case .int:
            return number(value) == nil ? language.pick("Cần một số nguyên, vd. 2700", "A whole number is needed, such as 2700") : nil
        default: return nil
        }
    }

    /// `7:30`, `07:30`, `7h30`, `7h` as `07:30`.
    static func time(_ typed: String) -> String? {
        let parts = typed.lowercased().split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "h" || $0 == "g" })
        guard (1...2).contains(parts.count), let hour = Int(parts[0]), (0...23).contains(hour) else { return nil }
        let minute = parts.count == 2 && !parts[1].isEmpty ? Int(parts[1]) : 0
        guard let minute, (0...59).contains(minute), parts.count == 1 || parts[1].count <= 2 else { return nil }
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    /// `2.700`, `2 700` or `2700` as `2700`.
    static func number(_ typed: String) -> String? {
        let digits = typed.filter { $0 != "." && $0 != " " }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.count <= 15 else { return nil }
        return String(Int(digits) ?? 0)
    }

    /// What the form asks the store to do: add its record, edit the one it opened with, or make the next year's store.
    func write(_ language: Language) -> StoreWrite {
        if kind == .newYear, let year = SchoolYear(text: form.value("SchoolYear")) {
            return .seedYear(folder: form.value("Folder"), year: year)
        }
        if let editing { return .edit(set: editing.set, id: editing.id, fields: changes(language)) }
        return .add([record(language)])
    }

    /// The record the form describes, in the store's spelling: dates `YYYY-MM-DD`, times `HH:MM`,
    /// numbers in digits, text with single spaces; fields left empty are left out (the store fills
    /// the id and the defaults), a schedule of weekdays goes as `Weekly`, dates as `Session`s.
    func record(_ language: Language) -> NewRecord {
        var fields: [NewRecord.Field] = []
        for field in form.fields where field.id != Self.kindField && field.id != RecordAddition.weeklyField {
            let value = field.value
            guard !FormValues.isBlank(value) else { continue }
            let name = Self.storeName(field.id)
            let written: String
            switch type(of: field.id) {
            case .date?: written = FormValues.date(value, language).value?.description ?? value
            case .time?: written = Self.time(value) ?? value
            case .int?: written = Self.number(value) ?? value
            default: written = FormValues.tidy(value)
            }
            fields.append(NewRecord.Field(name, written))
        }
        switch schedule(language) {
        case .none: break
        case .weekly(let pattern): fields.append(NewRecord.Field(RecordAddition.weeklyField, pattern))
        case .dates(let days):
            fields += days.map { NewRecord.Field("Session", $0.description) }
            if !fields.contains(where: { $0.name == "Sessions" }) { fields.append(NewRecord.Field("Sessions", String(days.count))) }
        case .unreadable: fields.append(NewRecord.Field(RecordAddition.weeklyField, form.value(RecordAddition.weeklyField)))
        }
        return NewRecord(set: kind.setName, fields: fields)
    }

    /// The store's refusal, on the fields it names (`Goal: …` under the goal); what names no
    /// field of the form at the form's foot.
    mutating func refused(_ problems: [String], _ language: Language) {
        var unplaced: [String] = []
        for problem in problems {
            let parts = problem.split(separator: ":", maxSplits: 1)
            let name = parts.count == 2 ? String(parts[0]) : ""
            let id = name == "Session" ? RecordAddition.weeklyField : name
            if !name.isEmpty, form.field(id) != nil {
                form.update(id) { $0.error = FormValues.trimmed(String(parts[1])) }
            } else {
                unplaced.append(problem)
            }
        }
        form.message = unplaced.isEmpty ? nil : language.pick("Kho không nhận: ", "The store refused: ") + unplaced.joined(separator: "; ")
        form.confirmation = nil
        form.focusFirstError()
    }
}
