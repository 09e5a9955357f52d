/// The assessment form: a criteria set, a subject, a calendar year and a score per item, with the running total and the result the set's rule gives, live.

import Reports
import Store
import VietText

/// An open assessment form and what it last checked.
public struct AssessmentForm: Hashable, Sendable {
    public var form: FormState
    /// Why the store refused the last write, as the store said it.
    public var refusal: [String] = []
    /// The calendar year of the record as last checked: shown once it is written.
    public var year: Int?
    /// Subject suggestions as shown ("Nguyễn Văn An · HV0001 · Khu phố 1") to the subject's id.
    var suggested: [String: String] = [:]

    static let setField = "Set", subjectField = "Subject", yearField = "Year", assessorField = "Assessor"
    static let itemPrefix = "item:"

    /// A new form for `year`, on the learning-citizen set (CDHT-324) when the store has it.
    static func make(_ data: DashboardData, year: Int, env: KeyContext) -> AssessmentForm {
        let sets = orderedSets(data.snapshot)
        let choices = sets.map { FormField.Choice(value: $0.id, label: "\($0.id) \u{00B7} \($0.name)") }
        var year = FormField(id: yearField, label: Words("Năm đánh giá", "Year"), value: String(year), isRequired: true)
        year.help = Words("Năm dương lịch của danh hiệu (kết quả gửi lên trước 15/12), vd. 2022",
                          "The calendar year of the title (results go up before 15/12), e.g. 2022")
        var subject = FormField(id: subjectField, label: Words("Đối tượng", "Subject"),
                                placeholder: Words("mã (HV0001) hoặc gõ tên để tìm", "an id (HV0001) or type a name to search"), isRequired: true)
        subject.help = Words("Gõ mã, hoặc vài chữ của tên (không cần dấu); ↓ rồi Enter để chọn",
                             "Type an id, or part of the name (accents optional); ↓ then Enter to pick")
        var open = AssessmentForm(form: FormState(title: Words("Đánh giá danh hiệu học tập", "Assess a learning title"), fields: [
            FormField(id: setField, label: Words("Bộ tiêu chí", "Criteria set"), kind: .choice(choices), value: sets.first?.id ?? ""),
            subject, year,
            FormField(id: assessorField, label: Words("Người đánh giá", "Assessed by")),
        ]))
        open.form.submitWords = Words("ghi kết quả", "write")
        open.setItems(data)
        open.refresh(yearField, data, env.language)
        return open
    }

    /// The store's sets, the learning-citizen set (CDHT-324) first, then in the file's order.
    static func orderedSets(_ s: StoreSnapshot) -> [CriteriaSet] {
        s.criteriaSets.filter { $0.id == "CDHT-324" } + s.criteriaSets.filter { $0.id != "CDHT-324" }
    }

    /// The set chosen.
    func set(_ data: DashboardData) -> CriteriaSet? {
        data.report.titles.sets[form.value(Self.setField)]
    }

    /// The item fields of the chosen set, one per item in scoring order: an empty place is shown as
    /// such and takes no score.
    mutating func setItems(_ data: DashboardData) {
        form.fields.removeAll { $0.id.hasPrefix(Self.itemPrefix) }
        guard let set = set(data) else { return }
        for (i, item) in set.items.enumerated() {
            var field: FormField
            if item.isComplete, let max = item.maximum {
                field = FormField(id: Self.itemPrefix + String(i), label: Words("\(item.code). [0–\(max)] \(item.text)", "\(item.code). [0–\(max)] \(item.text)"),
                                  placeholder: Words("điểm 0–\(max)", "points 0–\(max)"))
                field.help = Words("Tối đa \(max) điểm. " + (item.group.map { "\($0): " } ?? "") + item.text,
                                   "At most \(max) points. " + (item.group.map { "\($0): " } ?? "") + item.text)
            } else {
                field = FormField(id: Self.itemPrefix + String(i), label: Words("\(item.code). [trống] \(item.text)", "\(item.code). [empty] \(item.text)"),
                                  value: "(trống) " + Criterion.emptyPlaceText)
                field.isLocked = true
            }
            form.fields.append(field)
        }
    }

    /// The score typed for each item: nil for an item left empty, an empty place, or a score that
    /// is not a whole number within the item's maximum (that field gets the error).
    mutating func scores(_ set: CriteriaSet, _ language: Language) -> [Int?] {
        set.items.enumerated().map { i, item in
            let id = Self.itemPrefix + String(i)
            guard item.isComplete, let max = item.maximum else { return nil }
            let typed = form.value(id)
            var error: String?
            var score: Int?
            if !typed.isEmpty {
                if let n = Int(typed), (0...max).contains(n) { score = n }
                else { error = language.pick("điểm là số nguyên từ 0 đến \(max)", "a whole number from 0 to \(max)") }
            }
            form.update(id) { $0.error = error }
            return score
        }
    }
}
