/// The overview's own keys: the clerk moves the ceremony's agenda forward (or back a step).

import Canvas

enum OverviewKeys {
    static func handle(_ key: Key, _ state: inout AppState, _ data: DashboardData) -> KeyOutcome {
        let forward = key == .character("n")
        guard forward || key == .character("b") else { return .ignored }
        guard state.mayEdit else {
            state.notice = Notice(state.language.pick("Chỉ xem: không ghi được vào kho này", "Read-only: this store cannot be written"),
                                  tone: .bad, at: state.now)
            return .handled
        }
        let progress = data.agenda
        guard let item = forward ? progress.next : progress.previous else {
            state.notice = Notice(forward ? state.language.pick("Đã ở mục cuối chương trình", "Already at the last agenda item")
                                          : state.language.pick("Đã ở mục đầu chương trình", "Already at the first agenda item"),
                                  tone: .bad, at: state.now)
            return .handled
        }
        return .effect(.write(AgendaProgress.start(item), origin: .overview))
    }

    static func hints(_ state: AppState) -> [KeyHint] {
        guard state.mayEdit else { return [] }
        return [
            KeyHint("n", help: ("Chương trình: chuyển sang mục tiếp theo (ghi vào ceremony.rec)",
                                "Agenda: start the next item (written to ceremony.rec)"),
                    hint: ("Mục tiếp", "Next item")),
            KeyHint("b", help: ("Chương trình: quay lại mục trước", "Agenda: go back to the previous item")),
        ]
    }
}
