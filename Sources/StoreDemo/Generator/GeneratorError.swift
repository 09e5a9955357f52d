/// Why a generated store or a new store folder could not be written.

import Store

/// A failure to write a store, with the path and the system's reason.
public enum GeneratorError: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
        }
    }
}
