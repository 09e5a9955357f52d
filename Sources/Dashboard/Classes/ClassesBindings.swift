/// The classes pane's binding rows for the enroll form, the learner's card and a search being typed.

import Canvas

extension ClassesPane: DashboardPane {
    static var statePath: WritableKeyPath<AppState, ClassesState> { \.classes }

    static let keys = PaneKeyTable<ClassesState>(RecordFormKeys.rows(origin: .classes) + RemovalKeys.rows(origin: .classes)
                                                 + formRows + cardRows + searchRows + classListRows + rosterRows + bothListsRows + editRows)

    static func prepare(_ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome? {
        ClassesKeys.prepare(&state, data, env)
    }

    typealias Row = PaneBinding<ClassesState>

    /// Rows for one mode of the pane (and, if given, one more condition).
    static func when(_ mode: ClassesState.KeyMode, _ and: @escaping @Sendable (ClassesState, KeyContext) -> Bool = { _, _ in true })
        -> @Sendable (ClassesState, KeyContext) -> Bool {
        { state, env in state.keyMode == mode && and(state, env) }
    }

    /// The form has every key: these are the ones it names; the rest type into its fields. While
    /// it asks a question (a probable duplicate, a full class), Esc goes back to the form.
    static let formRows: [Row] = [
        Row([.enter], KeyHint("Enter", help: ("Vẫn ghi danh dù có cảnh báo", "Enroll despite the warning"), hint: ("Vẫn ghi", "Write anyway")),
            when: when(.form, asking), ClassesKeys.formKey),
        Row([.escape], KeyHint("Esc", help: ("Quay lại sửa, chưa ghi gì", "Go back to the form; nothing is written"), hint: ("Sửa lại", "Go back")),
            when: when(.form, asking), ClassesKeys.formKey),
        Row([.enter], KeyHint("Enter", help: ("Ghi danh (hoặc chọn học viên gợi ý đang sáng)", "Enroll (or take the highlighted suggestion)"),
                              hint: ("Ghi", "Write")),
            when: when(.form, editing), ClassesKeys.formKey),
        Row([.tab, .down], KeyHint("Tab/↓", ascii: "Tab/Down", help: ("Ô sau; ↓ đi vào danh sách gợi ý", "Next field; ↓ walks into the suggestions"),
                                   hint: ("Ô sau", "Next")),
            when: when(.form, editing), ClassesKeys.formKey),
        Row([.left, .right], KeyHint("←/→", ascii: "Left/Right", help: ("Chọn lớp, giới tính", "Choose the class, the gender")),
            when: when(.form, editing), ClassesKeys.formKey),
        Row([.escape], KeyHint("Esc", help: ("Huỷ: không ghi gì", "Cancel: nothing is written"), hint: ("Huỷ", "Cancel")),
            when: when(.form, editing), ClassesKeys.formKey),
        .typing(nil, when: when(.form), ClassesKeys.formKey),
    ]

    /// True while the enroll form asks its question, and while it does not.
    static let asking: @Sendable (ClassesState, KeyContext) -> Bool = { state, _ in state.form?.form.confirmation != nil }
    static let editing: @Sendable (ClassesState, KeyContext) -> Bool = { state, env in !asking(state, env) }

    static let cardRows: [Row] = [
        Row(ListCursor.keys, KeyHint("↑/↓", ascii: "Up/Down", help: ("Chọn một lớp của học viên", "Select one of the learner's classes"),
                                     hint: ("Chọn lớp", "Class")),
            when: when(.card), ClassesKeys.cardMove),
        Row([.enter], KeyHint("Enter", help: ("Mở danh sách lớp đó", "Open that class's roster"), hint: ("Mở lớp", "Open")),
            when: when(.card), ClassesKeys.cardOpen),
        Row([.escape], KeyHint("Esc", help: ("Đóng thẻ học viên", "Close the learner's card"), hint: ("Đóng", "Close")),
            when: when(.card), ClassesKeys.cardClose),
    ]

    /// While a search is typed every key is the search's, except the function keys and Ctrl-L.
    static let searchRows: [Row] = [
        .typing(KeyHint("a–z", ascii: "a-z", help: ("Gõ tên, không cần dấu: danh sách thu hẹp dần", "Type a name, accents optional: the list narrows"),
                        hint: ("Tìm", "Find")),
                when: when(.search), ClassesSearchKeys.type),
        Row([.up, .down, .pageUp, .pageDown], KeyHint("↑/↓", ascii: "Up/Down", help: ("Chọn trong kết quả", "Select among the matches"),
                                                      hint: ("Chọn", "Select")),
            when: when(.search), ClassesSearchKeys.move),
        Row([.enter], KeyHint("Enter", help: ("Giữ kết quả, trở lại danh sách", "Keep the matches, back to the list"), hint: ("Xong", "Done")),
            when: when(.search), ClassesSearchKeys.done),
        Row([.escape], KeyHint("Esc", help: ("Xoá tìm kiếm", "Clear the search"), hint: ("Xoá", "Clear")),
            when: when(.search), ClassesSearchKeys.clear),
    ]
}
