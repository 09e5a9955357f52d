/// TCVN3 (ABC, TCVN 5712:1993 VN3): the code table, decoding, capital-font recovery, encoding.

extension LegacyEncoding {
    enum TCVN3 {
        /// Bytes 0xA0–0xFF as TCVN 5712:1993 assigns them (glibc's `TCVN5712-1`, libiconv's
        /// `TCVN`). VN3 uses the no-break space, the 67 lowercase letters and Ă Â Ê Ô Ơ Ư Đ;
        /// the other places hold the capitals VN2 adds (Ằ at 0xAF, Ắ at 0xC0, …) and the
        /// combining tone marks 0xB0–0xB4.
        static let high: [UInt16] = [
            0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110,  // 0xA0
            0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0,  // 0xA8
            0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3,  // 0xB0
            0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4,  // 0xB8
            0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7,  // 0xC0
            0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD,  // 0xC8
            0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC,  // 0xD0
            0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2,  // 0xD8
            0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7,  // 0xE0
            0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9,  // 0xE8
            0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF,  // 0xF0
            0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0,  // 0xF8
        ]

        /// The byte of every character VN3 has outside ASCII: its letters and the no-break
        /// space from the table, Windows-1252 punctuation (and C1 controls) in 0x80–0x9F.
        static let reverse: [Unicode.Scalar: UInt8] = {
            var table: [Unicode.Scalar: UInt8] = [:]
            for (offset, value) in high.enumerated() {
                guard let scalar = Unicode.Scalar(value), isVN3(scalar) else { continue }
                table[scalar] = UInt8(0xA0 + offset)
            }
            for byte in UInt8(0x80)...0x9F {
                table[windows1252(byte).scalar] = byte
            }
            return table
        }()

        /// A no-break space, a lowercase letter, or one of the seven capitals without a tone.
        private static func isVN3(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\u{A0}" || scalar.properties.isLowercase || "ĂÂÊÔƠƯĐ".unicodeScalars.contains(scalar)
        }

        static func decode(_ bytes: [UInt8]) -> Decoded {
            var scalars = String.UnicodeScalarView()
            var anomalies = 0
            for byte in bytes {
                switch byte {
                case 0..<0x80:
                    scalars.append(Unicode.Scalar(byte))
                case 0x80..<0xA0:
                    let (scalar, defined) = windows1252(byte)
                    if !defined { anomalies += 1 }
                    scalars.append(scalar)
                default:
                    let scalar = Unicode.Scalar(high[Int(byte - 0xA0)]) ?? "\u{FFFD}"
                    if !isVN3(scalar) { anomalies += 1 }     // VN2 only: rare in VN3 text
                    scalars.append(scalar)
                }
            }
            let text = composed(String(scalars))
            return Decoded(text: restoringCapitals(text), anomalies: anomalies)
        }

        /// Text typed in a capital font (.VnTimeH) used lowercase codes for toned capitals, so
        /// "NGUYỄN" arrives as "NGUYễN". A word with at least two capitals and no lowercase
        /// ASCII letter is taken as such and written in capitals. One capital is not enough:
        /// "Hồ" stays as it is (it may be "HỒ"; the bytes cannot tell).
        static func restoringCapitals(_ text: String) -> String {
            guard text.unicodeScalars.contains(where: { $0.value >= 0x80 && $0.properties.isLowercase })
            else { return text }
            var out = ""
            out.reserveCapacity(text.utf8.count)
            var word = ""
            for character in text {
                if character.isLetter {
                    word.append(character)
                    continue
                }
                out += needsCapitals(word) ? word.uppercased() : word
                word = ""
                out.append(character)
            }
            out += needsCapitals(word) ? word.uppercased() : word
            return out
        }

        private static func needsCapitals(_ word: String) -> Bool {
            var capitals = 0
            var lowerOutsideASCII = false
            for character in word {
                if character.isASCII, character.isLowercase { return false }
                if character.isUppercase { capitals += 1 }
                if !character.isASCII, character.isLowercase { lowerOutsideASCII = true }
            }
            return capitals >= 2 && lowerOutsideASCII
        }

        static func encode(_ text: String) -> [UInt8]? {
            var out: [UInt8] = []
            out.reserveCapacity(text.utf8.count)
            for scalar in text.unicodeScalars {
                if scalar.value < 0x80 {
                    out.append(UInt8(scalar.value))
                } else if let byte = reverse[scalar] {
                    out.append(byte)
                } else {
                    return nil
                }
            }
            return out
        }
    }
}
