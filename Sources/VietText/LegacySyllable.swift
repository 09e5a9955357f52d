/// How much decoded text looks like Vietnamese: each word with a letter outside ASCII must be one syllable.

extension LegacyEncoding {
    /// Judges decoded text word by word. Vietnamese is written one syllable per word, so a
    /// word read in the right encoding is an onset, one of the language's vowel groups and a
    /// coda that group allows, with at most one tone, standing where Vietnamese puts it; a stop
    /// coda (c, ch, p, t) takes only sắc or nặng. Words of ASCII alone say nothing about the
    /// encoding and are not counted; a character outside ASCII that is neither a Vietnamese
    /// letter nor common punctuation counts against.
    enum Plausibility {
        /// The share of judged words and characters that look right, 1 when nothing is judged.
        static func score(_ text: String, anomalies: Int) -> Double {
            var good = 0
            var bad = anomalies
            var word: [Unicode.Scalar] = []
            var wordIsASCII = true
            func judgeWord() {
                if !word.isEmpty, !wordIsASCII {
                    if isSyllable(word) { good += 1 } else { bad += 1 }
                }
                word.removeAll(keepingCapacity: true)
                wordIsASCII = true
            }
            for scalar in text.unicodeScalars {
                if scalar.isASCII {
                    if (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) {
                        word.append(scalar)
                    } else {
                        judgeWord()
                    }
                } else if scalar.properties.isAlphabetic {
                    word.append(scalar)
                    wordIsASCII = false
                } else {
                    judgeWord()
                    if !punctuation.contains(scalar) { bad += 1 }
                }
            }
            judgeWord()
            return good + bad == 0 ? 1 : Double(good) / Double(good + bad)
        }

        /// The typographic punctuation Windows text carries (quotes, dashes, ellipsis, bullet),
        /// the no-break space and the đồng sign.
        private static let punctuation: Set<Unicode.Scalar> = [
            "\u{A0}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2013}", "\u{2014}",
            "\u{2026}", "\u{2022}", "\u{20AB}",
        ]

        private static let consonants = Set("bcdđghklmnpqrstvx".unicodeScalars)
        private static let onsets = keys([
            "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
            "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
        ])
        /// The vowel groups of Vietnamese syllables, without tones.
        private static let nuclei = keys([
            "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
            "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi",
            "ôi", "ơi", "ua", "uâ", "uă", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ưu", "ươ", "yê",
            "iêu", "yêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu",
        ])
        /// Groups that end in a glide, or are open, and so take no final consonant.
        private static let closedToCodas = keys([
            "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui",
            "ưa", "ưi", "ưu", "iêu", "yêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyu",
            "ươi", "ươu",
        ])
        /// Groups that never end a syllable.
        private static let needingCodas = keys(["ă", "â", "oă", "uâ", "uă", "iê", "yê", "uô", "ươ", "uyê"])
        /// Groups whose tone is written on either vowel (hòa and hoà).
        private static let eitherPlace = keys(["oa", "oe", "uy"])
        private static let codas = keys(["", "c", "ch", "m", "n", "ng", "nh", "p", "t"])
        private static let stops = keys(["c", "ch", "p", "t"])
        private static let diacriticVowels = Set("ăâêôơư".unicodeScalars)

        /// Up to four scalars packed in one number, for quick set look-ups.
        private static func key(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
            scalars.reduce(0) { $0 &* 0x1_0000 &+ UInt64($1.value & 0xFFFF) }
        }

        private static func keys(_ texts: [String]) -> Set<UInt64> {
            Set(texts.map { key(Array($0.unicodeScalars)[...]) })
        }

        /// True when `word` is one well-formed Vietnamese syllable in a sensible case.
        static func isSyllable(_ word: [Unicode.Scalar]) -> Bool {
            guard word.count <= 8, let letters = lettersAndTones(word) else { return false }
            let bases = letters.map(\.base)
            let toned = letters.indices.filter { letters[$0].tone != .level }
            guard toned.count <= 1 else { return false }
            var index = 0
            while index < bases.count, consonants.contains(bases[index]) { index += 1 }
            var onsetEnd = index
            while index < bases.count, Letters.scalarPlaces[bases[index]] != nil { index += 1 }
            let vowelEnd = index
            // "gi" and "qu" spell one consonant: giữa is gi + ưa, quyển is qu + yê + n.
            if onsetEnd == 1, bases[0] == "g", vowelEnd - onsetEnd > 1, bases[1] == "i" { onsetEnd = 2 }
            if onsetEnd == 1, bases[0] == "q", vowelEnd > onsetEnd, bases[1] == "u" { onsetEnd = 2 }
            let nucleus = bases[onsetEnd..<vowelEnd]
            guard onsetEnd <= 3, (1...3).contains(nucleus.count), bases.count - vowelEnd <= 2 else { return false }
            let nucleusKey = key(nucleus)
            let codaKey = key(bases[vowelEnd...])
            guard onsets.contains(key(bases[..<onsetEnd])), nuclei.contains(nucleusKey), codas.contains(codaKey)
            else { return false }
            let closed = vowelEnd < bases.count
            if closed ? closedToCodas.contains(nucleusKey) : needingCodas.contains(nucleusKey) { return false }
            guard let tonePosition = toned.first else { return !stops.contains(codaKey) }
            let tone = letters[tonePosition].tone
            if stops.contains(codaKey), tone != .acute, tone != .dot { return false }
            return tonePlaces(nucleus, closed: closed).contains(tonePosition - onsetEnd)
        }

        /// Where in a vowel group the tone mark may stand: on its last vowel with a diacritic
        /// (ườ, uyển); else on the last vowel before a final consonant (hoàng); else on the
        /// first of a falling pair (mèo, mùa) or the middle of three (ngoài); either place on
        /// oa, oe, uy, which are written both ways (hòa and hoà).
        private static func tonePlaces(_ vowels: ArraySlice<Unicode.Scalar>, closed: Bool) -> Set<Int> {
            let vowels = Array(vowels)
            if let marked = vowels.lastIndex(where: diacriticVowels.contains) { return [marked] }
            if closed { return [vowels.count - 1] }
            switch vowels.count {
            case 1: return [0]
            case 3: return [1]
            default: return eitherPlace.contains(key(vowels[...])) ? [0, 1] : [0]
            }
        }

        /// The toneless lowercase letters of a word, each with its tone; nil for a letter that
        /// is not Vietnamese, or a capital after a small letter (a capital outside ASCII after
        /// any small letter, a capital ASCII letter right after a small one).
        private static func lettersAndTones(_ word: [Unicode.Scalar]) -> [(base: Unicode.Scalar, tone: Letters.Tone)]? {
            var letters: [(base: Unicode.Scalar, tone: Letters.Tone)] = []
            letters.reserveCapacity(word.count)
            var sawLower = false
            var previousASCIILower = false
            for scalar in word {
                let upper = scalar.properties.isUppercase
                let lower = scalar.properties.isLowercase
                if upper, scalar.isASCII ? previousASCIILower : sawLower { return nil }
                sawLower = sawLower || lower
                previousASCIILower = scalar.isASCII && lower
                if let place = Letters.scalarPlaces[scalar] {
                    letters.append((Letters.rowVowels[place.row], place.tone))
                } else if scalar == "đ" || scalar == "Đ" {
                    letters.append(("đ", .level))
                } else if scalar.isASCII {
                    letters.append((upper ? Unicode.Scalar(UInt8(scalar.value) + 0x20) : scalar, .level))
                } else {
                    return nil
                }
            }
            return letters
        }
    }
}
