/// p on the awards pane: the year's award list and fund book, written by the run loop as Word and Excel files.

import Canvas

extension AwardsKeys {
    /// p: the award list and the fund book of the school year shown.
    static func printPapers(_ key: Key, _ state: inout AwardsState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        guard let year = data.awards.shownYear(state.year) else { return .ignored }
        return .effect(.printPapers([.awardList(year), .fundBook(year)]))
    }
}
