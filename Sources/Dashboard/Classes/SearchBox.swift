/// A search typed with `/`: the text, whether it is still being typed, and the query it makes.

import Canvas
import VietText

/// The list narrows as the text is typed (accents, tone placement and case aside); Enter keeps
/// the narrowed list and gives back the arrow keys, `n`/`N` step through it, Esc clears it.
public struct SearchBox: Hashable, Sendable {
    public var input = TextInput()
    /// True while keys go to the text.
    public var isEditing = false

    public init() {}

    public var text: String { input.text }
    /// True when the list is narrowed.
    public var isActive: Bool { !input.isEmpty }
    public var query: SearchQuery { SearchQuery(input.text) }

    public mutating func start() {
        isEditing = true
    }

    public mutating func clear() {
        input = TextInput()
        isEditing = false
    }
}
