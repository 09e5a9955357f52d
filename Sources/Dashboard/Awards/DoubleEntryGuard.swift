/// The double-entry guard: an award to the same folded name, in the same category and school year, as one already recorded.

import Store
import VietText

/// During a ceremony a double entry is the likeliest mistake. Each award is reduced to a key of
/// its recipient and category folded (accents, case and spacing aside: "Hoà" and "HÒA" are one
/// name) and its school year; the index keeps a 64-bit fingerprint of each key, so a million
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
            positions[Self.fingerprint(VietText.searchKey(a.recipient), category, SchoolYear(containing: a.date))] = i
        }
    }

    /// The folded form of a recipient's name or a category.
    public static func fold(_ text: String) -> String { VietText.searchKey(text) }

    /// The position in `awards` of the latest award recorded for the same folded recipient and
    /// category in the school year of `date`, if there is one.
    public func existing(recipient: String, category: String, date: CalendarDate, in awards: [Award]) -> Int? {
        let year = SchoolYear(containing: date)
        let who = Self.fold(recipient), what = Self.fold(category)
        guard let i = positions[Self.fingerprint(who, what, year)], awards.indices.contains(i) else { return nil }
        let a = awards[i]
        guard SchoolYear(containing: a.date) == year, Self.fold(a.recipient) == who, Self.fold(a.category) == what else { return nil }
        return i
    }

    /// FNV-1a over the folded name, a separator, the folded category and the year.
    static func fingerprint(_ who: String, _ what: String, _ year: SchoolYear) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ byte: UInt8) { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        for b in who.utf8 { mix(b) }
        mix(0)
        for b in what.utf8 { mix(b) }
        mix(0)
        for b in String(year.startYear).utf8 { mix(b) }
        return h
    }
}
