/// A person's name as the store keeps it: NFC, one space between words, each word capitalised.

extension VietText {
    /// `text` in NFC with every run of spaces, tabs and no-break spaces made one space and none at
    /// the ends: how every text value is written to the store.
    ///
    ///     spaced("  Chi hội   khu phố 1 ")   // "Chi hội khu phố 1"
    public static func spaced(_ text: String) -> String {
        let composed = nfc(text)
        // Most values are spaced already (an import spaces each cell before the store does): a
        // look at the bytes spares the split and the join.
        if isSpaced(composed) { return composed }
        return composed.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }).joined(separator: " ")
    }

    /// No tab, no no-break space, no space at either end or after another.
    private static func isSpaced(_ text: String) -> Bool {
        var previous: UInt8 = 0x20
        var lastByte: UInt8 = 0
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            if byte == 0x09 || (byte == 0x20 && previous == 0x20) { return false }
            // U+00A0 is C2 A0 in UTF-8.
            if byte == 0xA0 && previous == 0xC2 { return false }
            previous = byte
            lastByte = byte
        }
        return lastByte != 0x20
    }

    /// A person's name tidied as a ward office writes it: `spaced`, then each word with its first
    /// letter a capital and the rest small, whatever the keyboard's Caps Lock or Unikey did.
    ///
    ///     personName("nguyễn  thị HOÀ")   // "Nguyễn Thị Hoà"
    ///     personName("đỗ văn đức")        // "Đỗ Văn Đức"
    public static func personName(_ text: String) -> String {
        var spacedText = spaced(text)
        // A list's names are mostly written right already: a look at the bytes spares the split,
        // the case mappings and the join.
        if spacedText.withUTF8(isNameCased) { return spacedText }
        return casedWords(spacedText)
    }

    /// Each word of spaced text with its first character in capitals and the rest small.
    static func casedWords(_ spacedText: String) -> String {
        spacedText.split(separator: " ").map { word in
            guard let first = word.first else { return "" }
            return first.uppercased() + word.dropFirst().lowercased()
        }.joined(separator: " ")
    }

    /// Whether spaced UTF-8 text is already cased as `personName` cases it: each word's first
    /// letter a capital and its other letters small. False (so the slow way decides) for anything
    /// other than ASCII and the precomposed Latin letters of the letter table.
    private static func isNameCased(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        var wordStart = true
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                if b == 0x20 {
                    wordStart = true
                    continue
                }
                let isUpper = b >= 0x41 && b <= 0x5A, isLower = b >= 0x61 && b <= 0x7A
                if (isUpper && !wordStart) || (isLower && wordStart) { return false }
                wordStart = false
                continue
            }
            guard let info = LetterTable.info(utf8: bytes, at: &i), info.upper == wordStart else { return false }
            wordStart = false
        }
        return true
    }
}
