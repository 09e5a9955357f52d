/// Turning a `--theme` argument into a theme: by name from the catalog, or by path.

extension ThemeCatalog {
    /// The theme for `nameOrPath`, never failing silently.
    ///
    /// An argument containing "/" or ending in ".theme" is a file path (relative to the
    /// current directory); anything else is a theme name. An unknown name or a file that
    /// cannot be read gives the built-in default and a problem naming what was asked and the
    /// themes available. A file with bad lines gives its theme with the good lines applied,
    /// and a problem for each bad line.
    public func resolve(_ nameOrPath: String) -> ThemeResolution {
        let offered = entries()
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(ThemeFiles.suffix) {
            let path = ThemeFiles.absolute(nameOrPath, base: currentDirectory)
            let fileName = String(path.split(separator: "/").last ?? "")
            let name = fileName.hasSuffix(ThemeFiles.suffix) ? String(fileName.dropLast(ThemeFiles.suffix.count)) : fileName
            var hint = ""
            if !nameOrPath.contains("/"), offered.contains(where: { $0.name == name }) {
                hint = " (for the theme named \"\(name)\", give the name without \".theme\")"
            }
            return load(path: path, shown: nameOrPath, name: name, offered: offered, hint: hint)
        }
        let match = offered.first { $0.name == nameOrPath }
            ?? offered.first { $0.name.lowercased() == nameOrPath.lowercased() }
        guard let entry = match else {
            let hint = Suggestion.hint(for: nameOrPath, among: offered.map(\.name))
            let message = "no theme named \"\(nameOrPath)\"\(hint); using the built-in default. \(available(offered))"
            return ThemeResolution(theme: .builtinDefault, problems: [ThemeProblem(file: "", line: nil, message: message)])
        }
        guard let path = entry.path else { return ThemeResolution(theme: .builtinDefault, problems: []) }
        return load(path: path, shown: ThemeFiles.display(path, base: currentDirectory), name: entry.name, offered: offered, hint: "")
    }

    /// The theme in the file at `path`, named `name`; `shown` is the path as messages give it.
    private func load(path: String, shown: String, name: String, offered: [ThemeEntry], hint: String) -> ThemeResolution {
        switch ThemeFiles.read(path) {
        case .success(let text):
            var (theme, problems) = ThemeParser.parse(text: text, name: name, file: shown)
            theme.source = .file(path)
            return ThemeResolution(theme: theme, problems: problems)
        case .failure(let failure):
            let message = "\(failure.reason)\(hint); using the built-in default. \(available(offered))"
            return ThemeResolution(theme: .builtinDefault, problems: [ThemeProblem(file: shown, line: nil, message: message)])
        }
    }

    /// "Themes available: default, light, …", in cycling order.
    private func available(_ offered: [ThemeEntry]) -> String {
        "Themes available: " + Self.ordered(offered.map(\.name)).joined(separator: ", ")
    }
}
