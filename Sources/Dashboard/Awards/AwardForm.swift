/// The award form: recipient, kind, category, branch, amount, sponsor and date, checked as they are typed.

import Store
import VietText

enum AwardForm {
    static let recipient = SetupWording.label("Award", "Recipient")
    static let category = SetupWording.label("Award", "Category")

    /// A new form for the year shown, with `branch` (the one selected) picked.
    static func make(_ data: DashboardData, year: SchoolYear?, branch: String?, env: KeyContext) -> AwardsForm {
        let kinds = RecipientKind.allCases.map { FormField.Choice(value: $0.rawValue, label: AwardsFormat.kindName($0, env.language)) }
        let branches = AwardsForm.branchChoices(data)
        let date = FormValues.defaultDate(year: year, today: env.now.date, data)
        var form = FormState(title: Words("Ghi khen thưởng", "Record an award"), fields: [
            FormField(id: "Recipient", label: recipient, placeholder: Words("họ tên, gia đình hay dòng họ", "a name, a family or a clan"), isRequired: true),
            FormField(id: "Kind", label: SetupWording.label("Award", "Kind"), kind: .choice(kinds), value: RecipientKind.student.rawValue),
            FormField(id: "Category", label: category, placeholder: Words("chọn ↓ hoặc gõ loại mới", "pick ↓ or type a new one"), isRequired: true),
            FormField(id: "Branch", label: SetupWording.label("Award", "Branch"), kind: .choice(branches), value: branch ?? ""),
            AwardsForm.amountField(examples: Words("vd. 200000, 200.000, 200k, 1,5tr", "e.g. 200000, 200k, 1,5tr")),
            FormField(id: "Sponsor", label: SetupWording.label("Award", "Sponsor")),
            AwardsForm.dateField(date),
        ])
        refresh("Category", &form, data, env.language)
        return AwardsForm(.award, form, date: date, data, env.language)
    }

    /// The form filled in with `award`, to edit it: writing it changes that award (an Amount or a
    /// Sponsor emptied is removed), checked as a new one is.
    static func make(editing award: Award, _ data: DashboardData, env: KeyContext) -> AwardsForm {
        let year = SchoolYear(containing: award.date)
        var open = make(data, year: year, branch: award.branch, env: env)
        open.form.title = Words("Sửa khen thưởng \(award.id)", "Edit award \(award.id)")
        let values = ["Recipient": award.recipient, "Category": award.category, "Amount": award.amount.map(String.init) ?? "",
                      "Sponsor": award.sponsor ?? "", "Date": VietFormat.date(award.date)]
        for (id, value) in values { open.form.update(id) { $0.input.set(value) } }
        open.form.update("Kind") { field in
            if case .choice(let choices) = field.kind, let i = choices.firstIndex(where: { $0.value == award.kind.rawValue }) {
                field.choiceIndex = i
            }
        }
        for id in ["Category", "Amount", "Date"] { refresh(id, &open.form, data, env.language) }
        open.editing = award.id
        open.year = year
        return open
    }

    /// After a field changed: its suggestions, the formatted amount, the year the date counts in.
    static func refresh(_ id: String, _ form: inout FormState, _ data: DashboardData, _ language: Language) {
        switch id {
        case "Category":
            let typed = form.value("Category")
            form.update(id) { $0.suggestions = FormValues.suggestions(typed, from: data.awards.categories); $0.error = nil }
        case "Sponsor":
            let typed = form.value("Sponsor")
            form.update(id) { $0.suggestions = FormValues.isBlank(typed) ? [] : FormValues.suggestions(typed, from: data.awards.sponsors) }
        case "Amount":
            let parsed = FormValues.amount(form.value("Amount"), required: false, language)
            form.update(id) {
                $0.error = parsed.error
                $0.note = parsed.value.map { "= " + VietFormat.money($0, language) }
            }
        case "Date":
            let parsed = FormValues.date(form.value("Date"), language)
            form.update(id) {
                $0.error = parsed.error
                $0.note = parsed.value.map { language.pick("tính vào năm học ", "counts in school year ") + SchoolYear(containing: $0).description }
            }
        case "Recipient":
            form.update(id) { $0.error = nil }
        default:
            break
        }
    }

    /// Checks every field, marking errors; true when the form can be written.
    static func validate(_ open: inout AwardsForm, _ data: DashboardData, _ language: Language) -> Bool {
        for id in ["Amount", "Date"] { refresh(id, &open.form, data, language) }
        let recipientError = FormValues.required(open.form.value("Recipient"), recipient, language)
        // A category typed without accents (or with other tone marks) is the one already in use.
        let typedCategory = open.form.value("Category")
        if let known = FormValues.sameAs(typedCategory, in: data.awards.categories), known != typedCategory {
            open.form.update("Category") { $0.input.set(known) }
        }
        let categoryError = FormValues.required(open.form.value("Category"), category, language)
        let branchError = data.awards.branches.isEmpty ? language.pick("Chưa có chi hội nào trong kho", "The store has no branch") : nil
        open.form.update("Recipient") { $0.error = recipientError }
        open.form.update("Category") { $0.error = categoryError }
        open.form.update("Branch") { $0.error = branchError }
        return open.finishCheck(language)
    }

    /// The question to ask before writing a probable double entry, or nil.
    /// An award being edited (`editing`, its Id) is no double of itself.
    static func doubleEntry(_ form: FormState, _ data: DashboardData, _ language: Language, editing: String? = nil) -> String? {
        guard let date = FormValues.date(form.value("Date"), language).value,
              let i = data.guardKeys.existing(recipient: form.value("Recipient"), category: form.value("Category"),
                                                     branch: form.value("Branch"), date: date, in: data.snapshot.awards),
              data.snapshot.awards[i].id != editing else { return nil }
        let a = data.snapshot.awards[i]
        let year = a.rewardedYear
        return language.pick(
            "Trùng? \(a.id) (\(VietFormat.date(a.date)), \(a.branch)) cùng người, cùng loại, năm \(year).",
            "Double? \(a.id) (\(VietFormat.date(a.date, .en)), \(a.branch)): same name, category, branch, year \(year).")
    }

    /// The record the form describes (the store gives it its Id).
    static func record(_ form: FormState, _ language: Language) -> NewRecord {
        var fields = [AwardsForm.dateRecordField(form, language)]
        for id in ["Recipient", "Kind", "Category", "Branch"] { fields.append(NewRecord.Field(id, FormValues.tidy(form.value(id)))) }
        if let amount = FormValues.amount(form.value("Amount"), required: false, language).value {
            fields.append(NewRecord.Field("Amount", String(amount)))
        }
        let sponsor = form.value("Sponsor")
        if !sponsor.isEmpty { fields.append(NewRecord.Field("Sponsor", FormValues.tidy(sponsor))) }
        return NewRecord(set: "Award", fields: fields)
    }
}
