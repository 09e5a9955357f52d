/// One row of a pane's key table: its keys, how the help and the hint bar name them, when it applies, what it does.

import Canvas

/// A pane's key binding. The pane's key handling, its hints on the hint bar and its part of the
/// help are all read from its rows, so a key that is offered is a key that works, and the reverse.
struct PaneBinding<State>: Sendable {
    /// The keys a row takes.
    enum Keys: Sendable {
        /// These keys.
        case only([Key])
        /// Every key that no other active row takes: typing into a form or a search box. While such
        /// a row applies the pane takes the keyboard, and the global keys are not offered.
        case typing
    }

    /// What the row does with a key: `.ignored` hands it on to the global key table.
    typealias Action = @Sendable (Key, inout State, DashboardData, KeyContext) -> KeyOutcome

    let keys: Keys
    /// How the help (and, when it has a hint, the hint bar) names the row. Nil for a row that only
    /// keeps a key from doing something else (`n` without a search): it is in neither.
    let hint: KeyHint?
    /// Whether the row applies in this state (like Textual's `check_action`); only rows that
    /// apply take keys and are offered.
    let isActive: @Sendable (State, KeyContext) -> Bool
    let action: Action

    init(_ keys: [Key], _ hint: KeyHint?, when isActive: @escaping @Sendable (State, KeyContext) -> Bool = { _, _ in true },
         _ action: @escaping Action) {
        self.keys = .only(keys)
        self.hint = hint
        self.isActive = isActive
        self.action = action
    }

    /// The row that takes what is typed (see `Keys.typing`).
    static func typing(_ hint: KeyHint?, when isActive: @escaping @Sendable (State, KeyContext) -> Bool,
                       _ action: @escaping Action) -> PaneBinding {
        PaneBinding(keys: .typing, hint: hint, isActive: isActive, action: action)
    }

    private init(keys: Keys, hint: KeyHint?, isActive: @escaping @Sendable (State, KeyContext) -> Bool, action: @escaping Action) {
        self.keys = keys
        self.hint = hint
        self.isActive = isActive
        self.action = action
    }

    /// The keys named by the row (none for the typing row).
    var namedKeys: [Key] {
        if case .only(let keys) = keys { return keys }
        return []
    }

    var isTyping: Bool {
        if case .typing = keys { return true }
        return false
    }
}
