/// The indicators pane's own state: the selected indicator.

public struct IndicatorsState: Hashable, Sendable {
    public var cursor = ListCursor()

    public init() {}
}
