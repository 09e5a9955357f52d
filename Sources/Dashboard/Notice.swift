/// A short message on the status line after something happened: a record written, a write refused.

public struct Notice: Hashable, Sendable {
    /// `good`: done (drawn with a ✓); `bad`: refused or failed; `progress`: under way, not done
    /// yet, so it carries no mark of success.
    public enum Tone: Hashable, Sendable { case good, bad, progress }
    public var text: String
    public var tone: Tone
    /// When the notice appeared; it goes away after `Notice.lifetime` seconds.
    public var shownAt: Moment

    public static let lifetime = 6

    public init(_ text: String, tone: Tone, at moment: Moment) {
        self.text = text
        self.tone = tone
        self.shownAt = moment
    }

    public func isVisible(at now: Moment) -> Bool {
        now.absoluteSeconds - shownAt.absoluteSeconds < Self.lifetime
    }
}
