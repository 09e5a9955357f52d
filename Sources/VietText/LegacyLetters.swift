/// The Vietnamese letters by vowel and tone, which the legacy codecs build and take apart.

extension LegacyEncoding {
    /// The 12 vowels, each with its five tones, and đ, in both cases:
    /// 2 × (6 × 5 + 6 × 6 + 1) = 134 letters outside ASCII.
    enum Letters {
        /// A vowel row: the vowel without tone, then with huyền, sắc, hỏi, ngã, nặng.
        static let rows: [[Character]] = [
            "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
            "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
        ].map(Array.init)

        /// A tone, by its place in a row: ngang (no mark), huyền, sắc, hỏi, ngã, nặng.
        enum Tone: Int, CaseIterable, Sendable {
            case level, grave, acute, hook, tilde, dot
        }

        /// Where a vowel letter sits: its row, its tone, its case.
        struct Place: Equatable {
            var row: Int
            var tone: Tone
            var upper: Bool
        }

        /// The place of every vowel letter, ASCII vowels included.
        static let places: [Character: Place] = {
            var table: [Character: Place] = [:]
            for (row, letters) in rows.enumerated() {
                for (column, letter) in letters.enumerated() {
                    let tone = Tone(rawValue: column) ?? .level
                    table[letter] = Place(row: row, tone: tone, upper: false)
                    table[upperCase(letter)] = Place(row: row, tone: tone, upper: true)
                }
            }
            return table
        }()

        /// The same, by scalar (every Vietnamese letter is one scalar in NFC).
        static let scalarPlaces: [Unicode.Scalar: Place] = {
            var table: [Unicode.Scalar: Place] = [:]
            for (letter, place) in places {
                if let scalar = letter.unicodeScalars.first { table[scalar] = place }
            }
            return table
        }()

        /// The lowercase vowel without tone of each row, as a scalar.
        static let rowVowels: [Unicode.Scalar] = rows.map { $0[0].unicodeScalars.first ?? "a" }

        /// The vowel letter of a row, tone and case.
        static func letter(row: Int, tone: Tone, upper: Bool) -> Character {
            let letter = rows[row][tone.rawValue]
            return upper ? upperCase(letter) : letter
        }

        /// The row of a lowercase vowel without tone ("a", "ă", "â", …).
        static func row(of vowel: Character) -> Int? {
            rows.firstIndex { $0[0] == vowel }
        }

        /// All 134 Vietnamese letters outside ASCII: the 67 lowercase, then their capitals.
        static let all: [Character] = {
            var lower: [Character] = ["đ"]
            for letters in rows {
                lower += letters.filter { !$0.isASCII }
            }
            return lower + lower.map(upperCase)
        }()

        static func upperCase(_ letter: Character) -> Character {
            Character(String(letter).uppercased())
        }
    }
}
