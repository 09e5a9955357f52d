/// Why a store cannot be opened at all: the folder or a file is missing or unreadable.

/// A failure to open the store, as opposed to a `StoreProblem` inside it.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    case folderNotFound(path: String)
    case notAFolder(path: String)
    case unreadable(path: String, reason: String)
    /// A FIFO, a device or a folder where a store file should be: never read, since reading it
    /// would wait for ever (a FIFO) or never end (/dev/zero).
    case notRegularFile(path: String)

    /// One line, for the terminal.
    public var description: String {
        switch self {
        case .folderNotFound(let path):
            return "store folder not found: \(path)"
        case .notAFolder(let path):
            return "not a folder: \(path) (the store is a folder of .rec files)"
        case .unreadable(let path, let reason):
            return "cannot read \(path): \(reason)"
        case .notRegularFile(let path):
            return "\(path) is not a regular file (a FIFO, a device or a folder); a store file must be "
                + "a plain file, or a link to one: it was not read"
        }
    }
}
