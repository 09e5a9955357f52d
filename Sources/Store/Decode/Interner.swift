/// Shares one copy of a value that repeats across records, such as an award category or a neighbourhood.

import VietText

/// Hands back the String already made from the same bytes, so a million records that name the same
/// category hold one string between them, and the bytes are checked for NFC and made into a String
/// once per distinct value. Looked up by the raw bytes; holds at most `limit` values, after which a
/// new value is simply made.
struct Interner {
    /// A slot of the open-addressed table: the value itself beside its hash and number, so that a
    /// look-up reads one slot and the value's own bytes, and nothing in between (a large store's
    /// names are tens of thousands: each read elsewhere was a miss of the cache).
    private struct Slot {
        var hash: UInt64 = 0
        var value: String = ""
        /// The value's number, or -1 for an empty slot.
        var entry: Int32 = -1
    }

    /// How many values are kept (the next one's number).
    private var count = 0
    private var slots = [Slot](repeating: Slot(), count: 64)
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
            let e = slots[slot].entry
            if e < 0 { break }
            if slots[slot].hash == h, ByteHash.same(slots[slot].value, bytes) { return (slots[slot].value, e) }
            slot = (slot + 1) & mask
        }
        let value = VietText.nfc(utf8: bytes)
        // Only a value already in NFC can be found again by its bytes.
        guard count < Self.limit, ByteHash.same(value, bytes) else { return (value, -1) }
        let e = Int32(count)
        slots[slot] = Slot(hash: h, value: value, entry: e)
        count += 1
        if count * 2 > slots.count { grow() }
        return (value, e)
    }

    /// The String already made for `bytes` and its number, or nil when these bytes were not seen
    /// (or not kept).
    func known(_ bytes: UnsafeBufferPointer<UInt8>) -> (value: String, entry: Int32)? {
        let h = ByteHash.hash(bytes)
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: h) & mask
            while true {
                let e = slots[slot].entry
                if e < 0 { return nil }
                if slots[slot].hash == h, ByteHash.same(slots[slot].value, bytes) { return (slots[slot].value, e) }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        let mask = slots.count - 1
        for s in old where s.entry >= 0 {
            var slot = Int(truncatingIfNeeded: s.hash) & mask
            while slots[slot].entry >= 0 { slot = (slot + 1) & mask }
            slots[slot] = s
        }
    }
}
