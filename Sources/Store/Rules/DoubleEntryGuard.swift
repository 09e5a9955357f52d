/// The double-entry guard: an award to the same folded name, in the same category, from the same branch and for the same school year, as one already recorded.

import Recfile
import VietText

/// During a ceremony a double entry is the likeliest mistake. Each award is reduced to a key of
/// its recipient and category folded (accents, case and spacing aside: "Hoà" and "HÒA" are one
/// name), its branch (namesakes are common; one branch's list typed twice is the slip) and the
/// school year it rewards (`Award.rewardedYear`). The award form asks before it
/// writes a double, `hoctap add award` refuses one without `--force`, and `hoctap check` lists the
/// doubles a forced entry or a hand edit let in as notes (a double may be right: two prizes); the index keeps a 64-bit fingerprint of each key, so a million
/// awards cost a table of numbers rather than of strings. A fingerprint match is confirmed on
/// the award itself before it is reported.
public struct DoubleEntryGuard: Sendable {
    private var positions: [UInt64: Int] = [:]

    public init(_ awards: [Award]) {
        positions.reserveCapacity(awards.count)
        var categories = CategoryHashes()
        for i in awards.indices {
            positions[Self.fingerprint(VietText.searchHash(awards[i].recipient), categories[awards[i].category], awards[i].branch,
                                       awards[i].rewardedYear)] = i
        }
    }

    /// Adds the awards at `range` of `awards`, appended after those the guard holds.
    public mutating func add(_ range: Range<Int>, of awards: [Award]) {
        for i in range {
            positions[Self.fingerprint(VietText.searchHash(awards[i].recipient), VietText.searchHash(awards[i].category), awards[i].branch,
                                       awards[i].rewardedYear)] = i
        }
    }

    /// The folded form of a recipient's name or a category.
    public static func fold(_ text: String) -> String { VietText.searchKey(text) }

    /// The position in `awards` of the latest award recorded for the same folded recipient and
    /// category, from `branch`, rewarding `year`, if there is one.
    public func existing(recipient: String, category: String, branch: String, year: SchoolYear, in awards: [Award]) -> Int? {
        let key = Self.fingerprint(VietText.searchHash(recipient), VietText.searchHash(category), branch, year)
        guard let i = positions[key], awards.indices.contains(i) else { return nil }
        let a = awards[i]
        guard a.rewardedYear == year, a.branch == branch, Self.fold(a.recipient) == Self.fold(recipient),
              Self.fold(a.category) == Self.fold(category) else { return nil }
        return i
    }

    /// The same for an award given on `date` that names no school year.
    public func existing(recipient: String, category: String, branch: String, date: CalendarDate, in awards: [Award]) -> Int? {
        existing(recipient: recipient, category: category, branch: branch, year: SchoolYear(containing: date), in: awards)
    }

    /// Every award that repeats an earlier one (same folded recipient and category, same branch,
    /// rewarding the same year), with the position of the first: `(later, first)`, in file order.
    /// Awards are grouped by a 64-bit hash of their folded key: two different keys share one with
    /// odds of about one in ten million even among a million awards, and a double found is only
    /// ever a note, so no award's text is folded twice.
    public static func doubles(in awards: [Award]) -> [(later: Int, first: Int)] {
        var first: [UInt64: Int] = [:]
        first.reserveCapacity(awards.count)
        var categories = CategoryHashes()
        var found: [(later: Int, first: Int)] = []
        for i in awards.indices {
            let key = fingerprint(VietText.searchHash(awards[i].recipient), categories[awards[i].category], awards[i].branch,
                                  awards[i].rewardedYear)
            if let earlier = first[key] { found.append((i, earlier)) } else { first[key] = i }
        }
        return found
    }

    /// FNV-1a over the folded name's and category's hashes and the branch, each ended by a zero,
    /// then the year.
    static func fingerprint(_ who: UInt64, _ what: UInt64, _ branch: String, _ year: SchoolYear) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ byte: UInt8) { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        func mix64(_ v: UInt64) { for shift in stride(from: 0, to: 64, by: 8) { mix(UInt8(truncatingIfNeeded: v >> UInt64(shift))) } }
        mix64(who)
        mix64(what)
        for b in branch.utf8 { mix(b) }
        mix(0)
        mix64(UInt64(bitPattern: Int64(year.startYear)))
        return h
    }
}

/// The folded hash of each category, made once per distinct category. A store has a dozen
/// categories, each read as one shared String, so a short list compared with `==` (which sees the
/// same storage at once) is faster than hashing the text into a dictionary a million times.
private struct CategoryHashes {
    private var known: [(category: String, hash: UInt64)] = []

    subscript(_ category: String) -> UInt64 {
        mutating get {
            for entry in known where entry.category == category { return entry.hash }
            let h = VietText.searchHash(category)
            known.append((category, h))
            return h
        }
    }
}
