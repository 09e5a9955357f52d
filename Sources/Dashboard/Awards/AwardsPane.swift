/// The awards pane: tallies by branch, category and kind, the fund, learning titles.

import Canvas

enum AwardsPane {
    static func draw(_ state: AwardsState, _ data: DashboardData, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        EmptyPane.draw(.awards, ctx, in: area, into: &buffer)
    }

    static func handle(_ key: Key, _ state: inout AwardsState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        .ignored
    }

    static func hints(_ state: AwardsState, _ env: KeyContext) -> [KeyHint] { [] }
}
