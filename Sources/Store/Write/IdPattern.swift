/// The few ids of a set that give the same next id as all of them: kept between writes instead of every id.

/// `IdAssigner.next` and `IdSequence` read of a set's ids only: the ids that do not end in digits
/// (or in too many), the highest id of each prefix, and the last id that ends in digits. A list of
/// just those, in that order, gives the same next id, tagged or not (a new number is above every
/// number of its prefix, so no other id can be the one made). `LeanAwardScan` keeps the same list
/// while it reads `awards.rec`; the dashboard keeps it from its snapshot.
enum IdPattern {
    /// The short list of `ids`, given in file order.
    static func short(_ ids: some Sequence<String>) -> [String] {
        var odd: [String] = []
        var highest: [String: (number: Int, id: String)] = [:]
        var last: String?
        for id in ids {
            guard let parts = split(id) else {
                odd.append(id)
                continue
            }
            if let known = highest[parts.prefix], known.number >= parts.number {} else { highest[parts.prefix] = (parts.number, id) }
            last = id
        }
        var list = odd
        for (_, best) in highest.sorted(by: { $0.key < $1.key }) { list.append(best.id) }
        if let last { list.append(last) }
        return list
    }

    /// The prefix and number of `id` (`IdAssigner.split`), read on its bytes when it is ASCII.
    private static func split(_ id: String) -> (prefix: String, number: Int)? {
        let utf8 = id.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return IdAssigner.split(id).map { ($0.prefix, $0.number) } }
        return utf8.withContiguousStorageIfAvailable { b -> (prefix: String, number: Int)? in
            var digits = b.count
            while digits > 0, (0x30...0x39).contains(b[digits - 1]) { digits -= 1 }
            let count = b.count - digits
            guard count > 0, count <= 18 else { return nil }
            var number = 0
            for d in b[digits...] { number = number * 10 + Int(d - 0x30) }
            return (String(decoding: UnsafeBufferPointer(rebasing: b[..<digits]), as: UTF8.self), number)
        } ?? IdAssigner.split(id).map { ($0.prefix, $0.number) }
    }
}
