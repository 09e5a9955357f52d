/// Numbers the distinct values of a field as they come, and counts each value's uses.

/// Most awards share their category's String (the reader makes one per value), so a value is first
/// looked for by the String itself: two Strings with the same bits are the same text. A miss looks
/// the value up by its bytes (cheaper to hash than a String's characters); values equal as Strings
/// but not in bytes get two numbers, joined again by the caller's String keys.
struct ValueNumbers {
    private(set) var values: [String] = []
    /// Uses of each value, by number.
    private(set) var uses: [Int] = []
    private var numbers: [Bytes: Int] = [:]
    private var recent = [(bits: (UInt64, UInt64), number: Int)](repeating: ((0, 0), -1), count: 256)

    /// The number of `value`, counting one more use of it.
    mutating func number(_ value: String) -> Int {
        let bits = unsafeBitCast(value, to: (UInt64, UInt64).self)
        let slot = Int(truncatingIfNeeded: ((bits.0 ^ bits.1 ^ (bits.1 >> 7)) &* 0x9E37_79B9_7F4A_7C15) >> 56)
        let seen = recent[slot]
        if seen.number >= 0, seen.bits == bits {
            uses[seen.number] += 1
            return seen.number
        }
        let number: Int
        if let known = numbers[Bytes(value)] {
            number = known
        } else {
            number = values.count
            numbers[Bytes(value)] = number
            values.append(value)
            uses.append(0)
        }
        recent[slot] = (bits, number)
        uses[number] += 1
        return number
    }
}

/// A String hashed and compared by its UTF-8 bytes.
private struct Bytes: Hashable {
    var text: String

    init(_ text: String) {
        var t = text
        t.makeContiguousUTF8()
        self.text = t
    }

    static func == (a: Bytes, b: Bytes) -> Bool {
        // Both are contiguous (`init`); a byte-by-byte walk of two UTF-8 views cost as much as the
        // tally whenever two Strings of one value missed the cache of recent ones.
        let equal = a.text.utf8.withContiguousStorageIfAvailable { p in
            b.text.utf8.withContiguousStorageIfAvailable { q in
                p.count == q.count && p.elementsEqual(q)
            }
        }
        return (equal ?? nil) ?? a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var t = text
        t.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
