/// A header or a value as it is compared: accents, case, spacing and punctuation set aside ("Họ, tên" and "HO TEN" are one).

import VietText

enum HeaderKey {
    /// Letters and digits only, folded as search folds them (đ → d, tones and marks off, lowercase).
    static func fold(_ text: String) -> String {
        String(VietText.searchKey(text).unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            .map(Character.init))
    }

    /// Lowercase with the marks kept and spacing taken out: tells "Nam" (male) from "Năm" (year),
    /// which fold alike.
    static func exact(_ text: String) -> String {
        String(VietText.nfc(text).lowercased().filter { !$0.isWhitespace && !$0.isPunctuation })
    }
}
