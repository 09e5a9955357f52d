/// A theme: a name, where it came from, and one style per role.

import Canvas

/// Where a theme was read from.
public enum ThemeSource: Sendable, Hashable {
    /// The default compiled into the program.
    case builtin
    /// A theme file, by the path it was read from.
    case file(String)
}

/// A style for every role.
///
/// `theme[.text]` is the resolved style: the role's own style, with a `.default` background
/// replaced by the background role's background, so text drawn over a filled pane leaves no
/// holes. `theme[declared: .text]` is the style exactly as the theme file gave it.
public struct Theme: Sendable, Hashable {
    public var name: String
    public var source: ThemeSource
    /// Always holds every role.
    private var declared: [Role: Style]

    /// A theme with `styles`; a role missing from `styles` takes the built-in default's style.
    public init(name: String, source: ThemeSource, styles: [Role: Style]) {
        self.init(name: name, source: source, complete: styles.merging(Theme.builtinDefault.declared) { own, _ in own })
    }

    /// A theme from a table that already holds every role.
    init(name: String, source: ThemeSource, complete: [Role: Style]) {
        precondition(Role.allCases.allSatisfy { complete[$0] != nil }, "a theme needs a style for every role")
        self.name = name
        self.source = source
        self.declared = complete
    }

    /// The resolved style of `role`: its own, over the background role's background.
    public subscript(role: Role) -> Style {
        self[declared: role].over(self[declared: .background])
    }

    /// The style of `role` as declared, before the background is filled in.
    public subscript(declared role: Role) -> Style {
        get { declared[role] ?? .plain }
        set { declared[role] = newValue }
    }

    /// The first role, in declaration order, whose resolved style is exactly `style`.
    ///
    /// Roles whose resolved styles coincide (in `mono`, text and background) give the first;
    /// a style changed after it came from the theme, such as `theme[.text].adding(.bold)`,
    /// may match another role or none.
    public func role(of style: Style) -> Role? {
        Role.allCases.first { self[$0] == style }
    }
}
