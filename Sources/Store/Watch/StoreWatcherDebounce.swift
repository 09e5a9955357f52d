/// Gathers bursts of file events into one report: quiet for a while, or held too long.

import Dispatch

/// Debounces change events on a monotonic clock. A burst is reported once it has been quiet for
/// `quiet` nanoseconds, and never later than `longest` after its first event.
struct StoreWatcherDebounce {
    let quiet: UInt64
    let longest: UInt64
    private var first: UInt64?
    private var last: UInt64 = 0

    init(quietMilliseconds: Int, longestMilliseconds: Int) {
        quiet = UInt64(max(0, quietMilliseconds)) * 1_000_000
        longest = UInt64(max(quietMilliseconds, longestMilliseconds)) * 1_000_000
    }

    static var now: UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Records a relevant event seen at `now`.
    mutating func note(at now: UInt64 = Self.now) {
        if first == nil { first = now }
        last = now
    }

    /// True once for each burst, when it has settled or waited long enough; resets the burst.
    mutating func ready(at now: UInt64 = Self.now) -> Bool {
        guard let start = first else { return false }
        guard now &- last >= quiet || now &- start >= longest else { return false }
        first = nil
        return true
    }

    /// Whether events are waiting to be reported.
    var isPending: Bool { first != nil }
}
