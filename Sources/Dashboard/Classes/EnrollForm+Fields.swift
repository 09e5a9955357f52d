/// The enroll form's fields: the class, the learner's name, and the new learner's details.

import Reports
import Store
import VietText

extension EnrollForm {
    /// A form for enrolling someone in `course` (the class selected in the pane).
    static func make(course: Int?, _ index: ClassesIndex) -> EnrollForm {
        let choices = index.courses.map { FormField.Choice(value: $0.id, label: "\($0.id) · \($0.name)") }
        let selected = course.map { index.courses[$0].id } ?? ""
        var form = FormState(title: Words("Ghi danh học viên vào lớp", "Enroll a learner in a class"), fields: [
            FormField(id: classField, label: Words("Lớp", "Class"), kind: .choice(choices), value: selected, isRequired: true),
            FormField(id: nameField, label: Words("Học viên", "Learner"),
                      placeholder: Words("gõ tên để tìm, hoặc họ tên người mới", "type to find, or a new person's full name"),
                      isRequired: true),
        ])
        form.focus = 1
        var enroll = EnrollForm(form: form)
        enroll.setDetails(shown: true)
        return enroll
    }

    /// The new learner's fields, after the name; taken away when an existing learner is picked.
    static func detailFields() -> [FormField] {
        [
            FormField(id: genderField, label: Words("Giới tính", "Gender"), kind: .choice([
                FormField.Choice(value: "", label: "—"),
                FormField.Choice(value: Gender.female.rawValue, label: "Nữ / F"),
                FormField.Choice(value: Gender.male.rawValue, label: "Nam / M"),
            ])),
            FormField(id: yearField, label: Words("Năm sinh", "Birth year"), placeholder: Words("vd. 1968", "e.g. 1968")),
            FormField(id: neighborhoodField, label: Words("Khu phố", "Neighbourhood")),
            FormField(id: organizationField, label: Words("Đoàn thể / đơn vị", "Organisation")),
            FormField(id: phoneField, label: Words("Điện thoại", "Phone"), placeholder: Words("vd. 0912345678", "e.g. 0912345678")),
        ]
    }

    /// Shows or takes away the new learner's fields.
    mutating func setDetails(shown: Bool) {
        let has = form.field(Self.genderField) != nil
        guard has != shown else { return }
        if shown {
            form.fields += Self.detailFields()
        } else {
            form.fields.removeAll { Self.detailIds.contains($0.id) }
            form.focus = min(form.focus, form.fields.count - 1)
        }
    }

    static let detailIds: Set<String> = [genderField, yearField, neighborhoodField, organizationField, phoneField]

    /// How a learner reads in the suggestions: name, id, neighbourhood and birth year (the form
    /// is only ever on the clerk's screen).
    static func suggestion(_ l: Learner) -> String {
        ([l.name, l.id] + [l.neighborhood, l.birthYear.map(String.init)].compactMap { $0 }).joined(separator: " · ")
    }

    /// After the name changed: a picked suggestion becomes the existing learner (the details go
    /// away); anything else is a new learner's name, with fresh suggestions and the duplicate note.
    mutating func nameEdited(_ index: ClassesIndex, _ language: Language) {
        let typed = form.value(Self.nameField)
        if let id = suggested[typed] {
            existingLearner = id
            form.update(Self.nameField) { $0.suggestions = []; $0.error = nil }
            setDetails(shown: false)
            form.update(Self.nameField) {
                $0.note = language.pick("Học viên đã có trong kho: \(id)", "A learner already in the store: \(id)")
            }
            return
        }
        existingLearner = nil
        setDetails(shown: true)
        let query = SearchQuery(typed)
        let found = query.isEmpty ? [] : index.learners(matching: query, limit: FormView.maximumSuggestions)
        var map: [String: String] = [:]
        let texts = found.map { l -> String in
            let text = Self.suggestion(index.learners[Int(l)])
            map[text] = index.learners[Int(l)].id
            return text
        }
        suggested = map
        form.update(Self.nameField) {
            $0.suggestions = texts
            $0.note = typed.isEmpty ? nil : language.pick("Người mới: điền thêm các ô bên dưới, hoặc chọn người có sẵn (↓, Enter)",
                                                           "New person: fill in the fields below, or pick one above (↓, Enter)")
        }
        refreshDuplicateNote(index, language)
    }

    /// Notes learners with the same folded name (and birth year, when given) under the name.
    mutating func refreshDuplicateNote(_ index: ClassesIndex, _ language: Language) {
        guard isNewLearner, let twin = probableDuplicate(index) else { return }
        let l = index.learners[Int(twin)]
        form.update(Self.nameField) {
            $0.note = language.pick("Có thể trùng với \(l.id) \(l.name)", "Possibly the same person as \(l.id) \(l.name)")
                + (l.birthYear.map { " (\($0))" } ?? "")
        }
    }

    /// A learner already in the store with the same folded name and the same birth year as the
    /// new one typed (with no year typed, the same folded name).
    func probableDuplicate(_ index: ClassesIndex) -> Int32? {
        let name = form.value(Self.nameField)
        guard !name.isEmpty else { return nil }
        let year = Int(form.value(Self.yearField))
        return index.learners(namedLike: name).first { year == nil || index.learners[Int($0)].birthYear == year }
    }
}
