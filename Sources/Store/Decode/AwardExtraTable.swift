/// Shares one box between the awards that name the same sponsor, class, school and voucher, found by their interned numbers.

/// The boxes of `AwardExtra` made so far, looked up by the numbers the decoder's interners gave the
/// four values (the same number is the same bytes, and values are in NFC, so the same text). The
/// values' own String hashing normalised non-ASCII text on every look-up and was a quarter of a
/// store's load. A value an interner does not keep has no number: its award gets a box of its own.
struct AwardExtraTable {
    /// At most this many boxes are kept; past them a new box is simply made.
    static let limit = 100_000
    private var boxes: [Key: AwardExtra.Box] = [:]

    private struct Key: Hashable {
        var first: UInt64
        var second: UInt64
    }

    /// The box of the award's sponsor, class, school and voucher, shared with earlier awards that
    /// name the same; nil when it names none of them.
    mutating func box(sponsor: InternedText, className: InternedText, school: InternedText,
                      voucher: InternedText) -> AwardExtra.Box? {
        let extra = AwardExtra(sponsor: sponsor.value, paper: AwardPaperFields(
            className: className.value, school: school.value, voucher: voucher.value))
        guard sponsor.isNumbered, className.isNumbered, school.isNumbered, voucher.isNumbered else {
            return AwardExtra.box(extra)
        }
        let key = Key(first: Self.pair(sponsor.entry, className.entry), second: Self.pair(school.entry, voucher.entry))
        if let box = boxes[key] { return box }
        let box = AwardExtra.box(extra)
        if let box, boxes.count < Self.limit { boxes[key] = box }
        return box
    }

    private static func pair(_ a: Int32, _ b: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b))
    }
}
