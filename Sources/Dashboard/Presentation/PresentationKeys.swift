/// The keys that work while the dashboard is projected, besides the global ones: Space pauses the rotation.

import Canvas

enum PresentationKeys {
    static let keys = PaneKeyTable<PresentationState>([
        PaneBinding([.character(" "), .character("p")], hint(("Dừng", "Pause")), when: { state, _ in !state.paused }, togglePause),
        PaneBinding([.character(" "), .character("p")], hint(("Tiếp tục", "Resume")), when: { state, _ in state.paused }, togglePause),
    ])

    private static func hint(_ text: (vi: String, en: String)) -> KeyHint {
        KeyHint("Space", help: ("Dừng / tiếp tục tự chuyển mục", "Pause / resume the rotation of panes"), hint: text)
    }

    private static func togglePause(_ key: Key, _ state: inout PresentationState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        state.paused.toggle()
        state.paneShownAt = env.now
        return .handled
    }
}
