/// Where hoctap looks for themes: `$HOCTAP_THEMES`, `./themes`, the package's own, the installed ones.

import Foundation

extension ThemeCatalog {
    /// The catalog hoctap uses. Folders, in order, those that exist:
    ///
    /// 1. `$HOCTAP_THEMES`, if set;
    /// 2. `themes/` in `currentDirectory`;
    /// 3. the `themes/` folder of the package this program was built from, found from this
    ///    source file's path at compile time, so `swift run hoctap` finds the shipped themes
    ///    from any directory;
    /// 4. `<executable's folder>/../share/hoctap/themes`, for an installed copy.
    ///
    /// The same folder reached two ways is searched once.
    public static func standard(environment: [String: String], currentDirectory: String, executablePath: String?) -> ThemeCatalog {
        var candidates: [ThemeFolder] = []
        if let folder = environment["HOCTAP_THEMES"], !folder.isEmpty {
            candidates.append(ThemeFolder(path: folder, origin: .environment))
        }
        candidates.append(ThemeFolder(path: "themes", origin: .currentDirectory))
        if let folder = packageThemesFolder() {
            candidates.append(ThemeFolder(path: folder, origin: .package))
        }
        if let executable = executablePath {
            let bin = URL(fileURLWithPath: ThemeFiles.absolute(executable, base: currentDirectory)).deletingLastPathComponent().path
            candidates.append(ThemeFolder(path: ThemeFiles.join(bin, "../share/hoctap/themes"), origin: .installed))
        }
        var seen: Set<String> = []
        let folders = ThemeCatalog(folders: candidates, currentDirectory: currentDirectory).folders.filter { folder in
            ThemeFiles.isFolder(folder.path)
                && seen.insert(URL(fileURLWithPath: folder.path).resolvingSymlinksInPath().path).inserted
        }
        return ThemeCatalog(folders: folders, currentDirectory: currentDirectory)
    }

    /// `themes/` beside the `Package.swift` above this source file, if that folder exists.
    static func packageThemesFolder() -> String? {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" && !folder.path.isEmpty {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                let themes = folder.appendingPathComponent("themes").path
                return ThemeFiles.isFolder(themes) ? themes : nil
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }
}
