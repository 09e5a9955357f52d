/// The indicators pane's key rows: the arrows choose an indicator, `a` adds one through the set-up form.

import Canvas

extension IndicatorsPane: DashboardPane {
    static var statePath: WritableKeyPath<AppState, IndicatorsState> { \.indicators }

    static let keys = PaneKeyTable<IndicatorsState>(RecordFormKeys.rows(origin: .indicators) + [
        PaneBinding(ListCursor.keys, KeyHint("↑/↓", ascii: "Up/Down", help: ("Chọn chỉ số; dòng cuối cho biết tệp và dòng của nó trong kho",
                                                                          "Select an indicator; the bottom line names its file and line in the store"),
                                             hint: ("Chọn", "Select")),
                    when: { state, _ in state.recordForm == nil }) { key, state, data, _ in
            _ = state.cursor.handle(key, count: data.snapshot.indicators.count)
            return .handled
        },
        PaneBinding([.character("a")], KeyHint("a", help: ("Thêm chỉ số (biểu mẫu thiết lập năm học)", "Add an indicator (the set-up form)"),
                                               hint: ("Thêm", "Add")),
                    when: { state, env in state.recordForm == nil && env.mayEdit }) { _, state, data, env in
            RecordFormKeys.open(.indicator, &state, data, env)
        },
        PaneBinding([.character("a")], nil, when: { _, env in !env.mayEdit }) { _, state, data, env in
            RecordFormKeys.open(.indicator, &state, data, env)
        },
    ])

    static func receive(_ outcome: WriteOutcome, _ state: inout IndicatorsState) {
        RecordFormKeys.receive(outcome, &state)
    }
}
