/// A value read through an `Interner`, with its number there, so records can be compared by numbers.

/// The text of a field and the number its `Interner` gave it: the same number means the same bytes.
struct InternedText {
    /// The number of a field with no value.
    static let none: Int32 = -2

    let value: String?
    /// At least 0 for a value the interner keeps; -1 for a value it does not keep (too many
    /// values, or not in NFC), which no number stands for; `none` for no value.
    let entry: Int32

    /// True when the number stands for the value alone (no value, or one the interner keeps).
    var isNumbered: Bool { entry != -1 }
}
