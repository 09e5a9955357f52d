/// Shares one box between the awards that name the same sponsor, class, school and voucher, found by their bytes.

/// The boxes of `AwardExtra` made so far, looked up by the UTF-8 bytes of the four values. The
/// standard library's String hashing normalises non-ASCII text on every call (it was a quarter of a
/// store's load); the values here are in NFC already, so equal bytes are the same answer.
struct AwardExtraTable {
    /// At most this many boxes are kept; past them a new box is simply made.
    static let limit = 100_000
    private var boxes: [Key: AwardExtra.Box] = [:]

    /// The box of `extra`, shared with earlier awards that name the same; nil when it names nothing.
    mutating func box(_ extra: AwardExtra) -> AwardExtra.Box? {
        let key = Key(extra)
        if let box = boxes[key] { return box }
        let box = AwardExtra.box(extra)
        if let box, boxes.count < Self.limit { boxes[key] = box }
        return box
    }

    private struct Key: Hashable {
        let extra: AwardExtra

        init(_ extra: AwardExtra) {
            self.extra = extra
        }

        func hash(into hasher: inout Hasher) {
            var h = Self.bytesHash(extra.sponsor)
            h = (h &* 0x9E37_79B9_7F4A_7C15) ^ Self.bytesHash(extra.paper.className)
            h = (h &* 0x9E37_79B9_7F4A_7C15) ^ Self.bytesHash(extra.paper.school)
            h = (h &* 0x9E37_79B9_7F4A_7C15) ^ Self.bytesHash(extra.paper.voucher)
            hasher.combine(h)
        }

        static func == (a: Key, b: Key) -> Bool {
            same(a.extra.sponsor, b.extra.sponsor) && same(a.extra.paper.className, b.extra.paper.className)
                && same(a.extra.paper.school, b.extra.paper.school) && same(a.extra.paper.voucher, b.extra.paper.voucher)
        }

        private static func bytesHash(_ value: String?) -> UInt64 {
            guard var value else { return 1 }
            return value.withUTF8 { ByteHash.hash($0) }
        }

        private static func same(_ a: String?, _ b: String?) -> Bool {
            switch (a, b) {
            case (nil, nil): true
            case let (a?, b?): StringTable.sameBytes(a, b)
            default: false
            }
        }
    }
}
