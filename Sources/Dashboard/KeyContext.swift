/// What a pane needs to know when it handles a key, besides its own state and the data.

import VietText

public struct KeyContext: Sendable {
    /// The wall clock when the key arrived (today's session date, a record's date).
    public var now: Moment
    /// Forms and writing keys are allowed.
    public var mayEdit: Bool
    public var language: Language

    public init(now: Moment = .reference, mayEdit: Bool = true, language: Language = .vi) {
        self.now = now
        self.mayEdit = mayEdit
        self.language = language
    }
}
