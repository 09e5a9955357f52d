/// How a write the dashboard asked for ended, as reported back by the run loop.

import Store

public enum WriteOutcome: Equatable, Sendable {
    /// Written; the records as they went into the store.
    case written([RecordText])
    /// Refused or failed: nothing was written. `problems` are the reasons, one per line.
    case refused(problems: [String])
}
