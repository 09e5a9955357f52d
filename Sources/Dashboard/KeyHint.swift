/// A key as the hint bar and the help name it, for keys that belong to one pane.

import VietText

/// A pane's key, described for people: the label ("Space"), what it does in the help, and a
/// short hint for the bottom row. The pane that lists it is also the one that handles it.
public struct KeyHint: Sendable {
    public let keyLabel: String
    public let asciiKeyLabel: String
    public let help: (vi: String, en: String)
    /// Nil keeps the key out of the hint bar (it is still in the help).
    public let hint: (vi: String, en: String)?
    /// Kept on the hint bar however narrow the screen (help and quit): the way out is never hidden.
    public let isEssential: Bool

    public init(_ keyLabel: String, ascii: String? = nil, help: (vi: String, en: String), hint: (vi: String, en: String)? = nil,
                isEssential: Bool = false) {
        self.keyLabel = keyLabel
        self.asciiKeyLabel = ascii ?? keyLabel
        self.help = help
        self.hint = hint
        self.isEssential = isEssential
    }

    public func label(ascii: Bool) -> String { ascii ? asciiKeyLabel : keyLabel }
    public func helpText(_ language: Language) -> String { language.pick(help.vi, help.en) }
    public func hintText(_ language: Language) -> String? { hint.map { language.pick($0.vi, $0.en) } }
}
