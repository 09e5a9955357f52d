/// The assessment form as it is typed: the set's items when the set changes, the subject found by id or name, the total and the result live.

import Reports
import Store
import VietText

extension AssessmentForm {
    /// After the field `id` changed.
    mutating func refresh(_ id: String, _ data: DashboardData, _ language: Language) {
        switch id {
        case Self.setField:
            setItems(data)
            subjectEdited(data, language)
        case Self.subjectField:
            subjectEdited(data, language)
        case Self.yearField:
            let typed = form.value(Self.yearField)
            let parsed = Int(typed).flatMap { (1900...2100).contains($0) ? $0 : nil }
            year = parsed
            form.update(Self.yearField) {
                $0.error = parsed == nil ? language.pick("năm dương lịch, vd. 2022", "a calendar year, e.g. 2022") : nil
            }
        default:
            break
        }
        live(data, language)
    }

    /// The running total against the pass line, the items under it marked, and the result the
    /// set's rule would give what is typed.
    mutating func live(_ data: DashboardData, _ language: Language) {
        guard let set = set(data) else {
            form.summary = [FormLine(language.pick("Kho chưa có bộ tiêu chí nào (criteria.rec)", "The store has no criteria set (criteria.rec)"), .bad)]
            return
        }
        let scores = scores(set, language)
        let failing = Set(set.failingItems(scores).map(\.code))
        for (i, item) in set.items.enumerated() {
            let warning: String? = failing.contains(item.code)
                ? (set.rule == .points ? language.pick("dưới \(set.passItem ?? 0) điểm: chưa đạt", "under \(set.passItem ?? 0): fails")
                                       : language.pick("chỉ tiêu bắt buộc chưa đạt", "a required item not met"))
                : nil
            form.update(Self.itemPrefix + String(i)) { $0.warning = warning }
        }
        let result = set.result(of: scores)
        let role: Role = switch result {
        case .recognized: .good
        case .notRecognized: .bad
        case .incomplete, .criteriaIncomplete: .warn
        }
        form.summary = [FormLine(Self.totalLine(set, scores, language), .text),
                        FormLine(language.pick("Kết quả nếu ghi: ", "Result if written: ") + language.pick(result.vietnamese, result.english), role)]
    }

    /// "Tổng 78/100 — cần ≥ 80, không chỉ tiêu nào dưới 5", with how many items are scored while some are not.
    static func totalLine(_ set: CriteriaSet, _ scores: [Int?], _ language: Language) -> String {
        let scored = scores.compactMap { $0 }.count
        let open = set.items.filter(\.isComplete).count
        var line = language.pick("Tổng ", "Total ") + "\(VietFormat.integer(set.total(scores), language))/\(VietFormat.integer(set.maximum, language))"
        if scored < open { line += language.pick(" (đã chấm \(scored)/\(open))", " (\(scored) of \(open) scored)") }
        switch set.rule {
        case .points:
            if let pass = set.passTotal {
                line += language.pick(" — cần ≥ \(pass)", " — needs ≥ \(pass)")
                if let least = set.passItem { line += language.pick(", không chỉ tiêu nào dưới \(least)", ", no item under \(least)") }
            } else {
                line += language.pick(" — bộ tiêu chí chưa có mức điểm công nhận", " — the set has no pass mark yet")
            }
        case .required:
            line += language.pick(" — cần đạt đủ các chỉ tiêu bắt buộc", " — every required item must be met")
        }
        return line
    }

    /// The subject typed: a picked suggestion becomes its id; an id the store has is named under
    /// the field; anything else is searched by name among the subjects of the set's title.
    mutating func subjectEdited(_ data: DashboardData, _ language: Language) {
        let typed = form.value(Self.subjectField)
        if let id = suggested[typed] {
            form.update(Self.subjectField) { $0.input.set(id) }
        }
        let value = form.value(Self.subjectField)
        let title = set(data)?.title ?? .citizen
        let subjects = AssessmentSubjects(data, title: title)
        if let found = subjects.find(value) {
            suggested = [:]
            form.update(Self.subjectField) {
                if found.id != value { $0.input.set(found.id) }
                $0.suggestions = []
                $0.error = nil
                $0.note = found.name
            }
            return
        }
        let found = value.isEmpty ? [] : subjects.matching(value, limit: FormView.maximumSuggestions)
        suggested = Dictionary(found.map { ($0.text, $0.id) }, uniquingKeysWith: { a, _ in a })
        form.update(Self.subjectField) {
            $0.suggestions = found.map(\.text)
            $0.error = nil
            $0.note = value.isEmpty ? nil : found.isEmpty
                ? language.pick("Không có \(subjects.kindName(language)) nào như vậy", "No \(subjects.kindName(language)) like that")
                : language.pick("↓ rồi Enter để chọn", "↓ then Enter to pick")
        }
    }

    /// Enter: every field checked; false marks what is wrong.
    mutating func validate(_ data: DashboardData, _ language: Language) -> Bool {
        refresh(Self.yearField, data, language)
        let subjects = AssessmentSubjects(data, title: set(data)?.title ?? .citizen)
        let subject = form.value(Self.subjectField)
        if subject.isEmpty {
            form.update(Self.subjectField) { $0.error = language.pick("chưa chọn đối tượng", "no subject chosen") }
        } else if subjects.find(subject) == nil {
            form.update(Self.subjectField) {
                $0.error = language.pick("không có \(subjects.kindName(language)) mã \(subject)", "no \(subjects.kindName(language)) with id \(subject)")
            }
        }
        if set(data) == nil {
            form.update(Self.setField) { $0.error = language.pick("chưa có bộ tiêu chí", "no criteria set") }
        }
        guard form.isValid else {
            form.focusFirstError()
            return false
        }
        return true
    }

    /// The record, as `hoctap add assessment` writes it: scores in the set's order, `-` for an item not scored.
    func record(_ data: DashboardData, today: CalendarDate) -> NewRecord {
        var copy = self
        let scores = set(data).map { copy.scores($0, .vi) } ?? []
        var fields = [NewRecord.Field("Subject", form.value(Self.subjectField)), NewRecord.Field("Set", form.value(Self.setField)),
                      NewRecord.Field("Year", form.value(Self.yearField)),
                      NewRecord.Field("Scores", scores.map { $0.map(String.init) ?? "-" }.joined(separator: ","))]
        let assessor = FormValues.tidy(form.value(Self.assessorField))
        if !assessor.isEmpty { fields.append(NewRecord.Field("Assessor", assessor)) }
        fields.append(NewRecord.Field("Date", today.description))
        return NewRecord(set: "Assessment", fields: fields)
    }
}
