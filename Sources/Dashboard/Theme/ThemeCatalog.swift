/// The themes on offer: theme files found in an ordered list of folders, plus the built-in default.

/// Theme files in an ordered list of folders; for a name, the first folder wins.
///
/// The built-in default is always on offer as `default`, unless a folder holds a
/// `default.theme`, which then takes its place. Nothing is cached: every call looks at the
/// folders as they are now, so a theme edited while the dashboard runs is seen on the next
/// request.
public struct ThemeCatalog: Sendable, Hashable {
    /// The names cycled first by F2, in this order, when they exist; other themes follow
    /// alphabetically.
    public static let preferredOrder = ["default", "light", "projector", "mono", "festive"]

    /// The folders searched, in order.
    public var folders: [ThemeFolder]
    /// The folder relative paths are read against, and shortened to in messages.
    public var currentDirectory: String

    /// A catalog over `folders`, searched in order; relative paths are taken from
    /// `currentDirectory`. A folder that does not exist simply offers no themes.
    public init(folders: [ThemeFolder], currentDirectory: String) {
        self.currentDirectory = currentDirectory
        self.folders = folders.map {
            ThemeFolder(path: ThemeFiles.absolute($0.path, base: currentDirectory), origin: $0.origin)
        }
    }

    /// Every theme on offer: folder by folder, alphabetically within a folder, a name taken
    /// only from the first folder that has it; then the built-in default if no file is
    /// named `default`.
    public func entries() -> [ThemeEntry] {
        var seen: Set<String> = []
        var found: [ThemeEntry] = []
        for folder in folders {
            for file in ThemeFiles.list(folder.path) where seen.insert(file.name).inserted {
                found.append(ThemeEntry(name: file.name, path: file.path, folder: folder))
            }
        }
        if !seen.contains(Theme.builtinDefault.name) {
            found.append(ThemeEntry(name: Theme.builtinDefault.name, path: nil, folder: nil))
        }
        return found
    }

    /// Every theme file in every folder, in search order, including files hidden by a file
    /// of the same name in an earlier folder.
    public func files() -> [String] {
        folders.flatMap { ThemeFiles.list($0.path).map(\.path) }
    }

    /// The problems in every theme file found (see `files()`); empty when all are good.
    public func check() -> [ThemeProblem] {
        files().flatMap { path -> [ThemeProblem] in
            let shown = ThemeFiles.display(path, base: currentDirectory)
            switch ThemeFiles.read(path) {
            case .success(let text):
                let name = String(path.split(separator: "/").last ?? "").dropLast(ThemeFiles.suffix.count)
                return ThemeParser.parse(text: text, name: String(name), file: shown).1
            case .failure(let failure):
                return [ThemeProblem(file: shown, line: nil, message: failure.reason)]
            }
        }
    }

    /// The theme names in the order F2 cycles through them: `preferredOrder` first (those
    /// on offer), then the others alphabetically.
    public func cycleOrder() -> [String] {
        Self.ordered(entries().map(\.name))
    }

    /// `names` with `preferredOrder` first, then the rest alphabetically, each once.
    static func ordered(_ names: [String]) -> [String] {
        let unique = Set(names)
        let preferred = preferredOrder.filter(unique.contains)
        return preferred + unique.subtracting(preferred).sorted()
    }
}
