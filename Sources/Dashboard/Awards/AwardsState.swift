/// The awards pane's own state: the school year and selected branch.

public struct AwardsState: Hashable, Sendable {
    public var branchCursor = ListCursor()

    public init() {}

    /// Takes the outcome of a write this pane asked for.
    public mutating func finishWrite(_ outcome: WriteOutcome) {}
}
