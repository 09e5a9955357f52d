/// The next free id of a record set, in the pattern of its existing ids (prefix kept, digits zero-padded).

/// Works out new ids such as `KT0042` from the ids a set already has.
public enum IdAssigner {
    /// The prefix and width a set uses when it has no id to copy, by set name.
    public static let defaults: [String: (prefix: String, width: Int)] = [
        "Award": ("KT", 4), "Learner": ("HV", 4), "Donation": ("UH", 3),
        "Class": ("LH", 2), "Branch": ("CH", 2), "Clan": ("DH", 2), "Target": ("T", 1), "Indicator": ("I", 2),
        "Expense": ("KC", 3), "FundYear": ("NQ", 2), "Body": ("CQ", 2), "Signer": ("NK", 2),
        "Family": ("GD", 4), "Community": ("TDP", 3), "Unit": ("DV", 2), "PartyCell": ("CB", 2),
    ]

    /// The next id after `existing`: the prefix and digit count of the last id that ends in
    /// digits, and one more than the highest number used with that prefix (gaps are not
    /// refilled, so a deleted record's id is never reused). The number grows past the padding
    /// when it must (`A99` → `A100`). With no such id, the set's default pattern, starting at 1.
    /// With a copy's `tag`, the id carries it and is counted per prefix and tag (`KT-BX0001`, see
    /// `IdSequence`).
    public static func next(after existing: [String], set: String, tag: CopyTag? = nil) -> String {
        if let tag {
            var ids = IdSequence(set: set, existing: existing, tag: tag)
            return ids.next()
        }
        let fallback = pattern(of: set)
        let parsed = existing.compactMap(split)
        guard let last = parsed.last else { return format(fallback.prefix, 1, width: fallback.width) }
        let taken = Set(existing)
        var number = parsed.filter { $0.prefix == last.prefix }.map(\.number).max() ?? 0
        var id: String
        repeat {
            number += 1
            id = format(last.prefix, number, width: last.width)
        } while taken.contains(id)
        return id
    }

    /// The prefix and width of a set with no id to copy.
    static func pattern(of set: String) -> (prefix: String, width: Int) {
        defaults[set] ?? (String(set.prefix(2)).uppercased(), 4)
    }

    /// `KT0042` → ("KT", 42, 4); nil for an id without trailing digits or with too many of them.
    static func split(_ id: String) -> (prefix: String, number: Int, width: Int)? {
        let digits = id.reversed().prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        let text = String(digits.reversed())
        guard let number = Int(text) else { return nil }
        return (String(id.dropLast(digits.count)), number, digits.count)
    }

    /// The prefix and the number, zero-padded to `width` digits.
    static func format(_ prefix: String, _ number: Int, width: Int) -> String {
        let digits = String(number)
        return prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
