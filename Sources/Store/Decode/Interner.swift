/// Shares one copy of a value that repeats across records, such as an award category or a neighbourhood.

import VietText

/// Hands back the String already made from the same bytes, so a million records that name the same
/// category hold one string between them, and the bytes are checked for NFC and made into a String
/// once per distinct value. Looked up by the raw bytes; holds at most `limit` values, after which a
/// new value is simply made.
struct Interner {
    private struct Entry {
        var value: String
        var hash: UInt64
    }

    private var entries: [Entry] = []
    private var slots: [Int32] = Array(repeating: -1, count: 64)
    static let limit = 1 << 16

    /// The NFC String of `bytes`.
    mutating func callAsFunction(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        entry(bytes).value
    }

    /// The NFC String of `bytes` and its number among the values kept (the same for the same
    /// bytes), or -1 when it is not kept (past `limit`, or bytes not in NFC).
    mutating func entry(_ bytes: UnsafeBufferPointer<UInt8>) -> (value: String, entry: Int32) {
        let h = ByteHash.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let e = Int(slots[slot])
            if e < 0 { break }
            if entries[e].hash == h, ByteHash.same(entries[e].value, bytes) { return (entries[e].value, Int32(e)) }
            slot = (slot + 1) & mask
        }
        let value = VietText.nfc(utf8: bytes)
        // Only a value already in NFC can be found again by its bytes.
        guard entries.count < Self.limit, ByteHash.same(value, bytes) else { return (value, -1) }
        let e = Int32(entries.count)
        slots[slot] = e
        entries.append(Entry(value: value, hash: h))
        if entries.count * 2 > slots.count { grow() }
        return (value, e)
    }

    /// The String already made for `bytes`, or nil when these bytes were not seen (or not kept).
    func existing(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        existingEntry(bytes).map { entries[Int($0)].value }
    }

    /// The number of the value made for `bytes`, or nil when these bytes were not seen (or not kept).
    func existingEntry(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let h = ByteHash.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let e = Int(slots[slot])
            if e < 0 { return nil }
            if entries[e].hash == h, ByteHash.same(entries[e].value, bytes) { return Int32(e) }
            slot = (slot + 1) & mask
        }
    }

    /// The value numbered `entry`.
    func value(_ entry: Int32) -> String { entries[Int(entry)].value }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (i, e) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: e.hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(i)
        }
    }
}
