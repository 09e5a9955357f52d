/// The overview's own keys: the clerk sets the year up, corrects the campaign, its targets and agenda, and moves the ceremony's agenda forward (or back a step).

import Canvas

extension OverviewPane: DashboardPane {
    static var statePath: WritableKeyPath<AppState, OverviewState> { \.overview }

    static let keys = PaneKeyTable<OverviewState>(RecordFormKeys.rows(origin: .overview) + RemovalKeys.rows(origin: .overview)
                                                  + RecordChooserKeys.rows + [
        PaneBinding([.character("a")], KeyHint("a", help: ("Thiết lập năm học: chiến dịch (khi chưa có), chỉ tiêu, phần chương trình, chỉ số, chi hội, dòng họ, lớp học",
                                                           "Set up the school year: the campaign (when there is none), targets, agenda items, indicators, branches, clans, classes"),
                                               hint: ("Thiết lập", "Set up")),
                    when: { state, env in state.keyMode == .idle && env.mayEdit }) { _, state, data, env in
            RecordFormKeys.open(data.snapshot.campaign == nil ? .campaign : nil, &state, data, env)
        },
        PaneBinding([.character("e")], KeyHint("e", help: ("Sửa hoặc xoá: chiến dịch (lễ phát động, địa điểm, chủ đề…), chỉ tiêu, phần chương trình",
                                                           "Edit or remove: the campaign (ceremony, venue, themes…), targets, agenda items"),
                                               hint: ("Sửa", "Edit")),
                    when: { state, env in state.keyMode == .idle && env.mayEdit }, RecordChooserKeys.open),
        PaneBinding([.character("y")], KeyHint("y", help: ("Năm học mới: tạo kho mới bên cạnh kho này, mang sang chi hội, dòng họ, lớp còn học",
                                                           "New school year: a new store next to this one, with the branches, clans and classes still running"),
                                               hint: ("Năm mới", "New year")),
                    when: { state, env in state.keyMode == .idle && env.mayEdit }) { _, state, data, env in
            RecordFormKeys.openNewYear(&state, data, env)
        },
        PaneBinding([.character("n")], KeyHint("n", help: ("Chương trình buổi lễ: chuyển sang phần tiếp theo (ghi vào ceremony.rec)",
                                                           "Agenda: start the next item (written to ceremony.rec)"),
                                               hint: ("Phần tiếp", "Next item")),
                    when: { state, env in state.keyMode == .idle && env.mayEdit }) { _, _, data, env in step(forward: true, data, env) },
        PaneBinding([.character("b")], KeyHint("b", help: ("Chương trình buổi lễ: quay lại phần trước", "Agenda: go back to the previous item")),
                    when: { state, env in state.keyMode == .idle && env.mayEdit }) { _, _, data, env in step(forward: false, data, env) },
        // Read-only: the keys say why they do nothing.
        PaneBinding([.character("n"), .character("b"), .character("a"), .character("e"), .character("y")], nil,
                    when: { _, env in !env.mayEdit }) { _, _, _, env in RecordFormKeys.readOnly(env) },
    ])

    static func receive(_ outcome: WriteOutcome, _ state: inout OverviewState) {
        if RemovalKeys.receive(outcome, &state) { return }
        RecordFormKeys.receive(outcome, &state)
    }

    /// Starts the next (or the previous) agenda item, or says there is none.
    static func step(forward: Bool, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        let progress = data.agenda
        guard let item = forward ? progress.next : progress.previous else {
            return .notice(Notice(forward ? env.language.pick("Đã ở phần cuối chương trình", "Already at the last agenda item")
                                          : env.language.pick("Đã ở phần đầu chương trình", "Already at the first agenda item"),
                                  tone: .bad, at: env.now))
        }
        return .effect(.write(AgendaProgress.start(item), origin: .overview))
    }
}
