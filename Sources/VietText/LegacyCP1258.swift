/// Windows-1258: the code table, and decoding and encoding with combining tone bytes.

extension LegacyEncoding {
    enum CP1258 {
        /// Bytes 0x80–0xFF, from the code page as Python's `cp1258` codec and glibc's
        /// `WINDOWS-1258` give it. Undefined bytes (0x81 0x8A 0x8D–0x90 0x9A 0x9D 0x9E) hold
        /// the C1 control of the same number.
        static let high: [UInt16] = [
            0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 0x80
            0x02C6, 0x2030, 0x008A, 0x2039, 0x0152, 0x008D, 0x008E, 0x008F,  // 0x88
            0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 0x90
            0x02DC, 0x2122, 0x009A, 0x203A, 0x0153, 0x009D, 0x009E, 0x0178,  // 0x98
            0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,  // 0xA0
            0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,  // 0xA8
            0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,  // 0xB0
            0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,  // 0xB8
            0x00C0, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x00C5, 0x00C6, 0x00C7,  // 0xC0
            0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x0300, 0x00CD, 0x00CE, 0x00CF,  // 0xC8
            0x0110, 0x00D1, 0x0309, 0x00D3, 0x00D4, 0x01A0, 0x00D6, 0x00D7,  // 0xD0
            0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x01AF, 0x0303, 0x00DF,  // 0xD8
            0x00E0, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x00E5, 0x00E6, 0x00E7,  // 0xE0
            0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0301, 0x00ED, 0x00EE, 0x00EF,  // 0xE8
            0x0111, 0x00F1, 0x0323, 0x00F3, 0x00F4, 0x01A1, 0x00F6, 0x00F7,  // 0xF0
            0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x01B0, 0x20AB, 0x00FF,  // 0xF8
        ]

        static let undefined: Set<UInt8> = [0x81, 0x8A, 0x8D, 0x8E, 0x8F, 0x90, 0x9A, 0x9D, 0x9E]

        /// The byte of each tone's combining mark (no tone has no byte).
        static let toneBytes: [Letters.Tone: UInt8] = [
            .grave: 0xCC, .acute: 0xEC, .hook: 0xD2, .tilde: 0xDE, .dot: 0xF2,
        ]

        /// The byte of every character in the table (the C1 controls too, so that every byte
        /// reads back).
        static let reverse: [Unicode.Scalar: UInt8] = {
            var table: [Unicode.Scalar: UInt8] = [:]
            for (offset, value) in high.enumerated() {
                if let scalar = Unicode.Scalar(value) { table[scalar] = UInt8(0x80 + offset) }
            }
            return table
        }()

        static func decode(_ bytes: [UInt8]) -> Decoded {
            var scalars = String.UnicodeScalarView()
            var anomalies = 0
            for byte in bytes {
                if byte < 0x80 {
                    scalars.append(Unicode.Scalar(byte))
                } else {
                    if undefined.contains(byte) { anomalies += 1 }
                    scalars.append(Unicode.Scalar(high[Int(byte - 0x80)]) ?? "\u{FFFD}")
                }
            }
            return Decoded(text: composed(String(scalars)), anomalies: anomalies)
        }

        static func encode(_ text: String) -> [UInt8]? {
            var out: [UInt8] = []
            out.reserveCapacity(text.utf8.count)
            for character in text {
                guard let bytes = encode(character) else { return nil }
                out += bytes
            }
            return out
        }

        /// One byte when the table has the character; a Vietnamese vowel with a tone the
        /// table lacks as its toneless vowel and the tone byte; anything else scalar by scalar.
        private static func encode(_ character: Character) -> [UInt8]? {
            let scalars = character.unicodeScalars
            if scalars.count == 1, let only = scalars.first, let byte = byte(of: only) { return [byte] }
            if let place = Letters.places[character], let toneByte = toneBytes[place.tone] {
                let vowel = Letters.letter(row: place.row, tone: .level, upper: place.upper)
                if let base = vowel.unicodeScalars.first, let baseByte = byte(of: base) {
                    return [baseByte, toneByte]
                }
            }
            var out: [UInt8] = []
            for scalar in scalars {
                guard let byte = byte(of: scalar) else { return nil }
                out.append(byte)
            }
            return out
        }

        private static func byte(of scalar: Unicode.Scalar) -> UInt8? {
            scalar.value < 0x80 ? UInt8(scalar.value) : reverse[scalar]
        }
    }
}
