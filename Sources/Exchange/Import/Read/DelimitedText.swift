/// A CSV or TSV file's cells: the separator found (comma, semicolon or tab), quoted fields, CR, LF or CRLF line ends, read on bytes.

/// Reads delimited text on its bytes, before any decoding, so that one reader serves UTF-8 and the
/// one-byte encodings alike (the separators and quotes are ASCII in all of them; UTF-16 is turned
/// into UTF-8 first by `TextFileBytes`). Quoting as RFC 4180 and Excel write it: a field that
/// starts with `"` runs to the next lone `"`, `""` inside stands for one, and may hold separators
/// and line breaks. A quote in the middle of an unquoted field is kept as it is.
public struct DelimitedText: Sendable {
    public var separator: UInt8

    public init(separator: UInt8) {
        self.separator = separator
    }

    /// One record: its cells' bytes and the line it starts on.
    public struct Record: Sendable {
        public var cells: [[UInt8]]
        public var line: Int
    }

    /// The separator a file uses: of comma, semicolon and tab, the one found most often outside
    /// quotes on its first lines, preferring one found the same number of times on each of them;
    /// a comma when none is found.
    public static func guessSeparator(_ bytes: [UInt8]) -> UInt8 {
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09]
        var counts = [[Int]](repeating: [], count: candidates.count)
        var current = [Int](repeating: 0, count: candidates.count)
        var quoted = false
        var lines = 0
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if quoted { continue }
            if byte == 0x0A {
                if current.contains(where: { $0 > 0 }) {
                    for i in candidates.indices { counts[i].append(current[i]) }
                    lines += 1
                }
                current = [Int](repeating: 0, count: candidates.count)
                if lines >= 20 { break }
                continue
            }
            if let i = candidates.firstIndex(of: byte) { current[i] += 1 }
        }
        if current.contains(where: { $0 > 0 }) { for i in candidates.indices { counts[i].append(current[i]) } }
        func score(_ i: Int) -> (Int, Int) {
            let seen = counts[i].filter { $0 > 0 }
            // A separator found on every line the same number of times counts first, then the total.
            let steady = seen.count == counts[i].count && Set(seen).count == 1 ? 1 : 0
            return (steady, counts[i].reduce(0, +))
        }
        let best = candidates.indices.max { a, b in score(a) < score(b) } ?? 0
        return score(best).1 == 0 ? UInt8(ascii: ",") : candidates[best]
    }

    /// The records of `bytes`. A blank line is a record of one empty cell.
    public func records(_ bytes: [UInt8]) -> [Record] {
        var out: [Record] = []
        var cells: [[UInt8]] = []
        var cell: [UInt8] = []
        var line = 1, start = 1
        var i = 0
        let n = bytes.count
        let quote = UInt8(ascii: "\"")
        var atCellStart = true
        func endRecord() {
            cells.append(cell)
            out.append(Record(cells: cells, line: start))
            cells = []
            cell = []
            atCellStart = true
        }
        while i < n {
            let byte = bytes[i]
            if atCellStart, byte == quote {
                // A quoted field: to the closing quote; "" is a quote.
                i += 1
                while i < n {
                    let b = bytes[i]
                    if b == quote {
                        if i + 1 < n, bytes[i + 1] == quote {
                            cell.append(quote)
                            i += 2
                            continue
                        }
                        i += 1
                        break
                    }
                    if b == 0x0A { line += 1 }
                    cell.append(b)
                    i += 1
                }
                atCellStart = false
                continue
            }
            atCellStart = false
            if byte == separator {
                cells.append(cell)
                cell = []
                atCellStart = true
            } else if byte == 0x0A || byte == 0x0D {
                endRecord()
                if byte == 0x0D, i + 1 < n, bytes[i + 1] == 0x0A { i += 1 }
                line += 1
                start = line
            } else {
                cell.append(byte)
            }
            i += 1
        }
        if !cell.isEmpty || !cells.isEmpty || !atCellStart { endRecord() }
        return out
    }
}
