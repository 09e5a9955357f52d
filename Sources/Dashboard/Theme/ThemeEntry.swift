/// What the theme catalog reports: the folders it searches, the themes found, a resolved request.

/// A folder searched for `NAME.theme` files, and why it is searched.
public struct ThemeFolder: Sendable, Hashable {
    /// Why a folder is on the search list.
    public enum Origin: String, Sendable, Hashable {
        /// Named by `$HOCTAP_THEMES`.
        case environment = "$HOCTAP_THEMES"
        /// `themes/` in the current directory.
        case currentDirectory = "./themes"
        /// The `themes/` folder of the source package this program was built from.
        case package = "package"
        /// `share/hoctap/themes` beside an installed program.
        case installed = "installed"
        /// Passed in directly.
        case given = "given"
    }

    public var path: String
    public var origin: Origin

    public init(path: String, origin: Origin) {
        self.path = path
        self.origin = origin
    }
}

/// One theme the catalog can offer.
public struct ThemeEntry: Sendable, Hashable {
    /// The name to ask for: the file name without `.theme`, or `default` for the built-in one.
    public var name: String
    /// The theme file, or nil for the built-in default.
    public var path: String?
    /// The folder the file was found in, or nil for the built-in default.
    public var folder: ThemeFolder?

    public init(name: String, path: String?, folder: ThemeFolder?) {
        self.name = name
        self.path = path
        self.folder = folder
    }
}

/// The theme to use for a request, and what went wrong finding or reading it.
///
/// When `problems` is not empty the dashboard must show them: the theme is then either the
/// built-in default (nothing usable was found) or a file's theme with its bad lines left out.
public struct ThemeResolution: Sendable, Hashable {
    public var theme: Theme
    public var problems: [ThemeProblem]

    public init(theme: Theme, problems: [ThemeProblem]) {
        self.theme = theme
        self.problems = problems
    }
}
