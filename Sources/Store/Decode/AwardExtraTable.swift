/// Shares one box between the awards that name the same sponsor, class, school and voucher, found by their interned numbers.

/// The boxes of `AwardExtra` made so far, looked up by the numbers the decoder's interners gave the
/// four values (the same number is the same bytes, and values are in NFC, so the same text). The
/// values' own String hashing normalised non-ASCII text on every look-up and was a quarter of a
/// store's load; a Dictionary over the numbers still hashed them with SipHash, so the numbers have a
/// table of their own (open addressing over a cheap mix of the two words). A value an interner does
/// not keep has no number: its award gets a box of its own.
struct AwardExtraTable {
    /// At most this many boxes are kept; past them a new box is simply made.
    static let limit = 100_000
    private var keys: [Key] = []
    private var boxes: [AwardExtra.Box] = []
    /// Positions in `keys` and `boxes`, by the key's hash.
    private var index = SlotIndex()

    private struct Key: Equatable {
        var first: UInt64
        var second: UInt64
    }

    /// The box of the award's sponsor, class, school and voucher, shared with earlier awards that
    /// name the same; nil when it names none of them.
    mutating func box(sponsor: InternedText, className: InternedText, school: InternedText,
                      voucher: InternedText) -> AwardExtra.Box? {
        let none = InternedText.none
        if sponsor.entry == none, className.entry == none, school.entry == none, voucher.entry == none { return nil }
        func made() -> AwardExtra.Box? {
            AwardExtra.box(AwardExtra(sponsor: sponsor.value, paper: AwardPaperFields(
                className: className.value, school: school.value, voucher: voucher.value)))
        }
        guard sponsor.isNumbered, className.isNumbered, school.isNumbered, voucher.isNumbered else { return made() }
        let key = Key(first: Self.pair(sponsor.entry, className.entry), second: Self.pair(school.entry, voucher.entry))
        let h = Self.hash(key)
        if let i = index.first(hash: h, where: { keys[$0] == key }) { return boxes[i] }
        guard let box = made() else { return nil }
        if keys.count < Self.limit {
            keys.append(key)
            boxes.append(box)
            let all = keys
            index.insert(all.count - 1, hash: h) { Self.hash(all[$0]) }
        }
        return box
    }

    private static func hash(_ key: Key) -> Int {
        var h = (key.first &* 0x9E37_79B9_7F4A_7C15) ^ (key.second &* 0xC2B2_AE3D_27D4_EB4F)
        h ^= h >> 29
        h = h &* 0xFF51_AFD7_ED55_8CCD
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }

    private static func pair(_ a: Int32, _ b: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b))
    }
}
