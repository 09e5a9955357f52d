/// Everything the screen shows that is not store data: the pane, overlays, modes, each pane's cursor.

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
    /// True when the store may be written (not the built-in demo, not a `--present` viewer).
    public var canWrite: Bool

    /// The wall clock, set by the run loop at each tick; fixed in tests.
    public var now: Moment
    /// When the store's data last changed on screen ("cập nhật lúc …").
    public var dataChangedAt: Moment?
    /// Records that just arrived, highlighted for a few seconds.
    public var fresh: FreshItems
    /// A message after a write, on the status line for a few seconds.
    public var notice: Notice?
    /// A write waiting for another program's lock; the status line says so while it waits.
    public var writeWait: WriteWait?
    /// On the projector, when `q` was pressed once: a second press within `quitWindow` seconds
    /// quits; any other key forgets it (a stray `q` on the hall's keyboard ends nothing).
    public var quitAskedAt: Moment?
    public static let quitWindow = 5

    public var presentation: PresentationState
    /// The list of the store's problems over the pane (`!`).
    public var problemList = ProblemListState()
    /// The import dialog (a file, its preview, the write), over the classes or awards pane.
    public var importer: ImportDialog?
    var overview = OverviewState()
    public var indicators: IndicatorsState
    public var classes: ClassesState
    public var awards: AwardsState

    public init(
        pane: Pane = .overview, showingHelp: Bool = false, language: Language = .vi, ascii: Bool = false,
        themeName: String = "default", themeProblems: [ThemeProblem] = [], storeLabel: String = "",
        canWrite: Bool = false, now: Moment = .reference, presentation: PresentationState = PresentationState()
    ) {
        self.pane = pane
        self.showingHelp = showingHelp
        self.language = language
        self.ascii = ascii
        self.themeName = themeName
        self.themeProblems = themeProblems
        self.storeLabel = storeLabel
        self.canWrite = canWrite
        self.now = now
        self.dataChangedAt = nil
        self.fresh = FreshItems()
        self.notice = nil
        self.writeWait = nil
        self.presentation = presentation
        self.indicators = IndicatorsState()
        self.classes = ClassesState()
        self.awards = AwardsState()
    }

    /// Whether forms and writes are offered: a writable store, outside presentation mode.
    public var mayEdit: Bool { canWrite && !presentation.isOn }
}
