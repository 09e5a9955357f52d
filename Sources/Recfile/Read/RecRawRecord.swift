/// Records as the reader finds them: names and values as borrowed byte ranges, before any String is made.

/// One field of a `RawRecord`.
package struct RawField {
    /// The name's bytes (ASCII letters, digits, `_` and `%`).
    package var name: UnsafeBufferPointer<UInt8>
    /// The value's bytes with continuation lines joined: in the buffer being read, or in the reader's
    /// scratch space for a value of several lines.
    package var value: UnsafeBufferPointer<UInt8>
    /// The 1-based line of the field's `Name:`.
    package var line: Int
    /// Where that line starts in the buffer being read.
    package var lineStart: Int
}

/// A record before decoding. Its bytes are borrowed from the reader and valid only while it is
/// handed over: a consumer keeps Strings or numbers made from them, never the pointers.
package struct RawRecord {
    /// The `%rec:` name of the descriptor the record follows; nil before any descriptor.
    package var set: String?
    /// The 1-based line of the record's first field.
    package var line: Int
    package var fields = UnsafeBufferPointer<RawField>(start: nil, count: 0)
    /// The reader reported an error inside this record: the decoder leaves it out.
    package var hasSyntaxErrors = false
    /// The buffer being read, and the file offset of its first byte.
    package var bytes: UnsafeBufferPointer<UInt8>
    package var base: Int

    package init(set: String?, line: Int, hasSyntaxErrors: Bool = false, bytes: UnsafeBufferPointer<UInt8>, base: Int) {
        self.set = set
        self.line = line
        self.hasSyntaxErrors = hasSyntaxErrors
        self.bytes = bytes
        self.base = base
    }

    /// The bytes of the whole line that starts at `start` in `bytes`, without its line break.
    package func lineBytes(from start: Int) -> UnsafeBufferPointer<UInt8> {
        var end = start
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }
}

/// Receives each record as soon as the reader completes it.
package protocol RawRecordSink {
    mutating func take(_ record: RawRecord)
}

/// Growable bytes at a fixed address between resets: the joined values of the record being read.
package final class ByteScratch {
    package private(set) var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    package private(set) var count = 0

    package init(capacity: Int = 4096) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    package func reset() { count = 0 }

    /// Appends bytes; an earlier offset stays valid, an earlier pointer may not (the space can move).
    package func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        if let from = bytes.baseAddress { (base + count).update(from: from, count: bytes.count) }
        count += bytes.count
    }

    package func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    package func buffer(_ offset: Int, _ length: Int) -> UnsafeBufferPointer<UInt8> {
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
