/// Spreadsheet places: a cell reference such as "B12" and a range such as "A1:C2", counted from 0.

/// A block of cells from (`firstRow`, `firstColumn`) to (`lastRow`, `lastColumn`), counted from 0.
public struct CellRange: Equatable, Sendable {
    public var firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int

    public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.firstRow = firstRow
        self.firstColumn = firstColumn
        self.lastRow = lastRow
        self.lastColumn = lastColumn
    }

    /// "A1:C2" → the range; nil for text that is not one.
    public init?(reference: String) {
        let parts = reference.split(separator: ":")
        guard let first = parts.first.flatMap({ CellReference(String($0)) }) else { return nil }
        let last = parts.count > 1 ? CellReference(String(parts[1])) : first
        guard let last else { return nil }
        self.init(firstRow: first.row, firstColumn: first.column, lastRow: last.row, lastColumn: last.column)
    }
}

/// A spreadsheet reference such as "B12": column and row counted from 0.
public struct CellReference: Equatable, Sendable {
    public var column: Int
    public var row: Int

    public init?(_ text: String) {
        self.init(bytes: text.utf8)
    }

    /// The reference spelled by `bytes` (ASCII), as `init(_:)` reads text.
    public init?<Bytes: Sequence<UInt8>>(bytes: Bytes) {
        var column = 0, row = 0, letters = 0, digits = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            case UInt8(ascii: "$"):
                continue
            default:
                return nil
            }
        }
        guard letters > 0, letters <= 3, digits > 0, row > 0 else { return nil }
        self.column = column - 1
        self.row = row - 1
    }

    /// The column's letters: 0 → "A", 27 → "AB".
    public static func letters(_ column: Int) -> String {
        var n = column + 1
        var out = ""
        while n > 0 {
            let r = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(65 + r))) + out
            n = (n - 1) / 26
        }
        return out
    }

    /// The column of letters alone ("C" → 2); nil for anything else.
    public static func column(ofLetters text: String) -> Int? {
        guard !text.isEmpty, text.count <= 3, text.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return CellReference(text + "1")?.column
    }
}
