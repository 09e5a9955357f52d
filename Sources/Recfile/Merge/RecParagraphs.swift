/// A recfile's text cut into paragraphs (records, descriptors, comment blocks) with the key each set declares.

/// A recfile as the merge reads it: its paragraphs in order, and the `%key` of each set.
public struct RecParagraphs: Sendable {
    /// The paragraphs, in file order.
    public var paragraphs: [RecParagraph]
    /// The blank lines before the first paragraph.
    public var leadingGap: Int
    /// For each set with a descriptor: its `%key` field, or nil when it declares none.
    public var keys: [String: String?]

    /// Cuts `text` into paragraphs. Lines are cut at `\n` alone, so a `\r` stays in its line.
    public init(_ text: String) {
        var paragraphs: [RecParagraph] = []
        var keys: [String: String?] = [:]
        var leadingGap = 0
        var current: [String] = []
        var start = 0
        var set = ""
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        // A text ending in a line end gives one empty piece after it, which is no line.
        let count = text.utf8.last == UInt8(ascii: "\n") ? lines.count - 1 : lines.count

        func close() {
            guard !current.isEmpty else { return }
            var paragraph = RecParagraph(kind: .comment, set: set, lines: current, gap: 0, line: start)
            let fieldLines = current.filter { !$0.hasPrefix("#") }
            if fieldLines.contains(where: { $0.hasPrefix("%") }) {
                paragraph.kind = .descriptor
                let name = paragraph.value(of: "%rec").map { String($0.split(separator: " ").first ?? "") } ?? ""
                set = name
                paragraph.set = name
                let key = paragraph.value(of: "%key").map { $0.trimmingBlanks() }
                keys[name] = .some(key.flatMap { $0.isEmpty ? nil : $0 })
            } else if !fieldLines.isEmpty {
                paragraph.kind = .record
            }
            paragraphs.append(paragraph)
            current = []
        }

        for index in 0..<count {
            let line = lines[index]
            if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
                close()
                if paragraphs.isEmpty { leadingGap += 1 } else { paragraphs[paragraphs.count - 1].gap += 1 }
            } else {
                if current.isEmpty { start = index + 1 }
                current.append(line)
            }
        }
        close()
        self.paragraphs = paragraphs
        self.leadingGap = leadingGap
        self.keys = keys
    }

    /// The key field of `set`, or nil for a set without `%key` (its records are told apart by
    /// their whole text).
    public func key(of set: String) -> String? {
        keys[set] ?? nil
    }
}

extension String {
    /// Without blanks (spaces, tabs, `\r`) at either end.
    fileprivate func trimmingBlanks() -> String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        return String(drop(while: blank).reversed().drop(while: blank).reversed())
    }
}
