/// The classes pane: classes of the school year, the selected class's roster, attendance.

import Canvas

enum ClassesPane {
    static func draw(_ state: ClassesState, _ data: DashboardData, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        EmptyPane.draw(.classes, ctx, in: area, into: &buffer)
    }

    static func handle(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        .ignored
    }

    static func hints(_ state: ClassesState, _ env: KeyContext) -> [KeyHint] { [] }
}
