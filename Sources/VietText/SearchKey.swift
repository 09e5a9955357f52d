// Search folding: decompose, drop the marks, đ → d, lowercase, one space between words.

extension VietText {
    /// The folded form of a text for searching: "  Nguyễn   HIỀN " → "nguyen hien", "Đồng" → "dong".
    ///
    /// Works on any normalisation form; letters of other alphabets are lowercased and lose their
    /// accents too. Build it once per record and match queries against it with `SearchQuery`.
    public static func searchKey(_ string: String) -> String {
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
        return text.withUTF8 { bytes in foldedHash(bytes) } ?? fnv(searchKey(string))
    }

    /// The hash over UTF-8 bytes, decoding two- and three-byte letters by hand; nil when the text
    /// holds anything `searchKey` treats otherwise (a combining mark, another alphabet).
    private static func foldedHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
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
                let value: UInt32
                if b & 0xE0 == 0xC0, i + 1 < n {
                    value = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    i += 2
                } else if b & 0xF0 == 0xE0, i + 2 < n {
                    value = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    i += 3
                } else {
                    return nil
                }
                guard let info = LetterTable.info(value) else { return nil }
                folded = info.letter.folded
            }
            if pendingSpace, started { h = (h ^ 0x20) &* 0x0000_0100_0000_01B3 }
            pendingSpace = false
            started = true
            h = (h ^ UInt64(folded)) &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// FNV-1a over the UTF-8 bytes of `text`.
    static func fnv(_ text: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return h
    }
}
