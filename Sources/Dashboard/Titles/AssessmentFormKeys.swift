/// Keys while the assessment form is open: the form moves and edits, the total follows; Enter checks and writes.

import Canvas
import Store

enum AssessmentFormKeys {
    /// Every key goes to the form (typing "q" types a q), except the function keys and Ctrl-L.
    static func handle(_ key: Key, _ state: inout AwardsState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        if case .function = key { return .ignored }
        if key == .control("l") || key == .resize { return .ignored }
        guard var open = state.assessment else { return .ignored }
        switch open.form.handle(key) {
        case .none, .confirmed:
            break
        case .edited(let id):
            open.refusal = []
            open.refresh(id, data, env.language)
        case .cancel:
            state.assessment = nil
            return .handled
        case .submit:
            guard open.validate(data, env.language) else { break }
            state.assessment = open
            return .effect(.write(.add([open.record(data, today: env.now.date)]), origin: .awards))
        }
        state.assessment = open
        return .handled
    }
}
