/// The comment lines that mark a clash left in a merged recfile, and finding them again.

/// A clash is written as both versions between comment lines, as git marks a conflict but
/// behind `#`: the file stays a recfile that recutils and our reader read, and the two versions
/// of a record share one key, so `recfix --check` and `hoctap check` refuse it at that record.
public enum RecMergeMarks {
    /// Above our version.
    public static let ours = "# <<<<<<< ours"
    /// Between the two versions.
    public static let middle = "# ======="
    /// Below their version.
    public static let theirs = "# >>>>>>> theirs"
    /// In place of a version that was removed.
    public static let removed = "# (removed on this side)"

    /// The 1-based lines of `text` that are clash marks.
    public static func lines(in text: String) -> [Int] {
        var found: [Int] = []
        var number = 0
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            number += 1
            let s = String(decoding: line, as: UTF8.self)
            if s.hasPrefix(ours) || s.hasPrefix(theirs) || s == middle || s == middle + "\r" { found.append(number) }
        }
        return found
    }
}
