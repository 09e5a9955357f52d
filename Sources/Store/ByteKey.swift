/// A string compared and hashed by its UTF-8 bytes, for tables over values that are already normalised.

/// Wraps a `String` so that hashing and equality read its bytes. The standard library's String
/// hashing normalises non-ASCII text on every call; values here are normalised once as they are
/// read, so byte equality is the same answer at a fraction of the cost.
struct ByteKey: Hashable {
    let string: String

    init(_ string: String) {
        self.string = string
    }

    func hash(into hasher: inout Hasher) {
        var s = string
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (a: ByteKey, b: ByteKey) -> Bool {
        StringTable.sameBytes(a.string, b.string)
    }
}
