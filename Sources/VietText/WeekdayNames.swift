/// Days of the week as people write them in a timetable: "T3, T5", "Thứ Ba và Thứ Năm", "thu 7, CN".

extension VietText {
    /// The weekdays named in `text`, as ISO numbers (1 = Monday … 7 = Sunday), sorted, each once.
    ///
    /// Takes the short forms `T2` … `T7` and `CN`, the long forms `Thứ Hai` … `Thứ Bảy` and
    /// `Chủ nhật`, `Thứ 2` … `Thứ 7`, with or without accents and in any case, separated by commas,
    /// semicolons, slashes, `+`, `và` or spaces. Vietnamese counts the days from Sunday: Thứ Hai
    /// (the second day) is Monday. Nil when anything in the text is not a day name, or no day is named.
    public static func weekdays(_ text: String) -> [Int]? {
        let folded = Array(searchKey(text).utf8)
        var days = Set<Int>()
        var i = 0
        func skipSeparators() {
            while i < folded.count {
                if separators.contains(folded[i]) {
                    i += 1
                } else if matches("va", at: i), !isLetter(at: i + 2) {
                    i += 2
                } else {
                    break
                }
            }
        }
        func matches(_ word: String, at position: Int) -> Bool {
            let bytes = Array(word.utf8)
            return position + bytes.count <= folded.count && Array(folded[position..<position + bytes.count]) == bytes
        }
        func isLetter(at position: Int) -> Bool {
            position < folded.count && (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(folded[position])
        }
        skipSeparators()
        while i < folded.count {
            guard let (day, length) = dayName(folded, at: i) else { return nil }
            days.insert(day)
            i += length
            // A day name runs into the next word only through a separator ("T3T5" is not two days).
            if i < folded.count, !separators.contains(folded[i]), !(matches("va", at: i)) { return nil }
            skipSeparators()
        }
        return days.isEmpty ? nil : days.sorted()
    }

    private static let separators: Set<UInt8> = Set(" ,;/+&.\t-".utf8)

    /// The day named at `i` of the folded text and how many bytes its name takes.
    private static func dayName(_ s: [UInt8], at i: Int) -> (day: Int, length: Int)? {
        func word(_ w: String, _ at: Int) -> Bool {
            let bytes = Array(w.utf8)
            return at + bytes.count <= s.count && Array(s[at..<at + bytes.count]) == bytes
        }
        func digit(_ at: Int) -> Int? {
            guard at < s.count, (UInt8(ascii: "2")...UInt8(ascii: "7")).contains(s[at]) else { return nil }
            // "T23" is not a day.
            if at + 1 < s.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(s[at + 1]) { return nil }
            return Int(s[at] - UInt8(ascii: "0"))
        }
        for sunday in ["chu nhat", "chunhat", "cn"] where word(sunday, i) { return (7, sunday.utf8.count) }
        if word("thu", i) {
            var j = i + 3
            while j < s.count, s[j] == UInt8(ascii: " ") { j += 1 }
            if let n = digit(j) { return (n - 1, j + 1 - i) }
            for (name, n) in ordinals where word(name, j) {
                let end = j + name.utf8.count
                // "thu ba" but not "thu bay" read as "ba" + "y"; "tu" but not "tuan".
                if end < s.count, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(s[end]) { continue }
                return (n - 1, end - i)
            }
            return nil
        }
        if s[i] == UInt8(ascii: "t"), let n = digit(i + 1) { return (n - 1, 2) }
        return nil
    }

    /// The ordinal words after "thứ", folded, longest first where one starts another.
    private static let ordinals: [(String, Int)] = [
        ("hai", 2), ("bay", 7), ("ba", 3), ("tu", 4), ("nam", 5), ("sau", 6),
    ]
}
