/// Correcting the classes pane's records: `e` edits the selected class or learner in the set-up form, Delete removes a class or un-enrolls a learner once asked, and says first why it cannot.

import Canvas
import Store

enum ClassesEditKeys {
    private static func selection(_ state: ClassesState, _ data: DashboardData, _ env: KeyContext) -> ClassesSelection {
        ClassesSelection(state, data.classes, today: env.now.date)
    }

    /// `e` on the class list: the selected class in the set-up form, its sessions in the schedule field.
    static func editClass(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        guard let c = selection(state, data, env).course else { return .handled }
        return RecordFormKeys.openEdit(.course, StoredFields.of(data.classes.courses[c]), &state, env)
    }

    /// `e` on the roster: the selected learner in the set-up form.
    static func editLearner(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        guard let l = selection(state, data, env).learner else { return .handled }
        return RecordFormKeys.openEdit(.learner, StoredFields.of(data.classes.learners[Int(l)]), &state, env)
    }

    /// Delete or x on the class list: the question naming the class; a class with learners is
    /// not removed (the store would refuse), and the box says so instead of asking.
    static func removeClass(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        guard let c = selection(state, data, env).course else { return .handled }
        let course = data.classes.courses[c], turns = data.classes.rolls[c].learnerTurns
        guard turns == 0 else {
            return RemovalKeys.refuse("Class", course.id, env.language.pick(
                "Lớp \(course.id) (\(course.name)) còn \(turns) lượt ghi danh nên chưa xoá được: bỏ ghi danh từng học viên (Del trong danh sách lớp) trước.",
                "Class \(course.id) (\(course.name)) still has \(turns) enrollments, so it is not removed: un-enroll the learners (Del in the roster) first."),
                &state)
        }
        return RemovalKeys.ask("Class", course.id, env.language.pick("Xoá lớp \(course.id): \(course.name)?",
                                                                    "Remove class \(course.id): \(course.name)?"), &state, env)
    }

    /// Delete or x on the roster: the question naming the learner and the class; a learner with
    /// attendance in the class stays enrolled (the store would refuse), and the box says why.
    static func unenroll(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        let selection = selection(state, data, env)
        guard let c = selection.course, let l = selection.learner else { return .handled }
        let course = data.classes.courses[c], learner = data.classes.learners[Int(l)]
        let attended = data.classes.rolls[c].attendedCount(l)
        guard attended == 0 else {
            return RemovalKeys.refuse("Enrollment", "\(course.id)/\(learner.id)", env.language.pick(
                "\(learner.name) (\(learner.id)) đã có \(attended) buổi điểm danh ở lớp \(course.id) nên chưa bỏ ghi danh được: bỏ đánh dấu các buổi đó (Space) trước.",
                "\(learner.name) (\(learner.id)) has \(attended) session\(attended == 1 ? "" : "s") marked in class \(course.id), so stays enrolled: un-mark \(attended == 1 ? "it" : "them") (Space) first."),
                &state)
        }
        return RemovalKeys.ask("Enrollment", "\(course.id)/\(learner.id)", env.language.pick(
            "Bỏ ghi danh \(learner.name) (\(learner.id)) khỏi lớp \(course.id): \(course.name)?",
            "Un-enroll \(learner.name) (\(learner.id)) from class \(course.id): \(course.name)?"), &state, env)
    }

    /// Read-only: why `e` and Delete do nothing, on the line under the list.
    static func readOnly(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        state.message = PaneMessage(text: env.language.pick("Chỉ xem: kho này không ghi được, không sửa, không xoá được",
                                                            "Read-only: this store cannot be written; nothing can be edited or removed"), tone: .bad)
        return .handled
    }
}

extension ClassesPane {
    /// Rows that correct a record of either list.
    static let editRows: [Row] = [
        Row([.character("e")], KeyHint("e", help: ("Sửa lớp đã chọn: chủ đề, giảng viên, lịch học…", "Edit the selected class: topic, teacher, schedule…"),
                                       hint: ("Sửa lớp", "Edit")),
            when: when(.classes) { _, env in env.mayEdit }, ClassesEditKeys.editClass),
        Row([.delete, .character("x")], KeyHint("Del/x", help: ("Xoá lớp đã chọn (hỏi trước; lớp còn học viên thì không xoá)",
                                                                "Remove the selected class (asks first; not while it has learners)"),
                                                hint: ("Xoá lớp", "Remove")),
            when: when(.classes) { _, env in env.mayEdit }, ClassesEditKeys.removeClass),
        Row([.character("e")], KeyHint("e", help: ("Sửa học viên đã chọn: họ tên, giới tính, năm sinh, khu phố, đoàn thể, điện thoại",
                                                   "Edit the selected learner: name, gender, birth year, neighbourhood, organisation, phone"),
                                       hint: ("Sửa", "Edit")),
            when: when(.roster) { _, env in env.mayEdit }, ClassesEditKeys.editLearner),
        Row([.delete, .character("x")], KeyHint("Del/x", help: ("Bỏ ghi danh học viên đã chọn khỏi lớp này (hỏi trước)",
                                                                "Un-enroll the selected learner from this class (asks first)"),
                                                hint: ("Bỏ ghi danh", "Un-enroll")),
            when: when(.roster) { _, env in env.mayEdit }, ClassesEditKeys.unenroll),
        Row([.character("e"), .delete, .character("x")], nil, when: onLists { _, env in !env.mayEdit }, ClassesEditKeys.readOnly),
    ]
}
