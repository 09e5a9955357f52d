/// Short field names compared as integers, for the byte decoders.

/// A field name of up to 16 ASCII bytes packed in two words, so names compare as integers.
struct PackedName: Equatable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var count: Int

    /// False for a name too long to pack: it equals no name of the schema.
    var isExact: Bool { count <= 16 }

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        count = bytes.count
        guard count <= 16 else { count = 17; return }
        for i in 0..<count {
            if i < 8 { low |= UInt64(bytes[i]) << (8 * UInt64(i)) } else { high |= UInt64(bytes[i]) << (8 * UInt64(i - 8)) }
        }
    }

    init(_ name: String) {
        var s = name
        self = s.withUTF8 { PackedName($0) }
    }

    static func == (a: PackedName, b: PackedName) -> Bool {
        a.count <= 16 && a.count == b.count && a.low == b.low && a.high == b.high
    }
}
