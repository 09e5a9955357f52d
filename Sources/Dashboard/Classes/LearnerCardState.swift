/// The learner card opened from the roster: whose it is, and the selected row among their classes.

public struct LearnerCardState: Hashable, Sendable {
    public var learnerId: String
    /// Over the learner's classes; Enter opens the selected one's roster.
    public var cursor = ListCursor()

    public init(learnerId: String) { self.learnerId = learnerId }
}
