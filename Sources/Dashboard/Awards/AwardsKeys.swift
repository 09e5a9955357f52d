/// What the awards pane's keys do: move among branches, open one, change the year and the side panel, the forms.

import Canvas
import Reports
import Store

enum AwardsKeys {
    /// A key that reaches the lists says nothing more about a refused key.
    static func prepare(_ state: inout AwardsState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome? {
        if state.form == nil { state.refusedKey = nil }
        return nil
    }

    /// The year on screen, if the store has awards: without them only the forms' keys act.
    private static func withYear(_ state: inout AwardsState, _ data: DashboardData,
                                 _ act: (inout AwardsState, SchoolYear) -> KeyOutcome) -> KeyOutcome {
        guard let year = data.awards.shownYear(state.year) else { return .ignored }
        return act(&state, year)
    }

    /// [ and ]: the school year before or after, among those in the store.
    static func changeYear(_ key: Key, _ state: inout AwardsState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        withYear(&state, data) { state, year in
            if let next = data.awards.year(after: year, step: key == .character("]") ? 1 : -1) {
                state.year = next
                state.awardCursor = ListCursor()
            }
            return .handled
        }
    }

    static func moveBranch(_ key: Key, _ state: inout AwardsState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        withYear(&state, data) { state, year in
            _ = state.branchCursor.handle(key, count: data.awards.tally(year).branches.count)
            return .handled
        }
    }

    /// Enter on the tallies: the selected branch's awards.
    static func openBranch(_ key: Key, _ state: inout AwardsState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        withYear(&state, data) { state, year in
            guard let branch = selectedBranch(state, data.awards.tally(year)) else { return .ignored }
            state.mode = .branch(branch)
            state.awardCursor = ListCursor()
            return .handled
        }
    }

    /// v: the side panel of a narrow screen, in turn.
    static func nextSide(_ key: Key, _ state: inout AwardsState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        withYear(&state, data) { state, _ in
            state.side = AwardsState.Side(rawValue: (state.side.rawValue + 1) % AwardsState.Side.allCases.count) ?? .categories
            return .handled
        }
    }

    static func moveAward(_ key: Key, _ state: inout AwardsState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        withYear(&state, data) { state, year in
            guard case .branch(let id) = state.mode else { return .ignored }
            _ = state.awardCursor.handle(key, count: BranchAwardsView.rows(data, branch: id, year: year).count)
            return .handled
        }
    }

    /// Esc (or Backspace) on a branch's awards: back to the tallies.
    static func closeBranch(_ key: Key, _ state: inout AwardsState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        withYear(&state, data) { state, _ in
            state.mode = .tallies
            return .handled
        }
    }

    /// The branch under the cursor (or the one opened).
    static func selectedBranch(_ state: AwardsState, _ tally: AwardsYear) -> String? {
        if case .branch(let id) = state.mode { return id }
        guard !tally.branches.isEmpty else { return nil }
        return tally.branches[state.branchCursor.clamped(count: tally.branches.count)].id
    }

    /// a or d: the award or the donation form, for the year shown and the branch selected; on a
    /// store that cannot be written, only why not.
    static func openForm(_ key: Key, _ state: inout AwardsState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        guard env.mayEdit else {
            state.refusedKey = .readOnly
            return .handled
        }
        let year = data.awards.shownYear(state.year)
        if key == .character("a") {
            guard !data.awards.branches.isEmpty else {
                state.refusedKey = .noBranches
                return .handled
            }
            state.form = AwardForm.make(data, year: year, branch: year.flatMap { selectedBranch(state, data.awards.tally($0)) }, env: env)
        } else {
            state.form = DonationForm.make(data, year: year, branch: nil, env: env)
        }
        return .handled
    }
}
