/// The indicators pane's own state: the selected indicator, the set-up form, a removal asked about.

public struct IndicatorsState: Hashable, Sendable, RecordFormHolder, RemovalHolder {
    public var cursor = ListCursor()
    /// The set-up form opened with `a` at an indicator, or with Enter to edit the selected one.
    public var recordForm: RecordForm?
    public var setupKind: SetupKind?
    /// The indicator about to be removed, while the pane asks.
    var removal: RemovalQuestion?

    public init() {}

    /// Neither a form nor a question is open: the table has the keys.
    var isIdle: Bool { recordForm == nil && removal == nil }
}
