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
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        var pendingSpace = false, started = false
        @inline(__always) func mix(_ byte: UInt8) {
            if pendingSpace, started { h = (h ^ 0x20) &* 0x0000_0100_0000_01B3 }
            pendingSpace = false
            started = true
            h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        for scalar in string.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = true
                } else if let letter = Letter.ascii(byte) {
                    mix(letter.folded)
                } else {
                    mix(byte)
                }
            } else if let info = LetterTable.info(value) {
                mix(info.letter.folded)
            } else {
                return fnv(searchKey(string))
            }
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
