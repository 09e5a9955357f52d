/// The right-hand side of a theme line: `FG [on BG] [bold] [dim] [reverse] [underline] [italic]`.

import Canvas

/// Reads the words after `=` into a style, collecting every problem instead of stopping.
enum ThemeValue {
    static let colourHelp = "use #RRGGBB, 0–255, a colour name or default"
    static let wordHelp = "after the colour write \"on COLOUR\", bold, dim, reverse, underline or italic"

    /// The style the words describe, or every problem found in them.
    static func parse(_ words: [String]) -> Result<Style, Problems> {
        guard let first = words.first else {
            return .failure(Problems(["no colour after \"=\"; write for example \"white\", \"#ffd700 on 52 bold\" or \"default reverse\""]))
        }
        var problems: [String] = []
        var style = Style()
        var rest = words.dropFirst()[...]
        if let attribute = Attributes.names[first.lowercased()] {
            problems.append("expected a colour before \"\(first)\"; write \"default \(first)\" to keep the terminal's own colour")
            style.attributes.formUnion(attribute)
        } else if first.lowercased() == "on" {
            problems.append("expected the text colour before \"on\"; write \"default on COLOUR\" to keep the terminal's own")
            rest = words[...]
        } else {
            switch color(first) {
            case .success(let c): style.foreground = c
            case .failure(let p): problems += p.messages
            }
        }
        var sawBackground = false
        while let word = rest.popFirst() {
            let lower = word.lowercased()
            if lower == "on" {
                guard let bg = rest.popFirst() else {
                    problems.append("\"on\" needs a colour after it; \(colourHelp)")
                    continue
                }
                if sawBackground { problems.append("the background is given twice; keep one \"on COLOUR\"") }
                sawBackground = true
                switch color(bg) {
                case .success(let c): style.background = c
                case .failure(let p): problems += p.messages
                }
            } else if let attribute = Attributes.names[lower] {
                style.attributes.formUnion(attribute)
            } else if case .success = color(word) {
                problems.append("a second colour \"\(word)\"; write \"FG on BG\" to set the background")
            } else {
                let known = Array(Attributes.names.keys).sorted() + ["on"]
                problems.append("unknown word \"\(word)\"\(Suggestion.hint(for: word, among: known)); \(wordHelp)")
            }
        }
        return problems.isEmpty ? .success(style) : .failure(Problems(problems))
    }

    /// A colour written as `#RRGGBB`, a number 0–255, a name from `Color.names`, or `default`.
    static func color(_ word: String) -> Result<Color, Problems> {
        let lower = word.lowercased()
        if lower == "default" { return .success(.default) }
        if let named = Color.names[lower] { return .success(named) }
        if lower.hasPrefix("#") {
            let hex = lower.dropFirst()
            guard hex.count == 6, hex.allSatisfy(\.isHexDigit), let value = UInt32(hex, radix: 16) else {
                return .failure(Problems(["\"\(word)\" is not a colour; write #RRGGBB with six hex digits, such as #ffd700"]))
            }
            return .success(.rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)))
        }
        if !lower.isEmpty, lower.allSatisfy(\.isASCII), lower.allSatisfy(\.isNumber) {
            guard let n = Int(lower), n <= 255 else {
                return .failure(Problems(["colour number \(word) is out of range; use 0–255"]))
            }
            return .success(.indexed(UInt8(n)))
        }
        let known = Array(Color.names.keys).sorted() + ["default"]
        return .failure(Problems(["unknown colour \"\(word)\"\(Suggestion.hint(for: word, among: known)); \(colourHelp)"]))
    }

    /// The messages for one value, in the order found.
    struct Problems: Error {
        var messages: [String]
        init(_ messages: [String]) { self.messages = messages }
    }
}
