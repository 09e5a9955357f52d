/// Everything the screen shows that is not store data: the pane, overlays, the theme's name.

import VietText
public struct AppState: Hashable, Sendable {
    public var pane: Pane
    public var showingHelp: Bool
    public var language: Language
    /// Draw with ASCII only (`--ascii`): box lines, bars and big digits.
    public var ascii: Bool
    /// The name of the theme in use, and what went wrong loading the one asked for.
    public var themeName: String
    public var themeProblems: [ThemeProblem]
    /// Where the data comes from, as shown in the status line.
    public var storeLabel: String

    public init(
        pane: Pane = .overview, showingHelp: Bool = false, language: Language = .vi, ascii: Bool = false,
        themeName: String = "default", themeProblems: [ThemeProblem] = [], storeLabel: String = ""
    ) {
        self.pane = pane
        self.showingHelp = showingHelp
        self.language = language
        self.ascii = ascii
        self.themeName = themeName
        self.themeProblems = themeProblems
        self.storeLabel = storeLabel
    }
}
