/// The boxes of the awards' sponsor, class, school and voucher found again by those values' bytes as written, before any interner.

/// For the reader of plain records: the box an award got for its four optional values, looked up
/// by those values' bytes as the record writes them. The same four byte strings make the same four
/// Strings (each through its interner, the same NFC of the same bytes), so the box made for the
/// first award that wrote them is the one every later award writing them gets. A hit costs one hash
/// over the four values and a comparison of their bytes, where four interner look-ups and the box
/// table's cost about five times as much (the benchmark's awards mostly name a voucher, a class and
/// a school). At most 100.000 combinations in 8 MB: awards that each name a voucher of their own
/// fill it, and from then on each only misses it once before the usual way.
struct AwardExtraBytes {
    /// At most this many combinations are kept, holding at most `byteLimit` bytes between them;
    /// past that an award's box is found the usual way.
    static let limit = 100_000
    static let byteLimit = 8 << 20

    private struct Entry {
        var hash: UInt64
        /// Where the four values start in `bytes`, one after the other.
        var start: Int
        /// Each value's length, or -1 when the award does not name it.
        var lengths: (Int32, Int32, Int32, Int32)
        var box: AwardExtra.Box
    }

    private var entries: [Entry] = []
    private var bytes: [UInt8] = []
    /// Positions in `entries`, by their hash.
    private var index = SlotIndex()

    typealias Values = (UnsafeBufferPointer<UInt8>?, UnsafeBufferPointer<UInt8>?, UnsafeBufferPointer<UInt8>?,
                        UnsafeBufferPointer<UInt8>?)

    /// The hash of the four values as a look-up and an insertion use it: each value's length and
    /// its first and last eight bytes (values that differ only in between share a slot's chain and
    /// are told apart by their bytes; hashing all of each value cost as much as the look-ups saved).
    static func hash(_ v: Values) -> UInt64 {
        @inline(__always) func mix(_ h: UInt64, _ value: UnsafeBufferPointer<UInt8>?) -> UInt64 {
            guard let value, let p = value.baseAddress else { return (h ^ 0x5BD1_E995) &* 0xFF51_AFD7_ED55_8CCD }
            let n = value.count
            let raw = UnsafeRawPointer(p)
            var word = UInt64(n)
            if n >= 8 {
                word ^= raw.loadUnaligned(as: UInt64.self) ^ (raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) &* 0x9E37_79B9)
            } else {
                for i in 0..<n { word ^= UInt64(p[i]) << (8 * UInt64(i) + 8) }
            }
            let h = (h ^ word) &* 0xC4CE_B9FE_1A85_EC53
            return h ^ (h >> 29)
        }
        let h = mix(mix(mix(mix(0x9E37_79B9_7F4A_7C15, v.0), v.1), v.2), v.3)
        return h ^ (h >> 32)
    }

    /// The box made before for these four values, or nil when none was kept.
    func box(_ v: Values, hash h: UInt64) -> AwardExtra.Box? {
        index.first(hash: Int(truncatingIfNeeded: h), where: { entries[$0].hash == h && same(entries[$0], v) })
            .map { entries[$0].box }
    }

    /// Keeps `box` as the box of these four values (not looked up since: they are not here).
    mutating func keep(_ box: AwardExtra.Box, for v: Values, hash h: UInt64) {
        let values = [v.0, v.1, v.2, v.3]
        let size = values.reduce(0) { $0 + ($1?.count ?? 0) }
        guard entries.count < Self.limit, bytes.count + size <= Self.byteLimit else { return }
        let start = bytes.count
        for case let value? in values { bytes.append(contentsOf: value) }
        let lengths = (Self.length(v.0), Self.length(v.1), Self.length(v.2), Self.length(v.3))
        entries.append(Entry(hash: h, start: start, lengths: lengths, box: box))
        let all = entries
        index.insert(all.count - 1, hash: Int(truncatingIfNeeded: h)) { Int(truncatingIfNeeded: all[$0].hash) }
    }

    /// True when `e` was kept for exactly these four values.
    private func same(_ e: Entry, _ v: Values) -> Bool {
        let lengths = e.lengths
        guard lengths.0 == Self.length(v.0), lengths.1 == Self.length(v.1), lengths.2 == Self.length(v.2),
              lengths.3 == Self.length(v.3) else { return false }
        return bytes.withUnsafeBufferPointer { kept in
            var at = e.start
            func matches(_ value: UnsafeBufferPointer<UInt8>?) -> Bool {
                guard let value, let p = value.baseAddress, let q = kept.baseAddress, !value.isEmpty else { return true }
                defer { at += value.count }
                return Self.equal(q + at, p, value.count)
            }
            return matches(v.0) && matches(v.1) && matches(v.2) && matches(v.3)
        }
    }

    /// The `n` bytes at `a` and at `b` are the same: eight at a time (values are a few words long,
    /// and a call of `memcmp` for each cost more than the comparison).
    @inline(__always) private static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let x = UnsafeRawPointer(a), y = UnsafeRawPointer(b)
        guard n >= 8 else {
            for i in 0..<n where a[i] != b[i] { return false }
            return true
        }
        var i = 0
        while i + 8 < n {
            if x.loadUnaligned(fromByteOffset: i, as: UInt64.self) != y.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
                return false
            }
            i += 8
        }
        // The last eight bytes in one load, some of them compared already.
        return x.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) == y.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
    }

    private static func length(_ value: UnsafeBufferPointer<UInt8>?) -> Int32 { value.map { Int32($0.count) } ?? -1 }
}
