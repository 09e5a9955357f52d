/// What every part of the screen needs to draw itself: the theme, the language, ASCII mode, the mode.

import Canvas
import VietText

public struct RenderContext: Sendable {
    public var theme: Theme
    public var language: Language
    public var ascii: Bool
    /// Presentation mode: private fields never drawn, no forms.
    public var presenting: Bool
    /// On the projector, people's names as "Hiền N.T.T." (`--names short`) rather than whole.
    public var shortNames = false
    /// Forms and writing keys are offered (a writable store, not presenting).
    public var mayEdit: Bool
    /// The wall clock of this frame.
    public var now: Moment
    /// Records that just arrived, to highlight.
    public var fresh: FreshItems

    public init(theme: Theme, language: Language, ascii: Bool, presenting: Bool = false, mayEdit: Bool = false,
                now: Moment = .reference, fresh: FreshItems = FreshItems()) {
        self.theme = theme
        self.language = language
        self.ascii = ascii
        self.presenting = presenting
        self.mayEdit = mayEdit
        self.now = now
        self.fresh = fresh
    }

    /// The context for a frame of `state`.
    public init(theme: Theme, state: AppState) {
        self.init(theme: theme, language: state.language, ascii: state.ascii, presenting: state.presentation.isOn,
                  mayEdit: state.mayEdit, now: state.now, fresh: state.fresh)
        shortNames = state.presentation.shortNames
    }

    /// The style of a theme role.
    public subscript(role: Role) -> Style { theme[role] }

    /// Vietnamese or English interface text.
    public func text(_ vi: String, _ en: String) -> String { language.pick(vi, en) }

    /// A person's name as this screen may show it: whole, as names are read out in the hall; on
    /// the projector with `--names short`, "Hiền N.T.T.".
    public func person(_ name: String) -> String { presenting && shortNames ? VietText.shortName(name) : name }

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
    /// Up and down against a previous value.
    public var upArrow: String { ascii ? "^" : "▲" }
    public var downArrow: String { ascii ? "v" : "▼" }
    /// Marks the selected row of a list.
    public var pointer: String { ascii ? ">" : "▸" }

    /// `text` cut to `width` columns with this context's ellipsis.
    public func fit(_ text: String, _ width: Int) -> String { text.truncated(toWidth: width, ellipsis: ellipsis) }
}
