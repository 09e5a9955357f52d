/// One cell of a list being imported, as the file holds it: text, bytes in an encoding still to be found, a number, a date or a truth value.

/// A cell before its column's encoding is known. Text from an `.xlsx` or a Unicode text file is
/// `text` (it may still be TCVN3 or VNI typed through an old font: see `ColumnEncoding`); a cell
/// of a text file that is not UTF-8 is `bytes`, decoded once its column's encoding is guessed.
public enum ImportCell: Equatable, Sendable {
    case empty
    case text(String)
    case bytes([UInt8])
    /// A number; `isDate` when the cell's style shows it as a date (an Excel serial day).
    case number(Double, isDate: Bool)
    case bool(Bool)

    public var isEmpty: Bool {
        switch self {
        case .empty: return true
        case .text(let t): return t.allSatisfy(\.isWhitespace)
        case .bytes(let b): return b.allSatisfy { $0 == 0x20 || $0 == 0x09 }
        default: return false
        }
    }
}
