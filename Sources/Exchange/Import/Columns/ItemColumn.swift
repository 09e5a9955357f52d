/// A column of an assessment sheet that holds one item's scores: known by the item's code ("3", "Chỉ tiêu 3", "CT 2.1", "Tiêu chí 1.2") or by its text.

import Store
import VietText

/// Sheets name an item's column by its code, with or without a word before it, or by the item's
/// own words. Codes keep their dots ("1.1" is not "11"), so they are compared on the folded text
/// with only the spaces taken out.
enum ItemColumn {
    /// The words a code may follow in a header, folded.
    static let codeWords = ["chitieu", "tieuchi", "ct", "tc", "muc", "diem", "noidung"]

    /// The position among `items` of the item `header` names, if any.
    static func match(_ header: String, items: [Criterion]) -> Int? {
        var key = VietText.searchKey(header).filter { $0 != " " }
        while let last = key.last, [".", ":", ")"].contains(last) { key.removeLast() }
        for word in codeWords where key.hasPrefix(word) && key.count > word.count {
            let rest = key.dropFirst(word.count)
            if rest.first?.isNumber == true {
                key = String(rest)
                break
            }
        }
        if let found = items.firstIndex(where: { $0.code.lowercased() == key }) { return found }
        let words = HeaderKey.fold(header)
        guard words.count > 3 else { return nil }
        return items.firstIndex { !$0.text.isEmpty && HeaderKey.fold($0.text) == words }
    }
}
