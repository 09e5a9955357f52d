/// Sheet names as Excel takes them: at most 31 characters, none of []:*?/\, not empty, unique in the book.

import Foundation
import VietText

/// Makes a worksheet's name one that Excel accepts.
enum SheetName {
    static let maxLength = 31
    static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// NFC, forbidden characters as "-", no apostrophe at either end, cut to 31 characters (UTF-16
    /// units, as Excel counts; NFC Vietnamese has one per letter); "Trang tính" when nothing is left.
    static func safe(_ name: String) -> String {
        var text = String(VietText.nfc(name).map { forbidden.contains($0) || $0.isNewline ? "-" : $0 })
        text = text.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "'")))
        text = cut(text, to: maxLength)
        return text.isEmpty ? "Trang tính" : text
    }

    /// `name`, or "name (2)", "name (3)" … cut to fit, the first not in `taken` (Excel compares names without case).
    static func unique(_ name: String, taken: [String]) -> String {
        let lowered = Set(taken.map { $0.lowercased() })
        guard lowered.contains(name.lowercased()) else { return name }
        var n = 2
        while true {
            let suffix = " (\(n))"
            let candidate = cut(name, to: maxLength - suffix.utf16.count) + suffix
            if !lowered.contains(candidate.lowercased()) { return candidate }
            n += 1
        }
    }

    private static func cut(_ text: String, to units: Int) -> String {
        var out = ""
        for character in text {
            if out.utf16.count + String(character).utf16.count > units { break }
            out.append(character)
        }
        return out.trimmingCharacters(in: .whitespaces)
    }
}
