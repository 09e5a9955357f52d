/// Records as the reader finds them: names and values as borrowed byte ranges, before any String is made.

/// One field of a `RawRecord`.
struct RawField {
    /// The name's bytes (ASCII letters, digits, `_` and `%`).
    var name: UnsafeBufferPointer<UInt8>
    /// The value's bytes with continuation lines joined: in the buffer being read, or in the reader's
    /// scratch space for a value of several lines.
    var value: UnsafeBufferPointer<UInt8>
    /// The 1-based line of the field's `Name:`.
    var line: Int
    /// Where that line starts in the buffer being read.
    var lineStart: Int
}

/// A record before decoding. Its bytes are borrowed from the reader and valid only while it is
/// handed over: a consumer keeps Strings or numbers made from them, never the pointers.
struct RawRecord {
    /// The `%rec:` name of the descriptor the record follows; nil before any descriptor.
    var set: String?
    /// The 1-based line of the record's first field.
    var line: Int
    var fields = UnsafeBufferPointer<RawField>(start: nil, count: 0)
    /// The reader reported an error inside this record: the decoder leaves it out.
    var hasSyntaxErrors = false
    /// The buffer being read, and the file offset of its first byte.
    var bytes: UnsafeBufferPointer<UInt8>
    var base: Int

    /// The bytes of the whole line that starts at `start` in `bytes`, without its line break.
    func lineBytes(from start: Int) -> UnsafeBufferPointer<UInt8> {
        var end = start
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }
}

/// Receives each record as soon as the reader completes it.
protocol RawRecordSink {
    mutating func take(_ record: RawRecord)
}

/// Growable bytes at a fixed address between resets: the joined values of the record being read.
final class ByteScratch {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 4096) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    func reset() { count = 0 }

    /// Appends bytes; an earlier offset stays valid, an earlier pointer may not (the space can move).
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        if let from = bytes.baseAddress { (base + count).update(from: from, count: bytes.count) }
        count += bytes.count
    }

    func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    func buffer(_ offset: Int, _ length: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + offset, count: length)
    }

    private func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        var grown = capacity * 2
        while grown < count + extra { grown *= 2 }
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        moved.update(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = grown
    }
}
