// The order of person names on Vietnamese class lists: given name, middle names, family name.

extension VietText {
    /// The key of a full name ("Nguyễn Thị Ánh") as class lists print them: by the given name (the
    /// last word) first, then the middle names in order (fewer first when one list is the start of
    /// the other), then the family name (the first word), each word compared by `sortKey`'s order
    /// on all its levels; then by the whole name. Callers break the remaining ties by id.
    public static func nameSortKey(_ fullName: String) -> SortKey {
        var units = TextUnits.units(of: fullName)
        TonePlacement.normalize(&units)
        var words: [Range<Int>] = []
        var start = 0
        for (k, unit) in units.enumerated() where unit.kind == .space {
            words.append(start..<k)
            start = k + 1
        }
        if start < units.count { words.append(start..<units.count) }

        var bytes: [UInt8] = []
        bytes.reserveCapacity(units.count * 8 + 16)
        CollationKey.append(units[words.last ?? 0..<0], to: &bytes)
        bytes.append(0)
        for middle in words.dropFirst().dropLast() {
            bytes.append(2)
            CollationKey.append(units[middle], to: &bytes)
            bytes.append(0)
        }
        bytes.append(1)
        CollationKey.append(units[words.count > 1 ? words[0] : 0..<0], to: &bytes)
        bytes.append(0)
        CollationKey.append(units[...], to: &bytes)
        return SortKey(bytes: bytes)
    }
}
