/// Why a record could not be written, worded so that a clerk knows what to do next.

/// A failure of the store's writer. Every case says which file, what failed and in what state
/// the store was left.
public enum RecWriterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A field name that a recfile cannot hold (names are `[A-Za-z%][A-Za-z0-9_]*`).
    case badFieldName(String)
    /// A value that a recfile cannot hold as given; `reason` says why.
    case unwritableValue(field: String, reason: String)
    /// A record with no field at all.
    case emptyRecord
    /// A store file must be a plain name inside the store folder, such as `awards.rec`.
    case badFileName(String)
    /// Another writer held the store's lock for longer than the caller was willing to wait;
    /// `waiting` other writers were waiting for it too (see `StoreLockQueue`).
    case lockTimeout(lockFile: String, seconds: Double, waiting: Int = 0)
    /// A file the writer will not write through: see `UnsafeFile`.
    case unsafeFile(path: String, reason: UnsafeFile)
    /// A system call failed. `step` names it (such as "write" or "fsync"); `code` is the errno.
    /// `unchanged` is true when the file is known to be exactly as it was before the attempt.
    case failed(path: String, step: String, code: Int32, unchanged: Bool)

    /// One line, for the terminal.
    public var description: String {
        switch self {
        case .badFieldName(let name):
            return "\"\(name)\" cannot be a field name: field names use only the letters a-z and A-Z, "
                + "digits and \"_\", and start with a letter; nothing was written"
        case .unwritableValue(let field, let reason):
            return "\(field): \(reason); nothing was written"
        case .emptyRecord:
            return "a record needs at least one field; nothing was written"
        case .badFileName(let name):
            return "\"\(name)\" is not a store file name (expected a plain name such as awards.rec); nothing was written"
        case .lockTimeout(let lockFile, let seconds, let waiting):
            let queue = waiting == 0 ? "" : waiting == 1 ? ", and 1 other is waiting its turn" : ", and \(waiting) others are waiting their turn"
            return "the store is busy: another program has held \(lockFile) for more than "
                + "\(Self.format(seconds)) s\(queue); nothing was written. Try again, or close the other programs writing to this store"
        case .unsafeFile(let path, let reason):
            let isLock = path.hasSuffix("/" + StoreLock.fileName) || path == StoreLock.fileName
            return "\(path) \(reason.sentence(forLockFile: isLock)); nothing was written"
        case .failed(let path, let step, let code, let unchanged):
            let outcome = unchanged
                ? "nothing was written, the file is as it was"
                : "the file may have been changed; run \"hoctap check\" before going on"
            return "cannot write \(path): \(step) failed: \(SystemCalls.errorText(code)) (errno \(code)); \(outcome)"
        }
    }

    /// Why a store file or the lock file is refused for writing.
    public enum UnsafeFile: Sendable, Equatable {
        /// A symbolic link: writing would change, or replace, a file outside the store.
        case symbolicLink
        /// Not a regular file (a folder, a FIFO, a device).
        case notRegular
        /// Nobody may write it (no write permission bit): read-only on purpose.
        case readOnly
        /// The lock file belongs to another user than the store's owner.
        case foreignOwner

        package func sentence(forLockFile isLock: Bool) -> String {
            switch self {
            case .symbolicLink where isLock:
                return "is a symbolic link, not the store's own lock file (remove it; hoctap makes a new one)"
            case .symbolicLink:
                return "is a symbolic link; hoctap writes only the store's own files "
                    + "(replace the link by the file it points to)"
            case .notRegular where isLock:
                return "is not a regular file, so it cannot be the store's lock file (remove it; hoctap makes a new one)"
            case .notRegular: return "is not a regular file"
            case .readOnly: return "is read-only (give it write permission to change it)"
            case .foreignOwner: return "belongs to another user than the store's owner (remove it; hoctap makes a new one)"
            }
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
