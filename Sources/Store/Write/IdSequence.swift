/// New ids handed out one after another, as `IdAssigner.next` would give them, without reading every id again each time.

/// The ids of one set, kept so that the next free id costs the same however many records the set
/// has: `IdAssigner.next(after:set:)` over a list that grows by each id handed out or noted gives
/// the same ids, but reads the whole list each time (a write of 50.000 records would read it
/// 50.000 times).
struct IdSequence {
    private let set: String
    /// The prefix and width of the last id that ends in digits.
    private var last: (prefix: String, width: Int)?
    /// The highest number used with each prefix.
    private var highest: [String: Int] = [:]
    private var taken: Set<String> = []
    /// The copy's tag, when the store is shared: every new id carries it.
    private let tag: CopyTag?

    /// The sequence of `set` whose ids so far are `existing`, in file order; with a copy's `tag`,
    /// the ids it hands out carry the tag.
    init(set: String, existing: [String], tag: CopyTag? = nil) {
        self.set = set
        self.tag = tag
        taken.reserveCapacity(existing.count)
        for id in existing { note(id) }
    }

    /// Counts `id` as used (a record that names its own id).
    mutating func note(_ id: String) {
        taken.insert(id)
        guard let parts = IdAssigner.split(id) else { return }
        last = (parts.prefix, parts.width)
        highest[parts.prefix] = max(highest[parts.prefix] ?? 0, parts.number)
    }

    /// The next free id, counted as used.
    mutating func next() -> String {
        if let tag { return next(tagged: tag) }
        guard let last else {
            let id = IdAssigner.next(after: [], set: set)
            note(id)
            return id
        }
        var number = highest[last.prefix] ?? 0
        var candidate: String
        repeat {
            number += 1
            candidate = IdAssigner.format(last.prefix, number, width: last.width)
        } while taken.contains(candidate)
        // What `note` would work out again from the text: this id's prefix, width and number.
        taken.insert(candidate)
        let width = candidate.utf8.count - last.prefix.utf8.count
        self.last = (last.prefix, width)
        highest[last.prefix] = number
        return candidate
    }

    /// The next free id of this copy: the prefix of the set's last id (or its default) with the
    /// tag on it, and one more than the highest number used with that prefix and tag
    /// (`KT0042`, `KT-CY0007` → `KT-BX0001`).
    private mutating func next(tagged tag: CopyTag) -> String {
        let pattern = last ?? IdAssigner.pattern(of: set)
        let prefix = tag.prefix(from: pattern.prefix)
        var number = highest[prefix] ?? 0
        var candidate: String
        repeat {
            number += 1
            candidate = IdAssigner.format(prefix, number, width: pattern.width)
        } while taken.contains(candidate)
        note(candidate)
        return candidate
    }
}
