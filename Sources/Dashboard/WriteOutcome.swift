/// How a write the dashboard asked for ended, as reported back by the run loop.

import Store

public enum WriteOutcome: Equatable, Sendable {
    /// Written; the records as they went into the store.
    case written([RecordText])
    /// A record edited or removed, or an earlier write taken back (`undo`): what it was, in words.
    case changed(ChangeSummary, undo: Bool)
    /// Refused or failed: nothing was written. `problems` are the reasons, one per line.
    case refused(problems: [String])
}
