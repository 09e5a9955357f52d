/// The indicators pane's own state: the selected indicator, the set-up form.

public struct IndicatorsState: Hashable, Sendable, RecordFormHolder {
    public var cursor = ListCursor()
    /// The set-up form opened with `a`, at an indicator.
    public var recordForm: RecordForm?
    public var setupKind: SetupKind?

    public init() {}
}
