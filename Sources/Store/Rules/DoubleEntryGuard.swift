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
        var categoryKeys: [String: String] = [:]
        for (i, a) in awards.enumerated() {
            let category = categoryKeys[a.category] ?? {
                let k = VietText.searchKey(a.category)
                categoryKeys[a.category] = k
                return k
            }()
            positions[Self.fingerprint(VietText.searchKey(a.recipient), category, a.branch, a.rewardedYear)] = i
        }
    }

    /// The folded form of a recipient's name or a category.
    public static func fold(_ text: String) -> String { VietText.searchKey(text) }

    /// The position in `awards` of the latest award recorded for the same folded recipient and
    /// category, rewarding `year`, if there is one.
    public func existing(recipient: String, category: String, branch: String, year: SchoolYear, in awards: [Award]) -> Int? {
        let who = Self.fold(recipient), what = Self.fold(category)
        guard let i = positions[Self.fingerprint(who, what, branch, year)], awards.indices.contains(i) else { return nil }
        let a = awards[i]
        guard a.rewardedYear == year, a.branch == branch, Self.fold(a.recipient) == who, Self.fold(a.category) == what else { return nil }
        return i
    }

    /// The same for an award given on `date` that names no school year.
    public func existing(recipient: String, category: String, branch: String, date: CalendarDate, in awards: [Award]) -> Int? {
        existing(recipient: recipient, category: category, branch: branch, year: SchoolYear(containing: date), in: awards)
    }

    /// Every award that repeats an earlier one (same folded recipient and category, rewarding the
    /// same year), with the position of the first: `(later, first)`, in file order.
    public static func doubles(in awards: [Award]) -> [(later: Int, first: Int)] {
        var first: [String: Int] = [:]
        var found: [(later: Int, first: Int)] = []
        var folded: [String: String] = [:]
        func fold(_ s: String) -> String {
            if let f = folded[s] { return f }
            let f = VietText.searchKey(s)
            folded[s] = f
            return f
        }
        for (i, a) in awards.enumerated() {
            let key = [fold(a.recipient), fold(a.category), a.branch, a.rewardedYear.description].joined(separator: "\u{1F}")
            if let earlier = first[key] { found.append((i, earlier)) } else { first[key] = i }
        }
        return found
    }

    /// FNV-1a over the folded name, the folded category and the branch, each ended by a zero, then the year.
    static func fingerprint(_ who: String, _ what: String, _ branch: String, _ year: SchoolYear) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ byte: UInt8) { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        for b in who.utf8 { mix(b) }
        mix(0)
        for b in what.utf8 { mix(b) }
        mix(0)
        for b in branch.utf8 { mix(b) }
        mix(0)
        for b in String(year.startYear).utf8 { mix(b) }
        return h
    }
}
