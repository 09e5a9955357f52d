/// Display columns of text on a terminal or a monospaced printout, and wrapping and padding by them.

import Foundation

/// Widths in columns per grapheme cluster: a Vietnamese letter with its marks is one column in any
/// normalisation form, East Asian wide characters and emoji two, marks and format characters none.
///
/// Exchange may not import Canvas, whose `DisplayWidth` is the full table for the screen; a text
/// paper holds Vietnamese and the odd foreign name, for which these rules give the same answer.
enum TextWidth {
    static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    static func of(_ character: Character) -> Int {
        if character.isASCII { return 1 }
        guard let first = character.unicodeScalars.first else { return 0 }
        let properties = first.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark, .format: return 0
        default: break
        }
        if properties.isEmojiPresentation || isWide(first.value) { return 2 }
        return 1
    }

    /// East Asian wide and fullwidth blocks: Hangul, CJK, kana, fullwidth forms.
    private static func isWide(_ v: UInt32) -> Bool {
        (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
    }

    /// `text` broken at spaces into lines of at most `width` columns, each line after `first` (the
    /// first line of a paragraph) or `rest` (the others): an indent, a dash. A word longer than the
    /// line is broken between characters. Line breaks in the text start new paragraphs; "" gives [""].
    static func wrap(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = first, used = of(first), empty = true
            for piece in paragraph.split(separator: " ") {
                var word = String(piece)
                if !empty, used + 1 + of(word) <= width {
                    line += " " + word
                    used += 1 + of(word)
                    continue
                }
                if !empty {
                    lines.append(line)
                    (line, used) = (rest, of(rest))
                }
                while used + of(word) > width, of(word) > 1 {
                    let (head, tail) = split(word, at: max(width - used, 1))
                    if tail.isEmpty { break }
                    lines.append(line + head)
                    (line, used, word) = (rest, of(rest), tail)
                }
                line += word
                used += of(word)
                empty = false
            }
            lines.append(line)
        }
        return lines
    }

    /// The longest prefix of `word` within `width` columns (at least one character), and the rest.
    private static func split(_ word: String, at width: Int) -> (String, String) {
        var head = "", used = 0
        var index = word.startIndex
        while index < word.endIndex {
            let w = of(word[index])
            if used + w > width, !head.isEmpty { break }
            head.append(word[index])
            used += w
            index = word.index(after: index)
        }
        return (head, String(word[index...]))
    }

    /// `text` padded with spaces to `width` columns, set left, right or in the middle.
    static func pad(_ text: String, _ width: Int, _ alignment: CellAlignment) -> String {
        let gap = max(0, width - of(text))
        switch alignment {
        case .left: return text + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + text
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + text + String(repeating: " ", count: gap - left)
        }
    }

    /// The longest word of `text`, in columns.
    static func longestWord(_ text: String) -> Int {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { of(String($0)) }.max() ?? 0
    }
}
