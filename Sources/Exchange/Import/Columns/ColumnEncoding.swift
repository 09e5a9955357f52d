/// Each column's text decoded in the encoding it was typed in: Unicode, Windows-1258, or TCVN3 and VNI (whether as a text file's bytes or as the Latin letters an old font shows in a spreadsheet cell), guessed column by column.

import Foundation
import VietText

/// Old lists mix encodings by column: a sheet typed in .VnTime (TCVN3) may have a column pasted from
/// a Unicode document; a CSV saved by Excel in Windows-1258 keeps whatever the cells held. So the
/// guess is made per column, over all its cells together (one word alone may read well in two
/// encodings), by the text kit's detector:
/// - cells of a text file that is not UTF-8 are bytes: the column's encoding is the detector's
///   best among Windows-1258, TCVN3 and VNI;
/// - text cells (a workbook, a Unicode text file) typed through an old font hold that font's bytes
///   as Windows-1252 letters ("Hä vµ tªn"): the cells that can be written back to those bytes are
///   tried, and turned into Unicode when TCVN3 or VNI reads them clearly better than the letters
///   as they are (read as Windows-1258, which shares the Latin letters). A column whose text
///   mostly cannot be written back (it holds "ạ", "ệ" …) is Unicode already.
public enum ColumnEncoding {
    /// How much better an old font's reading must score than the letters as they are.
    static let margin = 0.05

    /// The table with every cell decoded, and the encoding found for each column whose text
    /// needed one (columns of ASCII or plain Unicode are not listed). `forced` overrules the guess
    /// for every column (`--encoding`).
    public static func decode(_ table: ImportTable, forced: LegacyEncoding? = nil) -> (ImportTable, [Int: LegacyEncoding]) {
        var out = table
        var found: [Int: LegacyEncoding] = [:]
        for column in 0..<table.width {
            var byteCells: [Int] = []
            var fontCells: [(row: Int, bytes: [UInt8])] = []
            var unicodeCells = 0
            for (r, row) in table.rows.enumerated() where column < row.count {
                switch row[column] {
                case .bytes:
                    byteCells.append(r)
                case .text(let t) where t.utf8.contains { $0 >= 0x80 }:
                    if let bytes = windows1252(t) { fontCells.append((r, bytes)) } else { unicodeCells += 1 }
                default:
                    break
                }
            }
            if !byteCells.isEmpty {
                var joined: [UInt8] = []
                for r in byteCells {
                    if case .bytes(let b) = table.rows[r][column] { joined += b; joined.append(0x0A) }
                }
                let encoding = forced ?? guessBytes(joined)
                if joined.contains(where: { $0 >= 0x80 }) { found[column] = encoding }
                for r in byteCells {
                    if case .bytes(let b) = table.rows[r][column] { out.rows[r][column] = .text(encoding.decode(b)) }
                }
            }
            guard !fontCells.isEmpty else { continue }
            let encoding: LegacyEncoding?
            if let forced {
                encoding = forced == .utf8 ? nil : forced
            } else if unicodeCells > fontCells.count {
                encoding = nil
            } else if fontCells.reduce(0, { $0 + $1.bytes.lazy.filter { $0 >= 0x80 }.count }) < 2 {
                // One accented letter cannot tell: "Mã" in Unicode reads "Mó" in TCVN3, both words.
                encoding = nil
            } else {
                encoding = guessFont(fontCells.flatMap { $0.bytes + [0x0A] })
            }
            guard let encoding else { continue }
            found[column] = encoding
            for cell in fontCells { out.rows[cell.row][column] = .text(encoding.decode(cell.bytes)) }
        }
        return (out, found)
    }

    /// The likeliest one-byte encoding of a column's bytes (UTF-8 when they happen to be it).
    static func guessBytes(_ bytes: [UInt8]) -> LegacyEncoding {
        let guesses = LegacyEncoding.detect(bytes)
        if let utf8 = guesses.first(where: { $0.encoding == .utf8 }), utf8.confidence >= 0.9 { return .utf8 }
        return guesses.first { $0.encoding != .utf8 }?.encoding ?? .cp1258
    }

    /// TCVN3 or VNI when one reads the font bytes clearly better than Windows-1258 does; nil to
    /// keep the text as it is.
    static func guessFont(_ bytes: [UInt8]) -> LegacyEncoding? {
        let guesses = LegacyEncoding.detect(bytes)
        func score(_ e: LegacyEncoding) -> Double { guesses.first { $0.encoding == e }?.confidence ?? 0 }
        let plain = score(.cp1258)
        let best = [LegacyEncoding.tcvn3, .vni].max { score($0) < score($1) } ?? .tcvn3
        return score(best) > plain + margin ? best : nil
    }

    /// The bytes of `text` in Windows-1252, the letters an old font's bytes show as; nil when a
    /// character of it has no such byte (the text is Unicode then). By hand, one table lookup a
    /// character: Foundation's converter costs a few thousand instructions a cell, and every name
    /// of a list is tried. Tests compare it with Foundation's.
    static func windows1252(_ text: String) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        // Composed first, as Foundation's converter composes "a" and a combining acute into "á".
        for scalar in VietText.nfc(text).unicodeScalars {
            let v = scalar.value
            if v < 0x80 || (v >= 0xA0 && v <= 0xFF) {
                out.append(UInt8(v))
            } else if let byte = windows1252High[v] {
                out.append(byte)
            } else {
                return nil
            }
        }
        return out
    }

    /// The characters Windows-1252 puts at 0x80–0x9F (five of its places there are unused).
    static let windows1252High: [UInt32: UInt8] = {
        let scalars: [UInt32] = [0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
                                 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178]
        var table: [UInt32: UInt8] = [:]
        for (i, v) in scalars.enumerated() where v != 0 { table[v] = UInt8(0x80 + i) }
        return table
    }()
}
