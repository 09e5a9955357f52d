/// The keys that work while the dashboard is projected, for the help.

enum PresentationKeys {
    static func hints(_ presentation: PresentationState) -> [KeyHint] {
        [KeyHint("Space", help: ("Dừng / tiếp tục tự chuyển mục", "Pause / resume the rotation of panes"),
                 hint: presentation.paused ? ("Tiếp tục", "Resume") : ("Dừng", "Pause"))]
    }
}
