/// What the award and donation forms share: the amount, date and branch fields, opening, the end of a check, the date written.

import Store
import VietText

extension AwardsForm {
    /// The `Amount` field, with examples of what may be typed.
    static func amountField(examples: Words, isRequired: Bool = false) -> FormField {
        FormField(id: "Amount", label: SetupWording.label("Award", "Amount"), placeholder: examples, isRequired: isRequired)
    }

    /// The branches to pick from: each as its id and name.
    static func branchChoices(_ data: DashboardData) -> [FormField.Choice] {
        data.awards.branches.map { FormField.Choice(value: $0.id, label: "\($0.id) \($0.name)") }
    }

    /// The `Date` field, holding `date`.
    static func dateField(_ date: CalendarDate) -> FormField {
        FormField(id: "Date", label: SetupWording.label("Award", "Date"), value: VietFormat.date(date), isRequired: true)
    }

    /// A form just made with `date` in its `Date` field: the field is checked, and the record
    /// counts in that date's school year.
    init(_ kind: Kind, _ form: FormState, date: CalendarDate, _ data: DashboardData, _ language: Language) {
        self.init(kind: kind, form: form)
        AwardForm.refresh("Date", &self.form, data, language)
        year = SchoolYear(containing: date)
    }

    /// The end of a check, once each field has its error: the school year the date counts in, and
    /// the first field in error focused; true when the form can be written.
    mutating func finishCheck(_ language: Language) -> Bool {
        year = FormValues.date(form.value("Date"), language).value.map { SchoolYear(containing: $0) }
        if !form.isValid { form.focusFirstError() }
        return form.isValid
    }

    /// The record's `Date` field: the day typed, written as the store writes days, else the text as typed.
    static func dateRecordField(_ form: FormState, _ language: Language) -> NewRecord.Field {
        NewRecord.Field("Date", FormValues.date(form.value("Date"), language).value?.description ?? form.value("Date"))
    }
}
