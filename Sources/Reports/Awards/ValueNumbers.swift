/// Numbers the distinct values of a field as they come, and counts each value's uses.

/// Most awards share their category's String (the reader makes one per value), so a value is first
/// looked for by the String itself: two Strings with the same bits are the same text. Only a miss
/// hashes the text.
struct ValueNumbers {
    private(set) var values: [String] = []
    /// Uses of each value, by number.
    private(set) var uses: [Int] = []
    private var numbers: [String: Int] = [:]
    private var recent = [(bits: (UInt64, UInt64), number: Int)](repeating: ((0, 0), -1), count: 64)

    /// The number of `value`, counting one more use of it.
    mutating func number(_ value: String) -> Int {
        let bits = unsafeBitCast(value, to: (UInt64, UInt64).self)
        let slot = Int(truncatingIfNeeded: ((bits.0 ^ bits.1 ^ (bits.1 >> 7)) &* 0x9E37_79B9_7F4A_7C15) >> 58)
        let seen = recent[slot]
        if seen.number >= 0, seen.bits == bits {
            uses[seen.number] += 1
            return seen.number
        }
        let number: Int
        if let known = numbers[value] {
            number = known
        } else {
            number = values.count
            numbers[value] = number
            values.append(value)
            uses.append(0)
        }
        recent[slot] = (bits, number)
        uses[number] += 1
        return number
    }
}
