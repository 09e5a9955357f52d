/// A form being filled in: its fields, which one has the keyboard, and how keys move through it.

import Canvas
import VietText

/// What a key did to a form, for the pane that owns it.
public enum FormEvent: Hashable, Sendable {
    /// Nothing the pane needs to act on (focus moved, a suggestion was highlighted).
    case none
    /// The value of the field with this id changed: validate it, refresh its suggestions.
    case edited(String)
    /// Enter: the clerk wants it written. The pane validates everything and writes, or marks errors.
    case submit
    /// Enter on the confirmation question: write despite the warning.
    case confirmed
    /// Esc: close the form; nothing is written.
    case cancel
}

public struct FormState: Hashable, Sendable {
    public var title: Words
    public var fields: [FormField]
    /// The field with the keyboard.
    public var focus: Int
    /// The highlighted suggestion of the focused field, when ↓ went into them.
    public var suggestionIndex: Int?
    /// A problem with the whole form (a write the store refused), shown at its foot.
    public var message: String?
    /// A question that must be answered before writing (a probable double entry): Enter writes,
    /// Esc goes back to the form.
    public var confirmation: String?
    /// What a finished form says before it closes (where a new store is, how to open it); any key
    /// closes it.
    public var done: String?
    /// Lines the form works out as it is filled in (a running total, the result it would get),
    /// shown at its foot above the keys.
    public var summary: [FormLine] = []
    /// What Enter does, named at the form's foot ("ghi"; the import form's "xem trước").
    public var submitWords = Words("ghi", "write")

    public init(title: Words, fields: [FormField]) {
        self.title = title
        self.fields = fields
        self.focus = 0
    }

    public func field(_ id: String) -> FormField? { fields.first { $0.id == id } }

    /// The value of the field `id` ("" when there is no such field).
    public func value(_ id: String) -> String { field(id)?.value ?? "" }

    /// Changes the field `id` in place.
    public mutating func update(_ id: String, _ change: (inout FormField) -> Void) {
        guard let i = fields.firstIndex(where: { $0.id == id }) else { return }
        change(&fields[i])
    }

    /// True when no field has an error.
    public var isValid: Bool { fields.allSatisfy { $0.error == nil } }

    /// Moves the keyboard to the first field with an error.
    public mutating func focusFirstError() {
        if let i = fields.firstIndex(where: { $0.error != nil }) {
            focus = i
            suggestionIndex = nil
        }
    }

    /// The form's keys: Tab/↓ and Shift-Tab/↑ move between fields (↓ first walks through the
    /// suggestions), Enter takes a highlighted suggestion or submits, Esc cancels, ←/→ choose in a
    /// list field, everything else edits the focused text field.
    public mutating func handle(_ key: Key) -> FormEvent {
        if confirmation != nil {
            switch key {
            case .enter: return .confirmed
            case .escape:
                confirmation = nil
                return .none
            default: return .none
            }
        }
        guard fields.indices.contains(focus) else { return key == .escape ? .cancel : .none }
        let field = fields[focus]
        switch key {
        case .escape:
            if suggestionIndex != nil {
                suggestionIndex = nil
                return .none
            }
            return .cancel
        case .enter:
            if let s = suggestionIndex, field.suggestions.indices.contains(s) {
                fields[focus].input.set(field.suggestions[s])
                suggestionIndex = nil
                return .edited(field.id)
            }
            return .submit
        case .tab:
            moveFocus(by: 1)
            return .none
        case .backTab:
            moveFocus(by: -1)
            return .none
        case .down:
            let count = min(field.suggestions.count, FormView.maximumSuggestions)
            if count > 0, (suggestionIndex ?? -1) + 1 < count {
                suggestionIndex = (suggestionIndex ?? -1) + 1
            } else {
                moveFocus(by: 1)
            }
            return .none
        case .up:
            if let s = suggestionIndex {
                suggestionIndex = s > 0 ? s - 1 : nil
            } else {
                moveFocus(by: -1)
            }
            return .none
        default:
            break
        }
        if field.isLocked { return .none }
        switch field.kind {
        case .choice(let choices):
            guard !choices.isEmpty else { return .none }
            switch key {
            case .left: fields[focus].choiceIndex = (field.choiceIndex + choices.count - 1) % choices.count
            case .right, .character(" "): fields[focus].choiceIndex = (field.choiceIndex + 1) % choices.count
            case .character(let c):
                // The next choice whose label starts with the letter typed, accents aside.
                let wanted = VietText.searchKey(String(c))
                let order = (1...choices.count).map { (field.choiceIndex + $0) % choices.count }
                guard let i = order.first(where: { VietText.searchKey(choices[$0].label).hasPrefix(wanted) }) else { return .none }
                fields[focus].choiceIndex = i
            default: return .none
            }
            return .edited(field.id)
        case .text:
            let before = field.input
            guard fields[focus].input.handle(key) else { return .none }
            if fields[focus].input.characters != before.characters {
                suggestionIndex = nil
                return .edited(field.id)
            }
            return .none
        }
    }

    /// The next field in that direction that takes keys (a locked field is passed over).
    private mutating func moveFocus(by delta: Int) {
        guard !fields.isEmpty else { return }
        var next = focus
        for _ in fields.indices {
            next = (next + delta + fields.count) % fields.count
            if !fields[next].isLocked { break }
        }
        focus = next
        suggestionIndex = nil
    }
}

/// A line a form shows at its foot, with the role it is drawn in.
public struct FormLine: Hashable, Sendable {
    public var text: String
    public var role: Role

    public init(_ text: String, _ role: Role) {
        self.text = text
        self.role = role
    }
}
