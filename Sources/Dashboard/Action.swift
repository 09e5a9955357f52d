/// What a key asks the dashboard to do.

public enum Action: Hashable, Sendable {
    case nextPane
    case previousPane
    case selectPane(Pane)
    case toggleHelp
    case back
    case nextTheme
    case redraw
    case quit
}

/// What the run loop must carry out after an update: the parts that touch the world.
public enum Effect: Hashable, Sendable {
    case quit
    case nextTheme
    case redraw
}
