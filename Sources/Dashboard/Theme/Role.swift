/// The roles a theme gives a style to: what a piece of the screen means, not which widget draws it.

/// A meaning on the screen. Panes ask the theme for a role; a theme file sets one role per line.
///
/// The raw value is the name written in theme files. `letter` stands for the role in the
/// style layer of snapshot tests, one distinct character per role.
public enum Role: String, CaseIterable, Sendable {
    /// The fill behind everything; its background shows through every other role.
    case background
    /// Ordinary text.
    case text
    /// Secondary text: labels, units, hints.
    case muted
    /// Pane and section titles.
    case title
    /// Highlights inside text: key names, links, the current value.
    case accent
    /// Frames and separators.
    case border
    /// What has the keyboard: the focused pane's tab, the active field.
    case focus
    /// The highlighted row of a list.
    case selected
    /// A target met, a state that is fine.
    case good
    /// Something that needs attention soon.
    case warn
    /// An error or a missed target.
    case bad
    /// The filled part of a bar.
    case bar
    /// The empty part of a bar.
    case barEmpty = "bar-empty"
    /// Large figures.
    case digits
    /// Small labels that must be noticed, such as a data error.
    case badge

    /// The character that stands for this role in a snapshot's style layer.
    public var letter: Character {
        switch self {
        case .background: "."
        case .text: "t"
        case .muted: "m"
        case .title: "T"
        case .accent: "a"
        case .border: "b"
        case .focus: "f"
        case .selected: "s"
        case .good: "g"
        case .warn: "w"
        case .bad: "x"
        case .bar: "="
        case .barEmpty: "-"
        case .digits: "d"
        case .badge: "!"
        }
    }
}
