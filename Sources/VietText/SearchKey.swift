// Search folding: decompose, drop the marks, đ → d, lowercase, one space between words.

extension VietText {
    /// The folded form of a text for searching: "  Nguyễn   HIỀN " → "nguyen hien", "Đồng" → "dong".
    ///
    /// Works on any normalisation form; letters of other alphabets are lowercased and lose their
    /// accents too. Build it once per record and match queries against it with `SearchQuery`.
    public static func searchKey(_ string: String) -> String {
        var text = string
        if let folded = text.withUTF8({ bytes -> [UInt8]? in
            var sink = FoldedBytes()
            sink.bytes.reserveCapacity(bytes.count)
            return fold(bytes, into: &sink) ? sink.bytes : nil
        }) {
            return String(decoding: folded, as: UTF8.self)
        }
        return searchKeyByUnits(string)
    }

    /// `searchKey` the long way, through the text's units: for any text at all.
    static func searchKeyByUnits(_ string: String) -> String {
        let units = TextUnits.units(of: string)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(units.count)
        for unit in units {
            switch unit.kind {
            case .space: bytes.append(0x20)
            case .letter: bytes.append(Letter(rawValue: UInt8(unit.value))!.folded)
            case .digit: bytes.append(0x30 + UInt8(unit.value))
            case .symbol, .other:
                if let scalar = Unicode.Scalar(unit.value) { bytes.append(contentsOf: UTF8.encode(scalar)!) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension VietText {
    /// A 64-bit FNV-1a hash of `searchKey(string)`, computed without building it: for grouping
    /// many names by their folded form (the double-entry guard over a million awards), where equal
    /// hashes are then confirmed with `searchKey`. Text with combining marks or letters of other
    /// alphabets is hashed through `searchKey` itself, so the hash is always that of the key.
    public static func searchHash(_ string: String) -> UInt64 {
        var text = string
        return text.withUTF8 { bytes in
            var sink = FoldedHash()
            return fold(bytes, into: &sink) ? sink.hash : nil
        } ?? fnv(searchKey(string))
    }

    /// Feeds the bytes of `searchKey` of UTF-8 `bytes` to `sink`, decoding two- and three-byte
    /// letters by hand; false when the text holds anything `searchKey` treats otherwise (a
    /// combining mark, another alphabet), and then `sink` holds nothing of use.
    @inline(__always)
    private static func fold<Sink: FoldSink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout Sink) -> Bool {
        var pendingSpace = false, started = false
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            var folded: UInt8
            if b < 0x80 {
                i += 1
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                    pendingSpace = true
                    continue
                }
                folded = Letter.ascii(b)?.folded ?? b
            } else {
                guard let info = LetterTable.info(utf8: bytes, at: &i) else { return false }
                folded = info.letter.folded
            }
            if pendingSpace, started { sink.append(0x20) }
            pendingSpace = false
            started = true
            sink.append(folded)
        }
        return true
    }

    /// FNV-1a over the UTF-8 bytes of `text`.
    static func fnv(_ text: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return h
    }
}

/// Where `VietText.fold` puts the folded bytes: kept, or hashed as they come.
private protocol FoldSink {
    mutating func append(_ byte: UInt8)
}

/// The folded bytes themselves: `searchKey`'s text.
private struct FoldedBytes: FoldSink {
    var bytes: [UInt8] = []
    mutating func append(_ byte: UInt8) { bytes.append(byte) }
}

/// FNV-1a over the folded bytes: `searchHash`.
private struct FoldedHash: FoldSink {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    mutating func append(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
}
