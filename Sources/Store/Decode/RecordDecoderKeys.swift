/// The keys a record set has used, found by their bytes, for duplicate keys and references.

/// Every key of a set with the line of its first use, in the order first used. Looked up by raw
/// bytes, so a reference is checked without making a String, and answered with the key's own
/// String, so a million awards naming the same branch share it. The last keys added can be taken
/// back (`removeLast`), which is how a reload forgets a file's last records before reading them again.
struct KeyTable {
    private struct Entry {
        var key: String
        var line: Int32
        var hash: UInt32
    }

    private var entries: [Entry] = []
    /// Open addressing with linear probing: the key's hash in the high half and its index in
    /// `entries` plus one in the low half, or 0 for an empty slot; a miss rarely reads `entries`.
    private var slots: [UInt64] = Array(repeating: 0, count: 16)

    var count: Int { entries.count }

    /// The position of `key`, or nil.
    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        find(key, hash: Self.hash(key))
    }

    func find(_ key: String) -> Int? {
        var s = key
        return s.withUTF8 { find($0) }
    }

    func contains(_ key: String) -> Bool { find(key) != nil }

    func key(at i: Int) -> String { entries[i].key }

    func line(at i: Int) -> Int { Int(entries[i].line) }

    /// Adds a key not in the table.
    mutating func insert(_ key: String, line: Int) {
        var s = key
        let h = s.withUTF8 { Self.hash($0) }
        if (entries.count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var slot = Self.start(h, mask)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Self.slot(h, entries.count)
        entries.append(Entry(key: key, line: Int32(clamping: line), hash: h))
    }

    /// Makes room for `count` keys in all (the list only: the slots grow as they fill).
    mutating func reserve(_ count: Int) {
        entries.reserveCapacity(count)
    }

    /// Adds `key` if it is new and answers nil; else answers the position of its first use.
    mutating func insertIfNew(_ key: String, line: Int) -> Int? {
        if (entries.count + 1) * 2 > slots.count { grow() }
        var s = key
        return s.withUTF8 { bytes in
            let h = Self.hash(bytes)
            let mask = slots.count - 1
            var slot = Self.start(h, mask)
            while true {
                let value = slots[slot]
                if value == 0 { break }
                if UInt32(truncatingIfNeeded: value >> 32) == h {
                    let e = Int(value & 0xFFFF_FFFF) - 1
                    if ByteHash.same(entries[e].key, bytes) { return e }
                }
                slot = (slot + 1) & mask
            }
            slots[slot] = Self.slot(h, entries.count)
            entries.append(Entry(key: key, line: Int32(clamping: line), hash: h))
            return nil
        }
    }

    /// Adds the keys of `later`, in their order, unless one of them is here already: then it adds
    /// none after that one and answers false (the caller takes back the rest with `removeLast`).
    mutating func absorb(_ later: KeyTable) -> Bool {
        for e in later.entries {
            var s = e.key
            if s.withUTF8({ find($0, hash: e.hash) }) != nil { return false }
            if (entries.count + 1) * 2 > slots.count { grow() }
            let mask = slots.count - 1
            var slot = Self.start(e.hash, mask)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Self.slot(e.hash, entries.count)
            entries.append(e)
        }
        return true
    }

    /// Forgets every key, keeping the room: a reader of one piece after another fills about as
    /// many each time (starting from a small table, it grew ten times a piece).
    mutating func removeAllKeepingRoom() {
        entries.removeAll(keepingCapacity: true)
        slots.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
    }

    /// Takes back the key added last.
    mutating func removeLast() {
        let last = entries.count - 1
        let mask = slots.count - 1
        let value = Self.slot(entries[last].hash, last)
        var slot = Self.start(entries[last].hash, mask)
        while slots[slot] != value { slot = (slot + 1) & mask }
        slots[slot] = 0
        entries.removeLast()
    }

    /// Takes back keys until `count` remain.
    mutating func removeLast(downTo count: Int) {
        while entries.count > count { removeLast() }
    }

    /// Moves the lines of first use after an insertion to where it put them (the keys are in the
    /// order first used, which is file order, so those after it are the last ones).
    mutating func shift(_ s: LineShift) {
        for i in firstAfter(s.afterLine, entries.count, { Int(entries[$0].line) })..<entries.count {
            entries[i].line = Int32(clamping: Int(entries[i].line) + s.lines)
        }
    }

    /// Every key, in the order first used.
    var keys: [String] { entries.map(\.key) }

    /// The keys and lines as a dictionary, for decoders written against one.
    var dictionary: [String: Int] {
        var d: [String: Int] = [:]
        d.reserveCapacity(entries.count)
        for e in entries { d[e.key] = Int(e.line) }
        return d
    }

    private func find(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt32) -> Int? {
        let mask = slots.count - 1
        var slot = Self.start(h, mask)
        while true {
            let value = slots[slot]
            if value == 0 { return nil }
            if UInt32(truncatingIfNeeded: value >> 32) == h {
                let e = Int(value & 0xFFFF_FFFF) - 1
                if ByteHash.same(entries[e].key, key) { return e }
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for i in entries.indices {
            var slot = Self.start(entries[i].hash, mask)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Self.slot(entries[i].hash, i)
        }
    }

    /// Where the probe for a key of hash `h` starts. Numbered keys have neighbouring hashes (`hash`),
    /// ten to a run; in a large table that fills one stretch at a time, but in a small one (a ward's
    /// few dozen branches, all in the cache anyway) the runs joined into chains that a look-up walked
    /// twenty slots along, so a small table scatters them.
    @inline(__always) private static func start(_ h: UInt32, _ mask: Int) -> Int {
        guard mask < scatteredBelow else { return Int(h) & mask }
        return Int(truncatingIfNeeded: (UInt64(h) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Tables of fewer slots than this scatter their keys (`start`).
    private static let scatteredBelow = 1 << 16

    private static func slot(_ hash: UInt32, _ index: Int) -> UInt64 {
        UInt64(hash) << 32 | UInt64(index + 1)
    }

    /// Keys are mostly numbered in file order (KT0000001, KT0000002 …): keys that differ only in their
    /// last digit get neighbouring slots, so a run of new keys fills one stretch of the table instead
    /// of missing the cache once per key. Everything before the last byte is hashed as usual.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let n = bytes.count
        guard n >= 2 else { return UInt32(truncatingIfNeeded: ByteHash.hash(bytes)) }
        let head = UInt32(truncatingIfNeeded: ByteHash.hash(UnsafeBufferPointer(rebasing: bytes[..<(n - 1)])))
        return head &+ UInt32(bytes[n - 1] & 0x0F)
    }
}
