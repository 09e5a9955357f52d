/// Positions in a list of entries found by their hash: the open addressing that the award's box tables share.

/// An index over a list its owner keeps: each slot holds a position in the list plus one (0 for an
/// empty slot), found by linear probing from the entry's hash; at most half the slots are used.
/// What an entry is, and when two are the same, stays with the owner.
struct SlotIndex {
    private var slots = [Int32](repeating: 0, count: 64)

    /// The first position, in probe order from `hash`, for which `matches` is true; nil when none is.
    func first(hash: Int, where matches: (Int) -> Bool) -> Int? {
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] != 0 {
            let position = Int(slots[slot]) - 1
            if matches(position) { return position }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Adds `position`, the list's new last entry (so there are `position + 1`), under `hash`;
    /// `hashOf` gives every entry's hash when the index grows.
    mutating func insert(_ position: Int, hash: Int, hashOf: (Int) -> Int) {
        place(position, hash: hash)
        if (position + 1) * 2 > slots.count {
            slots = [Int32](repeating: 0, count: slots.count * 2)
            for p in 0...position { place(p, hash: hashOf(p)) }
        }
    }

    private mutating func place(_ position: Int, hash: Int) {
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(position + 1)
    }
}
