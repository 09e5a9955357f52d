/// A person's name as the store keeps it: NFC, one space between words, each word capitalised.

extension VietText {
    /// `text` in NFC with every run of spaces, tabs and no-break spaces made one space and none at
    /// the ends: how every text value is written to the store.
    ///
    ///     spaced("  Chi hội   khu phố 1 ")   // "Chi hội khu phố 1"
    public static func spaced(_ text: String) -> String {
        nfc(text).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }).joined(separator: " ")
    }

    /// A person's name tidied as a ward office writes it: `spaced`, then each word with its first
    /// letter a capital and the rest small, whatever the keyboard's Caps Lock or Unikey did.
    ///
    ///     personName("nguyễn  thị HOÀ")   // "Nguyễn Thị Hoà"
    ///     personName("đỗ văn đức")        // "Đỗ Văn Đức"
    public static func personName(_ text: String) -> String {
        spaced(text).split(separator: " ").map { word in
            guard let first = word.first else { return "" }
            return first.uppercased() + word.dropFirst().lowercased()
        }.joined(separator: " ")
    }
}
