/// Presentation mode: the dashboard projected in the hall — read-only, rotating, private fields hidden.

/// The settings and clock of presentation mode.
public struct PresentationState: Hashable, Sendable {
    /// On: no hint bar, no forms, private fields hidden, rotation.
    public var isOn: Bool
    /// Started with `--present`: a viewer that can never leave presentation mode or write.
    public var isViewer: Bool
    /// Seconds each pane stays before the next; 0 turns rotation off.
    public var rotateSeconds: Int
    /// Blank cells kept on every side for a projector's overscan.
    public var margin: Int
    /// Rotation paused by a key.
    public var paused: Bool
    /// When the pane on screen was put there (by rotation or by a key).
    public var paneShownAt: Moment?
    /// People's names shortened on the projector ("Hiền N.T.T.", `--names short`); by default
    /// they are whole, as a prize-giving reads them out in the hall.
    public var shortNames: Bool

    public init(isOn: Bool = false, isViewer: Bool = false, rotateSeconds: Int = 15, margin: Int = 1,
                paused: Bool = false, paneShownAt: Moment? = nil, shortNames: Bool = false) {
        self.shortNames = shortNames
        self.isOn = isOn
        self.isViewer = isViewer
        self.rotateSeconds = max(0, rotateSeconds)
        self.margin = max(0, margin)
        self.paused = paused
        self.paneShownAt = paneShownAt
    }

    /// Whether panes rotate by themselves right now.
    public var isRotating: Bool { isOn && rotateSeconds > 0 && !paused }

    /// Seconds until the next pane, when rotating.
    public func secondsLeft(at now: Moment) -> Int? {
        guard isRotating else { return nil }
        let shown = paneShownAt ?? now
        return max(0, rotateSeconds - (now.absoluteSeconds - shown.absoluteSeconds))
    }
}
