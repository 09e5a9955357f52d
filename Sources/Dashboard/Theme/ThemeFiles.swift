/// The file system as the theme catalog sees it: folders of `.theme` files, and reading one.

import Foundation

enum ThemeFiles {
    static let suffix = ".theme"

    /// Whether `path` is an existing folder.
    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The theme files directly inside `folder`, as (name, path), sorted by name.
    static func list(_ folder: String) -> [(name: String, path: String)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names
            .filter { $0.hasSuffix(suffix) && $0.count > suffix.count && !$0.hasPrefix(".") }
            .sorted()
            .map { (name: String($0.dropLast(suffix.count)), path: join(folder, $0)) }
            .filter { !isFolder($0.path) }
    }

    /// The text of the file at `path`, or a sentence saying why it cannot be read.
    static func read(_ path: String) -> Result<String, ReadFailure> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(ReadFailure(reason: "no such file"))
        }
        if isDirectory.boolValue { return .failure(ReadFailure(reason: "this is a folder, not a theme file")) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(ReadFailure(reason: "the file cannot be read (check its permissions)"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(ReadFailure(reason: "the file is not UTF-8 text"))
        }
        return .success(text)
    }

    /// Why a file could not be read.
    struct ReadFailure: Error {
        var reason: String
    }

    /// `name` inside `folder`.
    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// `path` made absolute against `base` and tidied (`.` and `..` removed).
    static func absolute(_ path: String, base: String) -> String {
        let full = path.hasPrefix("/") ? path : join(base, path)
        return URL(fileURLWithPath: full).standardizedFileURL.path
    }

    /// `path` relative to `base` when it lies inside it, for shorter messages; else as is.
    static func display(_ path: String, base: String) -> String {
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return path.hasPrefix(prefix) && path.count > prefix.count ? String(path.dropFirst(prefix.count)) : path
    }
}
