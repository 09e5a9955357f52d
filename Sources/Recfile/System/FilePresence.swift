/// Whether a file is in its place, missing, or a symbolic link that leads nowhere.

import Foundation

/// What is at a path, told apart with lstat(2) and stat(2): a link whose target is gone is not a
/// missing file (someone put it there), and a loop of links is neither.
package enum FilePresence: Equatable, Sendable {
    /// Something that stat(2) reaches (the reader decides whether it is a regular file).
    case present
    /// Nothing at all under that name.
    case missing
    /// A symbolic link to `target`, which does not exist.
    case danglingLink(target: String)
    /// A symbolic link that leads back to itself, or through too many links.
    case linkLoop

    /// What is at `path` now.
    package static func of(_ path: String) -> FilePresence {
        var info = stat()
        if stat(path, &info) == 0 { return .present }
        let reason = errno
        guard lstat(path, &info) == 0 else { return .missing }
        if reason == ELOOP { return .linkLoop }
        let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
        return .danglingLink(target: target)
    }

    /// Why a store file in this state cannot be read, as a sentence; nil when present or missing.
    package var problem: String? {
        switch self {
        case .present, .missing: nil
        case .danglingLink(let target):
            "is a symbolic link to \"\(target)\", which does not exist; its records cannot be read"
        case .linkLoop:
            "is a symbolic link that leads back to itself (a loop of links); its records cannot be read"
        }
    }
}
