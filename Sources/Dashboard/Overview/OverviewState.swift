/// The overview's own state: what arrived while the dashboard ran, for the ticker.

struct OverviewState: Hashable, Sendable {
    /// Awards and enrollments that arrived while the dashboard ran, newest first: the ticker's
    /// true order across files, which the files alone cannot tell.
    var arrivals: [TickerEntry] = []
}
