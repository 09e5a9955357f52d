/// The nearest known word to a misspelt one, for "did you mean" hints in messages.

enum Suggestion {
    /// The word among `known` closest to `word`, if it is within a couple of edits.
    static func closest(to word: String, among known: [String]) -> String? {
        let target = Array(word.lowercased())
        let limit = min(2, max(1, target.count / 3))
        var best: (word: String, distance: Int)?
        for candidate in known {
            let d = distance(target, Array(candidate))
            if d <= limit, d < (best?.distance ?? .max) { best = (candidate, d) }
        }
        return best?.word
    }

    /// " (did you mean "x"?)" when a close word exists, otherwise nothing.
    static func hint(for word: String, among known: [String]) -> String {
        closest(to: word, among: known).map { " (did you mean \"\($0)\"?)" } ?? ""
    }

    /// Edits between two words: insertions, deletions, substitutions and swaps of two
    /// neighbouring letters (optimal string alignment distance).
    private static func distance(_ a: [Character], _ b: [Character]) -> Int {
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
