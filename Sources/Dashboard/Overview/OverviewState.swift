/// The overview's own state: what arrived while the dashboard ran, for the ticker; the set-up form.

struct OverviewState: Hashable, Sendable, RecordFormHolder {
    /// Awards and enrollments that arrived while the dashboard ran, newest first: the ticker's
    /// true order across files, which the files alone cannot tell.
    var arrivals: [TickerEntry] = []
    /// The set-up form opened with `a`.
    var recordForm: RecordForm?
    var setupKind: SetupKind?
}
