/// What every part of the screen needs to draw itself: the theme, the language, ASCII mode.

import Canvas
import VietText

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

    /// Marks a warning badge.
    public var warningSign: String { ascii ? "!" : "⚠" }
    /// Separates short facts on one line.
    public var separator: String { ascii ? "-" : "·" }
    /// Joins the two ends of a range (of dates, of keys).
    public var rangeDash: String { ascii ? "-" : "–" }
    /// Ends text cut to fit.
    public var ellipsis: String { ascii ? "~" : "…" }
    /// Starts an item of a list.
    public var bullet: String { ascii ? "*" : "•" }

    /// `text` cut to `width` columns with this context's ellipsis.
    public func fit(_ text: String, _ width: Int) -> String { text.truncated(toWidth: width, ellipsis: ellipsis) }
}
