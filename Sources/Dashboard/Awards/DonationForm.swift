/// The donation form: donor, amount, date, purpose and the branch it came through.

import Store
import VietText

enum DonationForm {
    static let donor = SetupWording.label("Donation", "Donor")

    static func make(_ data: DashboardData, year: SchoolYear?, branch: String?, env: KeyContext) -> AwardsForm {
        let none = FormField.Choice(value: "", label: env.language.pick("(không qua chi hội)", "(no branch)"))
        let branches = [none] + AwardsForm.branchChoices(data)
        let date = FormValues.defaultDate(year: year, today: env.now.date, data)
        let form = FormState(title: Words("Ghi ủng hộ quỹ khuyến học", "Record a donation to the fund"), fields: [
            FormField(id: "Donor", label: donor, placeholder: Words("người, gia đình hay doanh nghiệp", "a person, a family or a business"), isRequired: true),
            AwardsForm.amountField(examples: Words("vd. 5000000, 5tr, 500k", "e.g. 5000000, 5tr, 500k"), isRequired: true),
            AwardsForm.dateField(date),
            FormField(id: "Purpose", label: SetupWording.label("Donation", "Purpose")),
            FormField(id: "Branch", label: SetupWording.label("Donation", "Branch"), kind: .choice(branches), value: branch ?? ""),
        ])
        return AwardsForm(.donation, form, date: date, data, env.language)
    }

    static func refresh(_ id: String, _ form: inout FormState, _ data: DashboardData, _ language: Language) {
        switch id {
        case "Donor":
            let typed = form.value("Donor")
            let year = data.awards.shownYear(nil)
            let names = year.map { data.awards.tally($0).donors.map(\.name) } ?? []
            form.update(id) { $0.error = nil; $0.suggestions = FormValues.isBlank(typed) ? [] : FormValues.suggestions(typed, from: names) }
        case "Purpose":
            let typed = form.value("Purpose")
            form.update(id) { $0.suggestions = FormValues.suggestions(typed, from: data.awards.purposes) }
        case "Amount", "Date":
            AwardForm.refresh(id, &form, data, language)
        default:
            break
        }
    }

    static func validate(_ open: inout AwardsForm, _ data: DashboardData, _ language: Language) -> Bool {
        let amount = FormValues.amount(open.form.value("Amount"), required: true, language)
        open.form.update("Amount") { $0.error = amount.error }
        AwardForm.refresh("Date", &open.form, data, language)
        let donorError = FormValues.required(open.form.value("Donor"), donor, language)
        open.form.update("Donor") { $0.error = donorError }
        return open.finishCheck(language)
    }

    static func record(_ form: FormState, _ language: Language) -> NewRecord {
        var fields = [AwardsForm.dateRecordField(form, language),
                      NewRecord.Field("Donor", FormValues.tidy(form.value("Donor"))),
                      NewRecord.Field("Amount", FormValues.amount(form.value("Amount"), required: true, language).value.map(String.init) ?? "")]
        for id in ["Purpose", "Branch"] where !form.value(id).isEmpty { fields.append(NewRecord.Field(id, form.value(id))) }
        return NewRecord(set: "Donation", fields: fields)
    }
}
