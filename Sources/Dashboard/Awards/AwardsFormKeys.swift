/// Keys while an awards form is open: the form moves and edits; Enter checks and writes, after a question if need be.

import Canvas
import Store

enum AwardsFormKeys {
    /// Every key goes to the open form (typing "q" types a q), except the function keys and
    /// Ctrl-L, which keep their global meaning (help, theme, redraw).
    static func handle(_ key: Key, _ state: inout AwardsState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        if case .function = key { return .ignored }
        if key == .control("l") || key == .resize { return .ignored }
        guard var open = state.form else { return .ignored }
        let isAward = open.kind == .award
        switch open.form.handle(key) {
        case .none:
            break
        case .edited(let id):
            open.refusal = []
            if isAward { AwardForm.refresh(id, &open.form, data, env.language) } else { DonationForm.refresh(id, &open.form, data, env.language) }
        case .cancel:
            state.form = nil
            return .handled
        case .submit:
            let valid = isAward ? AwardForm.validate(&open, data, env.language) : DonationForm.validate(&open, data, env.language)
            guard valid else { break }
            if isAward, let question = AwardForm.doubleEntry(open.form, data, env.language, editing: open.editing) {
                open.form.confirmation = question
                break
            }
            state.form = open
            return write(open, env)
        case .confirmed:
            open.form.confirmation = nil
            state.form = open
            return write(open, env)
        }
        state.form = open
        return .handled
    }

    private static func write(_ open: AwardsForm, _ env: KeyContext) -> KeyOutcome {
        let record = open.kind == .award ? AwardForm.record(open.form, env.language) : DonationForm.record(open.form, env.language)
        guard let id = open.editing else { return .effect(.write(.add([record]), origin: .awards)) }
        // An optional field left empty is removed from the award.
        let emptied = ["Amount", "Sponsor"].filter { name in !record.fields.contains { $0.name == name } }.map { NewRecord.Field($0, "") }
        return .effect(.write(.edit(set: "Award", id: id, fields: record.fields + emptied), origin: .awards))
    }
}
