/// One field of a form: its label, what was typed or chosen, and what is wrong with it.

import VietText

/// Interface text in both languages.
public struct Words: Hashable, Sendable {
    public var vi: String
    public var en: String
    public init(_ vi: String, _ en: String) {
        self.vi = vi
        self.en = en
    }
    public func text(_ language: Language) -> String { language.pick(vi, en) }
}

public struct FormField: Hashable, Sendable {
    /// A value to pick from a list: what is written, and what the clerk reads. Only the panes'
    /// forms make one, with the memberwise initialiser.
    public struct Choice: Hashable, Sendable {
        public var value: String
        public var label: String
    }

    public enum Kind: Hashable, Sendable {
        /// Typed text, possibly with suggestions from the store under it.
        case text
        /// One of a fixed list, moved through with ←/→ (or the first letter).
        case choice([Choice])
    }

    /// The pane's name for the field (usually the store's field name).
    public var id: String
    public var label: Words
    public var kind: Kind
    public var input: TextInput
    /// The selected choice of a `.choice` field.
    public var choiceIndex: Int
    /// Shown in the field's place when it is empty and not focused ("vd. 200.000 hoặc 200k").
    public var placeholder: Words?
    /// What is wrong with the value, in the interface language, shown under the field.
    public var error: String?
    /// A remark that is not an error (a formatted amount, a probable duplicate), shown under it.
    public var note: String?
    /// What the value means that the clerk should see at once though it may be written (an item
    /// scored under the pass line): the field's label and this line under it stand out.
    public var warning: String?
    /// Values from the store that match what is typed; ↓ walks into them, Enter takes one.
    public var suggestions: [String]
    public var isRequired: Bool
    /// What the value must look like, shown at the form's foot while the field has the keyboard.
    public var help: Words?
    /// Shown but not typed into (the key of a record being edited): the keyboard passes over it.
    public var isLocked = false

    public init(id: String, label: Words, kind: Kind = .text, value: String = "", placeholder: Words? = nil,
                isRequired: Bool = false) {
        self.id = id
        self.label = label
        self.kind = kind
        self.input = TextInput(value)
        self.choiceIndex = 0
        self.placeholder = placeholder
        self.error = nil
        self.note = nil
        self.warning = nil
        self.suggestions = []
        self.isRequired = isRequired
        self.help = nil
        if case .choice(let choices) = kind, let i = choices.firstIndex(where: { $0.value == value }) { choiceIndex = i }
    }

    /// The value as it would be written: the chosen value, or the typed text trimmed.
    public var value: String {
        switch kind {
        case .text: return input.trimmed
        case .choice(let choices): return choices.indices.contains(choiceIndex) ? choices[choiceIndex].value : ""
        }
    }

    /// What the field shows: the typed text, or the chosen choice's label.
    public var shownText: String {
        switch kind {
        case .text: return input.text
        case .choice(let choices): return choices.indices.contains(choiceIndex) ? choices[choiceIndex].label : ""
        }
    }
}
