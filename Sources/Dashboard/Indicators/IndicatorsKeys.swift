/// The indicators pane's one key row: the arrows choose an indicator.

import Canvas

extension IndicatorsPane: DashboardPane {
    static var statePath: WritableKeyPath<AppState, IndicatorsState> { \.indicators }

    static let keys = PaneKeyTable<IndicatorsState>([
        PaneBinding(ListCursor.keys, KeyHint("↑/↓", ascii: "Up/Down", help: ("Chọn chỉ số; dòng cuối cho biết tệp và dòng của nó trong kho",
                                                                          "Select an indicator; the bottom line names its file and line in the store"),
                                             hint: ("Chọn", "Select"))) { key, state, data, _ in
            _ = state.cursor.handle(key, count: data.snapshot.indicators.count)
            return .handled
        },
    ])
}
