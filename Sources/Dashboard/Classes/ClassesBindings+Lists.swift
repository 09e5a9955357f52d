/// The classes pane's binding rows for its two lists: the classes, and a class's roster where attendance is taken.

import Canvas

extension ClassesPane {
    static let classListRows: [Row] = [
        Row(ListCursor.keys, KeyHint("↑/↓", ascii: "Up/Down", help: ("Chọn lớp; PgUp/PgDn, Home/End", "Select a class; PgUp/PgDn, Home/End"),
                                     hint: ("Chọn lớp", "Class")),
            when: when(.classes), ClassListKeys.move),
        Row([.enter], KeyHint("Enter", help: ("Vào danh sách lớp để điểm danh", "Open the roster to take attendance"),
                              hint: ("Điểm danh", "Attendance")),
            when: when(.classes), ClassListKeys.open),
        Row([.character("/")], KeyHint("/", help: ("Tìm lớp hoặc học viên (không cần dấu)", "Find a class or a learner (accents optional)"),
                                       hint: ("Tìm", "Find")),
            when: when(.classes), ClassListKeys.search),
        Row([.character("n"), .character("N")], KeyHint("n/N", help: ("Kết quả sau / trước", "Next / previous match"), hint: ("Kết quả sau", "Next")),
            when: when(.classes) { state, _ in state.classSearch.isActive }, ClassListKeys.nextMatch),
        Row([.escape], KeyHint("Esc", help: ("Xoá tìm kiếm", "Clear the search"), hint: ("Xoá tìm", "Clear")),
            when: when(.classes) { state, _ in state.classSearch.isActive }, ClassListKeys.clearSearch),
        Row([.character("k")], KeyHint("k", help: ("Lọc theo loại lớp", "Filter by kind of class")),
            when: when(.classes), ClassListKeys.nextKind),
        Row([.character("t")], KeyHint("t", help: ("Lọc theo chủ đề", "Filter by topic")),
            when: when(.classes), ClassListKeys.nextTopic),
        // Without a search, n does nothing and Esc clears the filters first.
        Row([.character("n"), .character("N")], nil, when: when(.classes) { state, _ in !state.classSearch.isActive }) { _, _, _, _ in .handled },
        Row([.escape], nil, when: when(.classes) { state, _ in !state.classSearch.isActive && (state.kind != nil || state.topic != nil) },
            ClassListKeys.clearFilters),
    ]

    static let rosterRows: [Row] = [
        Row(ListCursor.keys, KeyHint("↑/↓", ascii: "Up/Down", help: ("Chọn học viên", "Select a learner"), hint: ("Chọn", "Select")),
            when: when(.roster), RosterKeys.move),
        Row([.character(" ")], KeyHint("Space", help: ("Đánh dấu có mặt / vắng ở buổi đang chọn (ghi ngay)",
                                                       "Mark present / absent at the chosen session (written at once)"),
                                       hint: ("Có mặt", "Present")),
            when: when(.roster) { _, env in env.mayEdit }, RosterKeys.mark),
        Row([.left, .right], KeyHint("←/→", ascii: "Left/Right", help: ("Buổi học trước / sau", "Previous / next session"), hint: ("Buổi", "Session")),
            when: when(.roster), RosterKeys.session),
        Row([.enter], KeyHint("Enter", help: ("Thẻ học viên: lớp, chuyên cần, khen thưởng", "Learner's card: classes, attendance, awards"),
                              hint: ("Thẻ", "Card")),
            when: when(.roster), RosterKeys.openCard),
        Row([.character("/")], KeyHint("/", help: ("Tìm trong lớp (không cần dấu)", "Find in the class (accents optional)"), hint: ("Tìm", "Find")),
            when: when(.roster), RosterKeys.search),
        Row([.character("n"), .character("N")], KeyHint("n/N", help: ("Kết quả sau / trước", "Next / previous match"), hint: ("Kết quả sau", "Next")),
            when: when(.roster) { state, _ in state.rosterSearch.isActive }, RosterKeys.nextMatch),
        Row([.escape], KeyHint("Esc", help: ("Xoá tìm kiếm, rồi về danh sách lớp", "Clear the search, then back to the classes"),
                               hint: ("Về", "Back")),
            when: when(.roster), RosterKeys.back),
        // Read-only, Space says why it marks nothing; without a search, n does nothing.
        Row([.character(" ")], nil, when: when(.roster) { _, env in !env.mayEdit }, RosterKeys.mark),
        Row([.character("n"), .character("N")], nil, when: when(.roster) { state, _ in !state.rosterSearch.isActive }) { _, _, _, _ in .handled },
    ]

    /// Rows of both lists.
    static let bothListsRows: [Row] = [
        Row([.character("s")], KeyHint("s", help: ("Xếp học viên: tên, khu phố, chuyên cần", "Sort learners: name, neighbourhood, attendance"),
                                       hint: ("Xếp", "Sort")),
            when: onLists(), ClassesKeys.sort),
        Row([.character("p")], KeyHint("p", help: ("In giấy tờ: danh sách lớp và danh sách ký tên của buổi học (Word, Excel)",
                                                   "Print papers: the class list and the session's sign-in sheet (Word, Excel)")),
            when: onLists(), ClassListKeys.printPapers),
        Row([.character("a")], KeyHint("a", help: ("Ghi danh học viên (có sẵn hoặc mới)", "Enroll a learner (existing or new)"), hint: ("Ghi danh", "Enroll")),
            when: onLists { _, env in env.mayEdit }, ClassesKeys.openForm),
        Row([.character("c")], KeyHint("c", help: ("Thêm lớp học: chủ đề, đơn vị phối hợp, giảng viên, lịch học (T3, T5 hoặc các ngày)",
                                                   "Add a class: topic, partner, teacher, schedule (T3, T5 or the dates)"), hint: ("Thêm lớp", "New class")),
            when: onLists { _, env in env.mayEdit }) { _, state, data, env in RecordFormKeys.open(.course, &state, data, env) },
        Row([.character("c")], nil, when: onLists { _, env in !env.mayEdit }) { _, state, data, env in RecordFormKeys.open(.course, &state, data, env) },
        Row([.character("i")], KeyHint("i", help: ("Nhập danh sách học viên từ tệp Excel hoặc CSV, ghi danh vào lớp đang chọn",
                                                   "Import learners from an Excel or CSV file, enrolled in the selected class")),
            when: onLists { _, env in env.mayEdit }, ClassesKeys.openImport),
        Row([.character("i")], nil, when: onLists { _, env in !env.mayEdit }, ClassesKeys.openImport),
        Row([.character("a")], KeyHint("a", help: ("Chỉ xem: kho này không ghi được (ghi danh, điểm danh tắt)",
                                                   "Read-only: this store cannot be written (enrolling and attendance are off)")),
            when: onLists { _, env in !env.mayEdit }, ClassesKeys.openForm),
    ]

    /// Rows of either list (and, if given, one more condition).
    static func onLists(_ and: @escaping @Sendable (ClassesState, KeyContext) -> Bool = { _, _ in true })
        -> @Sendable (ClassesState, KeyContext) -> Bool {
        { state, env in (state.keyMode == .classes || state.keyMode == .roster) && and(state, env) }
    }
}
