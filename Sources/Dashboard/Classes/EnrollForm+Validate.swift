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
            guard VietText.phoneNumber(value) != nil else {
                return language.pick("Số di động 10 số (03/05/07/08/09) hoặc số bàn 11 số (02…)",
                                     "A mobile of 10 digits (03/05/07/08/09) or a landline of 11 (02…)")
            }
            return nil
        default:
            return nil
        }
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
    /// together (the enrollment takes the id the store gives the learner), dated `today` when the
    /// class allows it, else on a day of the class's own year (`ClassDates.enrollmentDay`): a late
    /// entry for a class of another year never takes today's date outside it.
    func write(today: CalendarDate, _ index: ClassesIndex) -> StoreWrite {
        let classId = form.value(Self.classField)
        let day = index.course(id: classId).map { ClassDates(index.courses[$0]).enrollmentDay(today: today) } ?? today
        let date = NewRecord.Field("Date", day.description)
        if let existingLearner {
            return .add([NewRecord(set: "Enrollment", fields: [.init("Class", classId), .init("Learner", existingLearner), date])])
        }
        var fields = [NewRecord.Field("Name", form.value(Self.nameField))]
        for id in [Self.genderField, Self.yearField, Self.neighborhoodField, Self.organizationField, Self.phoneField] {
            var value = form.value(id)
            if id == Self.phoneField { value = VietText.phoneNumber(value) ?? value }
            if !value.isEmpty { fields.append(NewRecord.Field(id, value)) }
        }
        return .add([
            NewRecord(set: "Learner", fields: fields),
            NewRecord(set: "Enrollment", fields: [.init("Class", classId), date],
                      links: [NewRecord.Link(field: "Learner", record: 0, from: "Id")]),
        ])
    }
}
