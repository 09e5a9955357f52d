/// The awards pane's keys: move among branches, open one, change the year and the side panel, the forms.

import Canvas
import Reports
import Store

enum AwardsKeys {
    static func handle(_ key: Key, _ state: inout AwardsState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        if state.form != nil { return formKey(key, &state, data, env) }
        state.refusedKey = nil
        guard let year = data.awards.shownYear(state.year) else {
            return key == .character("a") || key == .character("d") ? openForm(key, &state, data, env, year: nil, branch: nil) : .ignored
        }
        let tally = data.awards.tally(year)
        switch key {
        case .character("["), .character("]"):
            if let next = data.awards.year(after: year, step: key == .character("]") ? 1 : -1) {
                state.year = next
                state.awardCursor = ListCursor()
            }
            return .handled
        case .character("a"), .character("d"):
            return openForm(key, &state, data, env, year: year, branch: selectedBranch(state, tally))
        default:
            break
        }
        switch state.mode {
        case .branch(let id):
            if key == .escape || key == .backspace {
                state.mode = .tallies
                return .handled
            }
            let count = BranchAwardsView.rows(data, branch: id, year: year).count
            return state.awardCursor.handle(key, count: count) ? .handled : .ignored
        case .tallies:
            if key == .enter, let branch = selectedBranch(state, tally) {
                state.mode = .branch(branch)
                state.awardCursor = ListCursor()
                return .handled
            }
            if key == .character("v") {
                state.side = AwardsState.Side(rawValue: (state.side.rawValue + 1) % AwardsState.Side.allCases.count) ?? .categories
                return .handled
            }
            return state.branchCursor.handle(key, count: tally.branches.count) ? .handled : .ignored
        }
    }

    /// The branch under the cursor (or the one opened).
    static func selectedBranch(_ state: AwardsState, _ tally: AwardsYear) -> String? {
        if case .branch(let id) = state.mode { return id }
        guard !tally.branches.isEmpty else { return nil }
        return tally.branches[state.branchCursor.clamped(count: tally.branches.count)].id
    }

    private static func openForm(_ key: Key, _ state: inout AwardsState, _ data: DashboardData, _ env: KeyContext,
                                 year: SchoolYear?, branch: String?) -> KeyOutcome {
        guard env.mayEdit else {
            state.refusedKey = .readOnly
            return .handled
        }
        if key == .character("a") {
            guard !data.awards.branches.isEmpty else {
                state.refusedKey = .noBranches
                return .handled
            }
            state.form = AwardForm.make(data, year: year, branch: branch, env: env)
        } else {
            state.form = DonationForm.make(data, year: year, branch: nil, env: env)
        }
        return .handled
    }

    /// Every key goes to the open form (typing "q" types a q), except the function keys and
    /// Ctrl-L, which keep their global meaning (help, theme, redraw).
    private static func formKey(_ key: Key, _ state: inout AwardsState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
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
            if isAward, let question = AwardForm.doubleEntry(open.form, data, env.language) {
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
        return .effect(.write(.add([record]), origin: .awards))
    }
}
