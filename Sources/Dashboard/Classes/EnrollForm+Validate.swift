/// Checks the enroll form field by field, in Vietnamese, and turns it into the store write.

import Reports
import Store
import VietText

extension EnrollForm {
    /// What is wrong with field `id`, or nil. `today` bounds the birth year.
    func problem(_ id: String, _ index: ClassesIndex, today: CalendarDate, _ language: Language) -> String? {
        let value = form.value(id)
        switch id {
        case Self.classField:
            guard let c = index.course(id: value) else { return language.pick("Chọn một lớp", "Choose a class") }
            if let existingLearner, let l = index.learner(id: existingLearner), index.isEnrolled(l, in: c) {
                return language.pick("\(existingLearner) đã ghi danh lớp \(value)", "\(existingLearner) is already enrolled in \(value)")
            }
            return nil
        case Self.nameField:
            if value.isEmpty { return language.pick("Nhập họ và tên học viên", "Type the learner's full name") }
            if isNewLearner, value.split(separator: " ").count < 2 {
                return language.pick("Nhập đủ họ và tên (ít nhất hai chữ)", "Type the full name (at least two words)")
            }
            if isNewLearner, value.contains(where: { $0.isNumber }) {
                return language.pick("Họ tên không có chữ số", "A name has no digits")
            }
            return nil
        case Self.yearField:
            guard isNewLearner, !value.isEmpty else { return nil }
            guard value.count == 4, value.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(value),
                  (1900...today.year).contains(year) else {
                return language.pick("Năm sinh là bốn chữ số, từ 1900 đến \(today.year)",
                                     "A birth year is four digits, 1900 to \(today.year)")
            }
            return nil
        case Self.phoneField:
            guard isNewLearner, !value.isEmpty else { return nil }
            let digits = Self.phoneDigits(value)
            guard let digits, digits.count == 10, digits.hasPrefix("0") else {
                return language.pick("Số điện thoại gồm 10 chữ số, bắt đầu bằng 0", "A phone number is 10 digits starting with 0")
            }
            return nil
        default:
            return nil
        }
    }

    /// The digits of a phone number typed with spaces, dots or dashes; nil if anything else is in it.
    static func phoneDigits(_ text: String) -> String? {
        var digits = ""
        for c in text {
            if c.isASCII && c.isNumber { digits.append(c) } else if c != " " && c != "." && c != "-" { return nil }
        }
        return digits
    }

    /// Marks every field's problem; true when there is none.
    mutating func validate(_ index: ClassesIndex, today: CalendarDate, _ language: Language) -> Bool {
        for field in form.fields {
            let problem = problem(field.id, index, today: today, language)
            form.update(field.id) { $0.error = problem }
        }
        if !form.isValid { form.focusFirstError() }
        return form.isValid
    }

    /// The question to ask before writing, if any: a probable double entry of a new learner, or a
    /// class that is full.
    /// Every question to answer before writing, in order (a probable duplicate, then a full class).
    func questions(_ index: ClassesIndex, _ language: Language) -> [String] {
        var out: [String] = []
        if isNewLearner, let twin = probableDuplicate(index) {
            let l = index.learners[Int(twin)]
            let about = [l.neighborhood, l.birthYear.map(String.init)].compactMap { $0 }.joined(separator: ", ")
            out.append(language.pick("Có thể trùng với \(l.id) \(l.name)\(about.isEmpty ? "" : " (\(about))"). Vẫn tạo học viên mới?",
                                     "Possibly the same person as \(l.id) \(l.name)\(about.isEmpty ? "" : " (\(about))"). Create a new learner anyway?"))
        }
        if let c = index.course(id: form.value(Self.classField)), let capacity = index.courses[c].capacity,
           index.rolls[c].byName.count >= capacity {
            out.append(language.pick("Lớp đã đủ \(index.rolls[c].byName.count)/\(capacity) học viên. Vẫn ghi danh?",
                                     "The class is full (\(index.rolls[c].byName.count)/\(capacity)). Enroll anyway?"))
        }
        return out
    }

    /// The write: the enrollment of the picked learner, or a new learner and their enrollment
    /// together (the enrollment takes the id the store gives the learner), dated `today`.
    func write(today: CalendarDate) -> StoreWrite {
        let classId = form.value(Self.classField)
        let date = NewRecord.Field("Date", today.description)
        if let existingLearner {
            return .add([NewRecord(set: "Enrollment", fields: [.init("Class", classId), .init("Learner", existingLearner), date])])
        }
        var fields = [NewRecord.Field("Name", form.value(Self.nameField))]
        for id in [Self.genderField, Self.yearField, Self.neighborhoodField, Self.organizationField, Self.phoneField] {
            var value = form.value(id)
            if id == Self.phoneField { value = Self.phoneDigits(value) ?? value }
            if !value.isEmpty { fields.append(NewRecord.Field(id, value)) }
        }
        return .add([
            NewRecord(set: "Learner", fields: fields),
            NewRecord(set: "Enrollment", fields: [.init("Class", classId), date],
                      links: [NewRecord.Link(field: "Learner", record: 0, from: "Id")]),
        ])
    }
}
