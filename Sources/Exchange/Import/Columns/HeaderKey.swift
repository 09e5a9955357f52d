/// A header or a value as it is compared: accents, case, spacing and punctuation set aside ("Họ, tên" and "HO TEN" are one).

import VietText

enum HeaderKey {
    /// Letters and digits only, folded as search folds them (đ → d, tones and marks off, lowercase).
    static func fold(_ text: String) -> String {
        let key = VietText.searchKey(text)
        // A folded key is nearly always ASCII, its letters small already.
        if key.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: key.utf8.filter { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }, as: UTF8.self)
        }
        return String(key.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            .map(Character.init))
    }

    /// Lowercase with the marks kept and spacing taken out: tells "Nam" (male) from "Năm" (year),
    /// which fold alike.
    static func exact(_ text: String) -> String {
        String(VietText.nfc(text).lowercased().filter { !$0.isWhitespace && !$0.isPunctuation })
    }
}
