/// The indicators pane's key rows: the arrows choose an indicator, `a` adds one through the set-up form, Enter edits the selected one, Delete removes it once asked.

import Canvas
import Store

extension IndicatorsPane: DashboardPane {
    static var statePath: WritableKeyPath<AppState, IndicatorsState> { \.indicators }

    static let keys = PaneKeyTable<IndicatorsState>(RecordFormKeys.rows(origin: .indicators) + RemovalKeys.rows(origin: .indicators) + [
        PaneBinding(ListCursor.keys, KeyHint("↑/↓", ascii: "Up/Down", help: ("Chọn chỉ số; dòng cuối cho biết tệp và dòng của nó trong kho",
                                                                          "Select an indicator; the bottom line names its file and line in the store"),
                                             hint: ("Chọn", "Select")),
                    when: { state, _ in state.isIdle }) { key, state, data, _ in
            _ = state.cursor.handle(key, count: data.snapshot.indicators.count)
            return .handled
        },
        PaneBinding([.character("a")], KeyHint("a", help: ("Thêm chỉ số (biểu mẫu thiết lập năm học)", "Add an indicator (the set-up form)"),
                                               hint: ("Thêm", "Add")),
                    when: { state, env in state.isIdle && env.mayEdit }) { _, state, data, env in
            RecordFormKeys.open(.indicator, &state, data, env)
        },
        PaneBinding([.enter], KeyHint("Enter", help: ("Sửa chỉ số đã chọn (biểu mẫu)", "Edit the selected indicator (a form)"), hint: ("Sửa", "Edit")),
                    when: { state, env in state.isIdle && env.mayEdit }) { _, state, data, env in
            guard let indicator = selected(state, data) else { return .handled }
            return RecordFormKeys.openEdit(.indicator, StoredFields.of(indicator), &state, env)
        },
        PaneBinding([.delete, .character("x")], KeyHint("Del/x", help: ("Xoá chỉ số đã chọn (hỏi trước)", "Remove the selected indicator (asks first)"),
                                                        hint: ("Xoá", "Remove")),
                    when: { state, env in state.isIdle && env.mayEdit }, askRemoval),
        // Read-only: the writing keys say why they do nothing.
        PaneBinding([.character("a"), .enter, .delete, .character("x")], KeyHint("a Enter Del x", help: (
            "Chỉ xem: không thêm, sửa, xoá được chỉ số", "Read-only: indicators cannot be added, edited or removed")),
                    when: { state, env in state.isIdle && !env.mayEdit }) { _, _, _, env in RecordFormKeys.readOnly(env) },
    ])

    /// The indicator under the cursor.
    static func selected(_ state: IndicatorsState, _ data: DashboardData) -> Indicator? {
        let all = data.snapshot.indicators
        return all.isEmpty ? nil : all[state.cursor.clamped(count: all.count)]
    }

    /// Delete or x: the question naming the indicator and its value.
    static func askRemoval(_ key: Key, _ state: inout IndicatorsState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        guard let i = selected(state, data) else { return .handled }
        let question = env.language.pick("Xoá chỉ số \(i.id): \(i.label) (\(valueText(i)))?", "Remove indicator \(i.id): \(i.label) (\(valueText(i)))?")
        return RemovalKeys.ask("Indicator", i.id, question, &state, env)
    }

    static func receive(_ outcome: WriteOutcome, _ state: inout IndicatorsState) {
        if RemovalKeys.receive(outcome, &state) { return }
        RecordFormKeys.receive(outcome, &state)
    }
}
