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
