/// The overview's own state: what arrived while the dashboard ran, for the ticker; the set-up form; the chooser of records to correct.

struct OverviewState: Hashable, Sendable, RecordFormHolder, RemovalHolder {
    /// Awards and enrollments that arrived while the dashboard ran, newest first: the ticker's
    /// true order across files, which the files alone cannot tell.
    var arrivals: [TickerEntry] = []
    /// The set-up form opened with `a`, or to edit a record chosen with `e`.
    var recordForm: RecordForm?
    var setupKind: SetupKind?
    /// The list of the campaign, targets and agenda items opened with `e`.
    var chooser: RecordChooser?
    /// A target or agenda item about to be removed, while the pane asks.
    var removal: RemovalQuestion?

    /// What has the keyboard, which decides the binding rows that apply.
    enum KeyMode: Hashable, Sendable { case form, removing, choosing, idle }

    var keyMode: KeyMode {
        if recordForm != nil { return .form }
        if removal != nil { return .removing }
        if chooser != nil { return .choosing }
        return .idle
    }
}
