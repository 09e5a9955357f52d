/// What the keys do on the titles view: open and leave it, change its calendar year, open the assessment form.

import Canvas
import Reports
import Store

enum TitlesKeys {
    /// t: the learning titles of the year shown, in the whole pane.
    static func open(_ key: Key, _ state: inout AwardsState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        state.titlesYear = nil
        state.mode = .titles
        return .handled
    }

    /// Esc (or t again): back to the tallies.
    static func close(_ key: Key, _ state: inout AwardsState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        state.mode = .tallies
        return .handled
    }

    /// [ and ]: the calendar year before or after.
    static func changeYear(_ key: Key, _ state: inout AwardsState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        let year = TitlesView.year(state, data, today: env.now.date.year)
        state.titlesYear = year + (key == .character("]") ? 1 : -1)
        return .handled
    }

    /// đ or d: the assessment form for the year shown; on a store that cannot be written, only why not.
    static func openForm(_ key: Key, _ state: inout AwardsState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        guard env.mayEdit else {
            state.refusedKey = .readOnly
            return .handled
        }
        state.assessment = AssessmentForm.make(data, year: TitlesView.year(state, data, today: env.now.date.year), env: env)
        return .handled
    }
}
