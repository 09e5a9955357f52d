/// The awards pane's binding rows: an open form (and its question), a branch's awards, the tallies, years and forms.

import Canvas

extension AwardsPane: DashboardPane {
    static var statePath: WritableKeyPath<AppState, AwardsState> { \.awards }

    typealias Row = PaneBinding<AwardsState>

    static func prepare(_ state: inout AwardsState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome? {
        AwardsKeys.prepare(&state, data, env)
    }

    /// Rows for some modes of the pane (and, if given, one more condition).
    private static func when(_ modes: AwardsState.KeyMode..., and: @escaping @Sendable (KeyContext) -> Bool = { _ in true })
        -> @Sendable (AwardsState, KeyContext) -> Bool {
        { state, env in modes.contains(state.keyMode) && and(env) }
    }

    static let keys = PaneKeyTable<AwardsState>([
        // Removing an award is asked first; nothing else happens until it is answered.
        Row([.enter, .character("c")], KeyHint("Enter/c", help: ("Xoá khen thưởng này khỏi kho", "Remove this award from the store"),
                                               hint: ("Xoá", "Remove")),
            when: when(.removing), AwardsEditKeys.answerRemoval),
        Row([.escape, .character("k")], KeyHint("Esc/k", help: ("Không xoá", "Keep it"), hint: ("Không xoá", "Keep")),
            when: when(.removing), AwardsEditKeys.answerRemoval),
        .typing(nil, when: when(.removing)) { _, _, _, _ in .handled },
        // A probable double entry is asked about before anything is written.
        Row([.enter], KeyHint("Enter", help: ("Có thể trùng: vẫn ghi bản ghi này", "Possible double: write it anyway"), hint: ("Vẫn ghi", "Write anyway")),
            when: when(.asking), AwardsFormKeys.handle),
        Row([.escape], KeyHint("Esc", help: ("Quay lại sửa, chưa ghi gì", "Go back to the form; nothing is written"), hint: ("Sửa lại", "Go back")),
            when: when(.asking), AwardsFormKeys.handle),
        // The award or donation form: every other key types into its fields.
        Row([.enter], KeyHint("Enter", help: ("Ghi vào kho (kiểm tra trước); trong danh sách gợi ý: chọn",
                                              "Write to the store (checked first); in the suggestions: take one"),
                              hint: ("Ghi", "Write")),
            when: when(.form), AwardsFormKeys.handle),
        Row([.tab, .down], KeyHint("Tab/↓", ascii: "Tab/Down", help: ("Ô sau; ↓ đi vào các gợi ý", "Next field; ↓ walks into the suggestions"),
                                   hint: ("Ô sau", "Next")),
            when: when(.form), AwardsFormKeys.handle),
        Row([.up], KeyHint("↑", ascii: "Up", help: ("Ô trước", "Previous field")), when: when(.form), AwardsFormKeys.handle),
        Row([.left, .right], KeyHint("←/→", ascii: "Left/Right", help: ("Trong ô chọn: đổi lựa chọn; trong ô chữ: di chuyển con trỏ",
                                                                       "In a list field: change the choice; in a text field: move the cursor"),
                                     hint: ("Chọn", "Choose")),
            when: when(.form), AwardsFormKeys.handle),
        Row([.escape], KeyHint("Esc", help: ("Đóng biểu mẫu, không ghi gì", "Close the form; nothing is written"), hint: ("Huỷ", "Cancel")),
            when: when(.form), AwardsFormKeys.handle),
        .typing(nil, when: when(.asking, .form), AwardsFormKeys.handle),
        // The assessment form: every other key types into its fields.
        Row([.enter], KeyHint("Enter", help: ("Ghi kết quả đánh giá vào kho (kiểm tra trước); trong danh sách gợi ý: chọn",
                                              "Write the assessment to the store (checked first); in the suggestions: take one"),
                              hint: ("Ghi", "Write")),
            when: when(.assessing), AssessmentFormKeys.handle),
        Row([.tab, .down], KeyHint("Tab/↓", ascii: "Tab/Down", help: ("Ô sau; ↓ đi vào các gợi ý", "Next field; ↓ walks into the suggestions"),
                                   hint: ("Ô sau", "Next")),
            when: when(.assessing), AssessmentFormKeys.handle),
        Row([.up, .backTab], KeyHint("↑", ascii: "Up", help: ("Ô trước", "Previous field")), when: when(.assessing), AssessmentFormKeys.handle),
        Row([.left, .right], KeyHint("←/→", ascii: "Left/Right", help: ("Trong ô bộ tiêu chí: đổi bộ; trong ô chữ: di chuyển con trỏ",
                                                                       "In the set field: change the set; in a text field: move the cursor"),
                                     hint: ("Chọn", "Choose")),
            when: when(.assessing), AssessmentFormKeys.handle),
        Row([.escape], KeyHint("Esc", help: ("Đóng biểu mẫu đánh giá, không ghi gì", "Close the assessment form; nothing is written"),
                               hint: ("Huỷ", "Cancel")),
            when: when(.assessing), AssessmentFormKeys.handle),
        .typing(nil, when: when(.assessing), AssessmentFormKeys.handle),
        // The titles of a calendar year.
        Row([.escape, .character("t")], KeyHint("Esc", help: ("Quay lại bảng tổng hợp khen thưởng", "Back to the award tallies"),
                                                hint: ("Quay lại", "Back")),
            when: when(.titles), TitlesKeys.close),
        Row([.character("["), .character("]")], KeyHint("[ ]", help: ("Năm trước / năm sau (năm dương lịch của danh hiệu)",
                                                                      "Previous / next year (the titles' calendar year)"),
                                                        hint: ("Năm", "Year")),
            when: when(.titles), TitlesKeys.changeYear),
        Row([.character("đ"), .character("d")], KeyHint("đ/d", help: ("Đánh giá: chấm điểm một đối tượng theo bộ tiêu chí (biểu mẫu)",
                                                                       "Assess: score a subject against a criteria set (a form)"),
                                                         hint: ("Đánh giá", "Assess")),
            when: when(.titles) { $0.mayEdit }, TitlesKeys.openForm),
        Row([.character("đ"), .character("d")], nil, when: when(.titles) { !$0.mayEdit }, TitlesKeys.openForm),
        // A branch's awards.
        Row(ListCursor.keys, KeyHint("↑/↓", ascii: "Up/Down", help: ("Chọn khen thưởng của chi hội", "Select one of the branch's awards"),
                                     hint: ("Chọn", "Select")),
            when: when(.branch), AwardsKeys.moveAward),
        Row([.escape, .backspace], KeyHint("Esc", help: ("Quay lại bảng tổng hợp", "Back to the tallies"), hint: ("Quay lại", "Back")),
            when: when(.branch), AwardsKeys.closeBranch),
        Row([.enter], KeyHint("Enter", help: ("Sửa khen thưởng đã chọn (biểu mẫu)", "Edit the selected award (a form)"), hint: ("Sửa", "Edit")),
            when: when(.branch) { $0.mayEdit }, AwardsEditKeys.openEdit),
        Row([.delete, .character("x")], KeyHint("Del/x", help: ("Xoá khen thưởng đã chọn (hỏi trước)", "Remove the selected award (asks first)"),
                                                hint: ("Xoá", "Remove")),
            when: when(.branch) { $0.mayEdit }, AwardsEditKeys.askRemoval),
        Row([.enter, .delete, .character("x")], KeyHint("Enter Del x", help: ("Chỉ xem: không sửa, không xoá được khen thưởng",
                                                                              "Read-only: awards cannot be edited or removed")),
            when: when(.branch) { !$0.mayEdit }, AwardsKeys.openForm),
        // The tallies of the year.
        Row(ListCursor.keys, KeyHint("↑/↓", ascii: "Up/Down", help: ("Chọn chi hội", "Select a branch"), hint: ("Chi hội", "Branch")),
            when: when(.tallies), AwardsKeys.moveBranch),
        Row([.enter], KeyHint("Enter", help: ("Xem các khen thưởng của chi hội đã chọn", "List the selected branch's awards"), hint: ("Xem", "Open")),
            when: when(.tallies), AwardsKeys.openBranch),
        Row([.character("v")], KeyHint("v", help: ("Khung bên (màn hình hẹp): loại khen thưởng, quỹ, danh hiệu lần lượt",
                                                   "Side panel (narrow screens): categories, fund, titles in turn"),
                                       hint: ("Khung bên", "Panel")),
            when: when(.tallies), AwardsKeys.nextSide),
        // Either.
        Row([.character("["), .character("]")], KeyHint("[ ]", help: ("Năm học trước / năm học sau", "Previous / next school year"),
                                                        hint: ("Năm học", "Year")),
            when: when(.tallies, .branch), AwardsKeys.changeYear),
        Row([.character("p")], KeyHint("p", help: ("In giấy tờ: danh sách khen thưởng và sổ quỹ của năm học (Word, Excel)",
                                                   "Print papers: the year's award list and fund book (Word, Excel)")),
            when: when(.tallies, .branch), AwardsKeys.printPapers),
        Row([.character("a")], KeyHint("a", help: ("Ghi khen thưởng mới (biểu mẫu)", "Record an award (a form)"), hint: ("Khen thưởng", "Award")),
            when: when(.tallies, .branch) { $0.mayEdit }, AwardsKeys.openForm),
        Row([.character("d")], KeyHint("d", help: ("Ghi ủng hộ quỹ khuyến học (biểu mẫu)", "Record a donation to the fund (a form)"),
                                       hint: ("Ủng hộ", "Donation")),
            when: when(.tallies, .branch) { $0.mayEdit }, AwardsKeys.openForm),
        Row([.character("t")], KeyHint("t", help: ("Danh hiệu học tập của năm: theo chỉ tiêu, theo chi hội, khối Đảng; đánh giá",
                                                   "The year's learning titles: against targets, by branch, the party; assessing"),
                                       hint: ("Danh hiệu", "Titles")),
            when: when(.tallies, .branch), TitlesKeys.open),
        Row([.character("i")], KeyHint("i", help: ("Nhập danh sách khen thưởng hoặc ủng hộ quỹ từ tệp Excel hoặc CSV",
                                                   "Import awards or donations from an Excel or CSV file")),
            when: when(.tallies, .branch) { $0.mayEdit }, AwardsKeys.openImport),
        Row([.character("i")], nil, when: when(.tallies, .branch) { !$0.mayEdit }, AwardsKeys.openForm),
        Row([.character("a"), .character("d")], KeyHint("a d", help: ("Chỉ xem: kho mẫu hoặc trình chiếu không ghi được khen thưởng, ủng hộ",
                                                                      "Read-only: no awards or donations can be recorded on the demo or a presentation")),
            when: when(.tallies, .branch) { !$0.mayEdit }, AwardsKeys.openForm),
    ])

    /// Takes the outcome of a write this pane asked for: on success the form closes and the year
    /// of the new record is shown (so its tally is the one that moved); a refusal stays in the form.
    static func receive(_ outcome: WriteOutcome, _ state: inout AwardsState) {
        if var assessing = state.assessment {
            switch outcome {
            case .written, .changed:
                if let y = assessing.year { state.titlesYear = y }
                state.assessment = nil
            case .refused(let problems):
                assessing.refusal = problems
                state.assessment = assessing
            }
            return
        }
        guard var open = state.form else { return }
        switch outcome {
        case .written, .changed:
            if let y = open.year { state.year = y }
            state.form = nil
        case .refused(let problems):
            open.refusal = problems
            open.form.confirmation = nil
            state.form = open
        }
    }
}
