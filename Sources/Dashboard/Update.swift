/// The pure state transition: an action applied to the state, and the effect left for the loop.

import Canvas

extension AppState {
    /// Applies `action` and returns what the run loop must still do, if anything.
    @discardableResult
    public mutating func apply(_ action: Action) -> Effect? {
        switch action {
        case .nextPane:
            showingHelp = false
            pane = pane.next
        case .previousPane:
            showingHelp = false
            pane = pane.previous
        case .selectPane(let p):
            showingHelp = false
            pane = p
        case .toggleHelp:
            showingHelp.toggle()
        case .back:
            showingHelp = false
        case .nextTheme:
            return .nextTheme
        case .redraw:
            return .redraw
        case .quit:
            return .quit
        }
        return nil
    }

    /// Handles one key through the key table; keys the table does not know change nothing.
    @discardableResult
    public mutating func handle(_ key: Key) -> Effect? {
        guard let action = KeyMap.action(for: key) else { return nil }
        return apply(action)
    }
}
