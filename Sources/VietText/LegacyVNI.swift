/// VNI-Windows: letters as a base byte plus a tone or diacritic byte; decoding and encoding.

extension LegacyEncoding {
    enum VNI {
        /// What a mark byte adds to the vowel before it, besides its tone.
        enum Shape: Sendable { case plain, circumflex, breve }

        /// Mark bytes after lowercase letters and after capitals, by shape, in tone order
        /// (none, huyền, sắc, hỏi, ngã, nặng); a plain vowel without a tone has no mark byte.
        /// These and the single bytes below agree with the VNI-Windows tables of Unikey's
        /// converter and of two published converters.
        static let lowerMarks: [Shape: [UInt8?]] = [
            .plain: [nil, 0xF8, 0xF9, 0xFB, 0xF5, 0xEF],
            .circumflex: [0xE2, 0xE0, 0xE1, 0xE5, 0xE3, 0xE4],
            .breve: [0xEA, 0xE8, 0xE9, 0xFA, 0xFC, 0xEB],
        ]
        static let upperMarks: [Shape: [UInt8?]] = [
            .plain: [nil, 0xD8, 0xD9, 0xDB, 0xD5, 0xCF],
            .circumflex: [0xC2, 0xC0, 0xC1, 0xC5, 0xC3, 0xC4],
            .breve: [0xCA, 0xC8, 0xC9, 0xDA, 0xDC, 0xCB],
        ]

        /// Letters that are one byte of their own.
        static let singles: [UInt8: Character] = [
            0xF1: "đ", 0xD1: "Đ", 0xF4: "ơ", 0xD4: "Ơ", 0xF6: "ư", 0xD6: "Ư",
            0xEC: "ì", 0xCC: "Ì", 0xED: "í", 0xCD: "Í", 0xE6: "ỉ", 0xC6: "Ỉ",
            0xF3: "ĩ", 0xD3: "Ĩ", 0xF2: "ị", 0xD2: "Ị", 0xEE: "ỵ", 0xCE: "Ỵ",
        ]

        /// Every mark byte, with its shape and tone.
        static let marks: [UInt8: (shape: Shape, tone: Letters.Tone)] = {
            var table: [UInt8: (shape: Shape, tone: Letters.Tone)] = [:]
            for source in [lowerMarks, upperMarks] {
                for (shape, bytes) in source {
                    for (index, byte) in bytes.enumerated() {
                        if let byte, let tone = Letters.Tone(rawValue: index) { table[byte] = (shape, tone) }
                    }
                }
            }
            return table
        }()

        /// Bytes that VNI gives to letters and marks; every other byte reads as Windows-1252.
        static let used: Set<UInt8> = Set(singles.keys).union(marks.keys)

        /// The bytes of each of the 134 letters outside ASCII.
        static let reverse: [Character: [UInt8]] = {
            var table: [Character: [UInt8]] = [:]
            for (byte, letter) in singles { table[letter] = [byte] }
            for letter in Letters.all where table[letter] == nil {
                if let bytes = spelled(letter) { table[letter] = bytes }
            }
            return table
        }()

        /// A vowel letter as its base byte and, when it has a tone or diacritic, a mark byte.
        private static func spelled(_ letter: Character) -> [UInt8]? {
            guard let place = Letters.places[letter] else { return nil }
            let (base, shape): (Character, Shape) = switch Letters.rows[place.row][0] {
            case "â": ("a", .circumflex)
            case "ă": ("a", .breve)
            case "ê": ("e", .circumflex)
            case "ô": ("o", .circumflex)
            case let vowel: (vowel, .plain)
            }
            let cased = place.upper ? Letters.upperCase(base) : base
            let baseByte = cased.asciiValue ?? singles.first { $0.value == cased }?.key
            guard let baseByte else { return nil }
            let mark = (place.upper ? upperMarks : lowerMarks)[shape]?[place.tone.rawValue] ?? nil
            return [baseByte] + (mark.map { [$0] } ?? [])
        }

        static func decode(_ bytes: [UInt8]) -> Decoded {
            var out = ""
            out.reserveCapacity(bytes.count)
            var anomalies = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let base: Character? = byte < 0x80 ? Character(Unicode.Scalar(byte)) : singles[byte]
                if let base, index + 1 < bytes.count, let mark = marks[bytes[index + 1]],
                   let letter = combine(base, mark.shape, mark.tone) {
                    out.append(letter)
                    index += 2
                    continue
                }
                if let base {
                    out.append(base)
                } else {
                    let (scalar, defined) = windows1252(byte)
                    if !defined || marks[byte] != nil { anomalies += 1 }
                    out.unicodeScalars.append(scalar)
                }
                index += 1
            }
            return Decoded(text: composed(out), anomalies: anomalies)
        }

        /// A toneless vowel with a mark byte's shape and tone, when Vietnamese has that letter.
        /// The case comes from the base: a lowercase mark after a capital still gives a capital.
        static func combine(_ base: Character, _ shape: Shape, _ tone: Letters.Tone) -> Character? {
            guard let place = Letters.places[base], place.tone == .level else { return nil }
            let vowel: Character
            switch (Letters.rows[place.row][0], shape) {
            case (let plain, .plain): vowel = plain
            case ("a", .circumflex): vowel = "â"
            case ("e", .circumflex): vowel = "ê"
            case ("o", .circumflex): vowel = "ô"
            case ("a", .breve): vowel = "ă"
            default: return nil
            }
            guard let row = Letters.row(of: vowel) else { return nil }
            return Letters.letter(row: row, tone: tone, upper: place.upper)
        }

        static func encode(_ text: String) -> [UInt8]? {
            var out: [UInt8] = []
            out.reserveCapacity(text.utf8.count)
            for character in text {
                if let bytes = reverse[character] {
                    out += bytes
                    continue
                }
                for scalar in character.unicodeScalars {
                    if scalar.value < 0x80 {
                        out.append(UInt8(scalar.value))
                    } else if let byte = windows1252Byte(scalar), !used.contains(byte) {
                        out.append(byte)
                    } else {
                        return nil
                    }
                }
            }
            return out
        }
    }
}
