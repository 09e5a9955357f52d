/// The glyphs of the big-digit fonts: block characters in 3 and 5 rows, and ASCII fallbacks.

extension BigDigits {
    /// Digits and the wide symbols as 3×5 pixel maps (`#` on, `.` off), from which the block
    /// fonts and the five-row ASCII font are derived so that they all share one shape.
    static let pixels: [Character: [String]] = [
        "0": ["###", "#.#", "#.#", "#.#", "###"],
        "1": [".#.", "##.", ".#.", ".#.", "###"],
        "2": ["###", "..#", "###", "#..", "###"],
        "3": ["###", "..#", "###", "..#", "###"],
        "4": ["#.#", "#.#", "###", "..#", "..#"],
        "5": ["###", "#..", "###", "..#", "###"],
        "6": ["###", "#..", "###", "#.#", "###"],
        "7": ["###", "..#", "..#", "..#", "..#"],
        "8": ["###", "#.#", "###", "#.#", "###"],
        "9": ["###", "#.#", "###", "..#", "###"],
        "%": ["#.#", "..#", ".#.", "#..", "#.#"],
        "/": ["..#", "..#", ".#.", "#..", "#.."],
        "-": ["...", "...", "###", "...", "..."],
        " ": ["...", "...", "...", "...", "..."],
    ]

    /// The narrow punctuation, drawn by hand for each font. Widths agree between the block
    /// and ASCII fonts of one height, so switching to `--ascii` never moves anything.
    static let narrow: [Font: [Character: [String]]] = [
        .blocks3: [
            ".": [" ", " ", "▀"],
            ",": ["  ", " ▄", "▄▀"],
            ":": ["▄", "▄", " "],
        ],
        .blocks5: [
            ".": ["  ", "  ", "  ", "  ", "██"],
            ",": ["  ", "  ", "  ", "██", "▄▀"],
            ":": ["  ", "██", "  ", "██", "  "],
        ],
        .ascii3: [
            ".": [" ", " ", "."],
            ",": ["  ", "  ", ", "],
            ":": [" ", ".", "."],
        ],
        .ascii5: [
            ".": ["  ", "  ", "  ", "  ", "##"],
            ",": ["  ", "  ", "  ", "##", "/ "],
            ":": ["  ", "##", "  ", "##", "  "],
        ],
    ]

    /// Seven-segment digits for three-row ASCII, where a font of `#` cannot be read.
    static let segments: [Character: [String]] = [
        "0": [" _ ", "| |", "|_|"],
        "1": ["   ", "  |", "  |"],
        "2": [" _ ", " _|", "|_ "],
        "3": [" _ ", " _|", " _|"],
        "4": ["   ", "|_|", "  |"],
        "5": [" _ ", "|_ ", " _|"],
        "6": [" _ ", "|_ ", "|_|"],
        "7": [" _ ", "  |", "  |"],
        "8": [" _ ", "|_|", "|_|"],
        "9": [" _ ", "|_|", " _|"],
        "%": ["o /", " / ", "/ o"],
        "/": ["  /", " / ", "/  "],
        "-": ["   ", " _ ", "   "],
        " ": ["   ", "   ", "   "],
    ]

    /// One of the four fonts.
    enum Font: Hashable, Sendable {
        case blocks3, blocks5, ascii3, ascii5

        init(_ height: Height, ascii: Bool) {
            switch (height, ascii) {
            case (.three, false): self = .blocks3
            case (.five, false): self = .blocks5
            case (.three, true): self = .ascii3
            case (.five, true): self = .ascii5
            }
        }

        /// The width of a digit; every wide glyph and the blank share it.
        var digitWidth: Int {
            switch self {
            case .blocks3, .ascii3: 3
            case .blocks5, .ascii5: 6
            }
        }
    }

    /// The rows of `c` in `font`; an unknown character is a blank of digit width.
    static func rows(_ c: Character, _ font: Font) -> [String] {
        if let glyph = narrow[font]?[c] { return glyph }
        if font == .ascii3 { return segments[c] ?? segments[" "]! }
        let map = pixels[c] ?? pixels[" "]!
        switch font {
        case .blocks3: return halfBlocks(map)
        case .blocks5: return map.map { row in String(row.flatMap { $0 == "#" ? "██" : "  " }) }
        case .ascii5, .ascii3: return map.map { row in String(row.flatMap { $0 == "#" ? "##" : "  " }) }
        }
    }

    /// Five pixel rows folded into three text rows with half blocks (the sixth pixel row,
    /// under the digits, is empty).
    static func halfBlocks(_ map: [String]) -> [String] {
        let px = map.map { Array($0) } + [Array(repeating: ".", count: map[0].count)]
        return stride(from: 0, to: 6, by: 2).map { r in
            String(zip(px[r], px[r + 1]).map { top, bottom -> Character in
                switch (top == "#", bottom == "#") {
                case (true, true): "█"
                case (true, false): "▀"
                case (false, true): "▄"
                case (false, false): " "
                }
            })
        }
    }
}
