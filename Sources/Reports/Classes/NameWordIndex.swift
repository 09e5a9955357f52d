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

    /// The learners whose name matches `query`, ascending, with their ranks; every learner for an
    /// empty query is not listed (nil).
    func matching(_ query: SearchQuery, learnerCount: Int) -> NameMatches? {
        guard !query.isEmpty else { return nil }
        // For each query word, mark the learners having a word it starts; keep those marked by all.
        // A learner marked through the word itself is marked first, so one only marked through a
        // longer word ("hoang" for "hoa") counts a prefix match for that query word.
        var hits = [UInt8](repeating: 0, count: learnerCount)
        var prefixes = [UInt8](repeating: 0, count: learnerCount)
        for (round, q) in query.words.enumerated() {
            let mark = UInt8(round + 1)
            var longer: [Int] = []
            for (i, word) in words.enumerated() where word.hasPrefix(q) {
                if word.utf8.count == q.utf8.count {
                    for l in learners[i] where hits[Int(l)] == UInt8(round) { hits[Int(l)] = mark }
                } else {
                    longer.append(i)
                }
            }
            for i in longer {
                for l in learners[i] where hits[Int(l)] == UInt8(round) {
                    hits[Int(l)] = mark
                    prefixes[Int(l)] += 1
                }
            }
        }
        let all = UInt8(query.words.count)
        var out: [Int32] = []
        var ranks: [UInt8] = []
        for (l, h) in hits.enumerated() where h == all {
            out.append(Int32(l))
            ranks.append(prefixes[l])
        }
        return NameMatches(learners: out, ranks: ranks)
    }
}

/// The learners a name search found, ascending, each with its rank (`SearchQuery.rank`: 0 when
/// every query word is a whole word of the name, more for each word only begun).
public struct NameMatches: Sendable {
    public let learners: [Int32]
    let ranks: [UInt8]

    /// The rank of `learner`, nil when the search did not find it (by bisection).
    public func rank(of learner: Int32) -> Int? {
        var lo = 0, hi = learners.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if learners[mid] < learner { lo = mid + 1 } else { hi = mid }
        }
        return lo < learners.count && learners[lo] == learner ? Int(ranks[lo]) : nil
    }

    /// Each learner found with its rank.
    public var ranked: Zip2Sequence<[Int32], [Int]> { zip(learners, ranks.map(Int.init)) }
}
