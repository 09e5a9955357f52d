/// The classes pane's own state: the selected class and learner.

public struct ClassesState: Hashable, Sendable {
    public var classCursor = ListCursor()

    public init() {}

    /// Takes the outcome of a write this pane asked for.
    public mutating func finishWrite(_ outcome: WriteOutcome) {}
}
