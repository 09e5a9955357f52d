/// Short field names compared as integers, for the byte decoders.

/// A field name of up to 16 ASCII bytes packed in two words, so names compare as integers.
struct PackedName: Equatable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var count: Int

    /// False for a name too long to pack: it equals no name of the schema.
    var isExact: Bool { count <= 16 }

    /// Byte `i` of the name is byte `i % 8` of `low` (`i < 8`) or `high`, lowest first, packed with
    /// one copy rather than a shift per byte (a store's load packs every field name it reads).
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        count = bytes.count
        guard count <= 16 else { count = 17; return }
        guard count > 0, let base = bytes.baseAddress else { return }
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { $0.baseAddress!.copyMemory(from: base, byteCount: count) }
        low = UInt64(littleEndian: words.0)
        high = UInt64(littleEndian: words.1)
    }

    init(_ name: String) {
        var s = name
        self = s.withUTF8 { PackedName($0) }
    }

    static func == (a: PackedName, b: PackedName) -> Bool {
        a.count <= 16 && a.count == b.count && a.low == b.low && a.high == b.high
    }
}
