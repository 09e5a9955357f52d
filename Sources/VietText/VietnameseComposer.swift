// Composes decomposed Vietnamese (a vowel followed by its marks) into NFC without Foundation.

/// NFC for text made of safe characters (see `NFCQuickCheck`) and vowels followed by the eight
/// combining marks Vietnamese uses: the tones ̀ ̉ ̃ ́ ̣ and the modifiers ̂ ̆ ̛.
///
/// It runs the Unicode algorithm on that small domain: a vowel and its marks are fully decomposed,
/// the marks put in canonical order (horn 216, dot below 220, the others 230, stable), then composed
/// one at a time with pairs that Unicode defines. When a mark would be left over, or any other
/// character appears, it answers nil and the caller runs the general algorithm; so whatever it does
/// compose, full NFC composes the same way.
enum VietnameseComposer {
    /// The NFC form of well-formed UTF-8, or nil when the text is outside the domain above.
    static func compose(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let src = bytes.baseAddress, bytes.count > 0 else { return "" }
        let count = bytes.count
        var failed = false
        let result = String(unsafeUninitializedCapacity: count) { out in
            var i = 0, o = 0
            var starterAt = -1
            var starter = LetterInfo(letter: .a, tone: .none, upper: false, foreignMark: false)
            while i < count {
                let byte = src[i]
                if byte < 0x80 {
                    out[o] = byte
                    if let letter = Letter.ascii(byte), letter.isVowel {
                        starter = LetterInfo(letter: letter, tone: .none, upper: byte < 0x61, foreignMark: false)
                        starterAt = o
                    } else {
                        starterAt = -1
                    }
                    i += 1
                    o += 1
                    continue
                }
                if byte == 0xCC {
                    var marks = MarkSequence()
                    while i + 1 < count, src[i] == 0xCC, let mark = CombiningMark(utf8Second: src[i + 1]) {
                        guard marks.append(mark) else { failed = true; return 0 }
                        i += 2
                    }
                    guard starterAt >= 0, marks.count > 0, let scalar = compose(starter, marks) else {
                        failed = true
                        return 0
                    }
                    o = starterAt + encode(scalar, into: out, at: starterAt)
                    starterAt = -1
                    continue
                }
                let length = NFCQuickCheck.safeLength(src, at: i, count: count)
                guard length > 0 else { failed = true; return 0 }
                starterAt = -1
                if length <= 3 {
                    let value = length == 2
                        ? UInt32(byte & 0x1F) << 6 | UInt32(src[i + 1] & 0x3F)
                        : UInt32(byte & 0x0F) << 12 | UInt32(src[i + 1] & 0x3F) << 6 | UInt32(src[i + 2] & 0x3F)
                    if let info = LetterTable.info(value), !info.foreignMark, info.letter.isVowel {
                        starter = info
                        starterAt = o
                    }
                }
                for k in 0..<length { out[o + k] = src[i + k] }
                i += length
                o += length
            }
            return o
        }
        return failed ? nil : result
    }

    /// Composes a vowel with the marks that follow it into one scalar, or nil.
    private static func compose(_ starter: LetterInfo, _ following: MarkSequence) -> UInt32? {
        let (base, startModifier) = starter.letter.parts
        var marks = MarkSequence()
        // The full canonical decomposition of the starter, already in canonical order.
        if startModifier == .horn { _ = marks.append(.horn) }
        if starter.tone == .dot { _ = marks.append(.dot) }
        if startModifier == .circumflex { _ = marks.append(.circumflex) }
        if startModifier == .breve { _ = marks.append(.breve) }
        if starter.tone != .none, starter.tone != .dot {
            _ = marks.append(CombiningMark(rawValue: starter.tone.rawValue)!)
        }
        for k in 0..<following.count {
            guard marks.append(following[k]) else { return nil }
        }

        // Canonical order is a stable sort by combining class; then compose left to right.
        var modifier = Modifier.none
        var tone = Tone.none
        for pass in 0..<3 {
            let combiningClass = pass == 0 ? 216 : pass == 1 ? 220 : 230
            for k in 0..<marks.count where marks[k].combiningClass == combiningClass {
                let mark = marks[k]
                if let added = mark.modifier {
                    guard modifier == .none, base.adding(added) != nil,
                          tone == .none || (tone == .dot && added != .horn) else { return nil }
                    modifier = added
                } else {
                    guard tone == .none, let next = mark.tone else { return nil }
                    if next == .dot, modifier == .circumflex || modifier == .breve { return nil }
                    tone = next
                }
            }
        }
        return LetterTable.scalar(base.adding(modifier)!, tone, upper: starter.upper)?.value
    }

    /// Writes a scalar of at most three UTF-8 bytes; returns how many it wrote.
    private static func encode(_ value: UInt32, into out: UnsafeMutableBufferPointer<UInt8>, at o: Int) -> Int {
        if value < 0x80 {
            out[o] = UInt8(value)
            return 1
        }
        if value < 0x800 {
            out[o] = 0xC0 | UInt8(value >> 6)
            out[o + 1] = 0x80 | UInt8(value & 0x3F)
            return 2
        }
        out[o] = 0xE0 | UInt8(value >> 12)
        out[o + 1] = 0x80 | UInt8(value >> 6 & 0x3F)
        out[o + 2] = 0x80 | UInt8(value & 0x3F)
        return 3
    }
}
