/// What every part of the screen needs to draw itself: the theme, the language, ASCII mode.

import Canvas

public struct RenderContext: Sendable {
    public var theme: Theme
    public var language: Language
    public var ascii: Bool

    public init(theme: Theme, language: Language, ascii: Bool) {
        self.theme = theme
        self.language = language
        self.ascii = ascii
    }

    /// The style of a theme role.
    public subscript(role: Role) -> Style { theme[role] }

    /// Vietnamese or English interface text.
    public func text(_ vi: String, _ en: String) -> String { language.pick(vi, en) }

    /// The border for boxes: ASCII when asked, rounded corners otherwise.
    public var border: Border { ascii ? .ascii : .rounded }
}
