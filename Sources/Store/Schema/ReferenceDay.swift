/// The day the schema's "not in the future" limits are read against: today, or a day a caller fixes.

import Foundation
import Recfile

/// The reference day of `ValueBound`. The decoders take it when they are made, so a reading of the
/// store uses one day throughout; `RecordAddition` fixes it to the day of its `now`, and tests fix
/// it with `ReferenceDay.$fixed.withValue(day) { … }`.
public enum ReferenceDay {
    /// A day that replaces the machine's today while a task (or a synchronous call) runs.
    @TaskLocal public static var fixed: CalendarDate?

    /// The fixed day if there is one, else the machine's local today.
    static var current: CalendarDate { fixed ?? local() }

    /// Today in the machine's zone.
    static func local() -> CalendarDate {
        var seconds = time(nil)
        var parts = tm()
        localtime_r(&seconds, &parts)
        return CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            ?? CalendarDate(year: 2000, month: 1, day: 1)!
    }
}
