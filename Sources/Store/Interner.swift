/// Shares one copy of a value that repeats across records, such as an award category or a neighbourhood.

/// Hands back the first copy of each distinct long string, so a million records that name the same
/// category hold one string between them. Short strings are stored inline and are returned as they are.
struct Interner {
    private var table = StringTable()

    mutating func callAsFunction(_ s: String) -> String {
        guard s.utf8.count > 15 else { return s }
        let i = table.id(s)
        return table.values[i]
    }

    mutating func callAsFunction(_ s: String?) -> String? {
        s.map { self($0) }
    }
}
