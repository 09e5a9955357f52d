/// The words of the learners' folded names, each with the learners whose name has it: a search
/// reads a few thousand distinct words instead of every name.

import VietText

/// Vietnamese names draw on a small stock of words (a few thousand syllables at most), so a
/// query word is matched against the distinct words once, and the learners come from the lists
/// of the words it starts. Same rule as `SearchQuery.matches`: every word of the query starts
/// some word of the name.
struct NameWordIndex: Sendable {
    /// Distinct folded words and, for each, the learners whose name has it (ascending, once each).
    let words: [String]
    let learners: [[Int32]]

    init(_ folded: [String]) {
        var slot: [Substring: Int] = [:]
        var words: [String] = []
        var learners: [[Int32]] = []
        for (l, name) in folded.enumerated() {
            for word in name.split(separator: " ") {
                let i: Int
                if let known = slot[word] { i = known } else {
                    i = words.count
                    slot[word] = i
                    words.append(String(word))
                    learners.append([])
                }
                if learners[i].last != Int32(l) { learners[i].append(Int32(l)) }
            }
        }
        self.words = words
        self.learners = learners
    }

    /// The learners whose name matches `query`, ascending; every learner for an empty query is
    /// not listed (nil).
    func matching(_ query: SearchQuery, learnerCount: Int) -> [Int32]? {
        guard !query.isEmpty else { return nil }
        // For each query word, mark the learners having a word it starts; keep those marked by all.
        var hits = [UInt8](repeating: 0, count: learnerCount)
        for (round, q) in query.words.enumerated() {
            let mark = UInt8(round + 1)
            for (i, word) in words.enumerated() where word.hasPrefix(q) {
                for l in learners[i] where hits[Int(l)] == UInt8(round) { hits[Int(l)] = mark }
            }
        }
        let all = UInt8(query.words.count)
        var out: [Int32] = []
        for (l, h) in hits.enumerated() where h == all { out.append(Int32(l)) }
        return out
    }
}
