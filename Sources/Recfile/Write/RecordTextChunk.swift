/// How new records join the end of a file: the separator a file's last bytes call for, then the records.

extension RecordText {
    /// How many of the file's last bytes `separator(afterTail:)` needs to see.
    package static let tailLength = 8

    /// The bytes to write before new records so that they start a record of their own, given the
    /// file's last `tailLength` bytes (all of them if the file is shorter):
    /// - nothing for an empty file or one that ends in a blank line;
    /// - a line break first when the last line has none (a hand edit), so it stays whole;
    /// - then a blank line, which ends the record above;
    /// - one more line break when a backslash at the end of the last line would make the reader
    ///   take the next line as the rest of that value (the blank line would be swallowed).
    /// Extra blank lines are harmless; a missing one would merge the new record into the last.
    package static func separator(afterTail tail: some Collection<UInt8>) -> [UInt8] {
        let lf: UInt8 = 0x0A
        var t = Array(tail)
        guard !t.isEmpty else { return [] }
        var out: [UInt8] = []
        if t.last != lf {
            out.append(lf)
            t.append(lf)
        }
        let (last, start) = line(endingAt: t.count - 1, in: t)
        if endsWithBackslash(last) { return out + [lf, lf] }
        guard last.isEmpty else { return out + [lf] }
        // A blank last line ends the record, unless a backslash on the line above swallowed it.
        // (start == 0 here only for a file of one blank line: the window is longer than that.)
        guard start > 0 else { return out }
        let (above, _) = line(endingAt: start - 1, in: t)
        return endsWithBackslash(above) ? out + [lf] : out
    }

    /// The records after the separator the tail calls for, a blank line between two records.
    package static func chunk(_ records: [RecordText], afterTail tail: some Collection<UInt8>) -> [UInt8] {
        var out = separator(afterTail: tail)
        for (i, record) in records.enumerated() {
            if i > 0 { out.append(0x0A) }
            out += record.bytes
        }
        return out
    }

    /// The line that ends with the line break at `end`: its content without a final `\r` (only its
    /// tail if it began before the bytes seen), and the index where that content starts.
    private static func line(endingAt end: Int, in t: [UInt8]) -> (content: ArraySlice<UInt8>, start: Int) {
        var i = end
        while i > 0, t[i - 1] != 0x0A { i -= 1 }
        var content = t[i..<end]
        if content.last == 0x0D { content = content.dropLast() }
        return (content, i)
    }

    private static func endsWithBackslash(_ content: ArraySlice<UInt8>) -> Bool {
        content.last == UInt8(ascii: "\\")
    }
}
