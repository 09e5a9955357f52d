/// A sum of money in words, as a voucher or an award list writes it under the total: "Một triệu hai trăm nghìn đồng".

extension VietText {
    /// `dong` in words, first letter capital, "đồng" at the end, as banks and ward vouchers write
    /// "Bằng chữ: …": 1.200.000 → "Một triệu hai trăm nghìn đồng"; 0 → "Không đồng"; a negative
    /// sum starts with "Âm".
    ///
    /// The wording: 11 "mười một" but 21 "hai mươi mốt"; 15 "mười lăm", 25 "hai mươi lăm", 5
    /// "năm"; 4 after twenty is "bốn" (not "tư"), so every digit has one word outside the tens;
    /// a zero tens digit after hundreds is "linh" (105 "một trăm linh năm"); a group of three
    /// digits after a higher group is read whole, "không trăm" included (1.005 "một nghìn không
    /// trăm linh năm"), and a group of zeros is left out (1.000.001 "một triệu không trăm linh
    /// một"). Groups are nghìn, triệu, tỷ; what stands before "tỷ" is read the same way, so
    /// 10¹² is "một nghìn tỷ" and 10¹⁸ "một tỷ tỷ".
    public static func amountInWords(_ dong: Int64) -> String {
        let words = dong == 0 ? "không" : AmountWords.words(dong.magnitude, leading: true)
        let sentence = (dong < 0 ? "âm " : "") + words + " đồng"
        return sentence.prefix(1).uppercased() + sentence.dropFirst()
    }
}

/// The reading of whole numbers in words, lowercase, without the currency.
enum AmountWords {
    static let digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]

    /// `n` (not 0) in words. `leading` says no higher group stands before it, so its first group is
    /// read without leading zeros ("năm", not "không trăm linh năm").
    static func words(_ n: UInt64, leading: Bool) -> String {
        let billion: UInt64 = 1_000_000_000
        var parts: [String] = []
        var first = leading
        if n >= billion {
            parts.append(words(n / billion, leading: leading) + " tỷ")
            first = false
        }
        let below = n % billion
        let groups = [(below / 1_000_000, "triệu"), (below / 1_000 % 1_000, "nghìn"), (below % 1_000, "")]
        for (group, name) in groups where group > 0 {
            let read = self.group(Int(group), full: !first)
            parts.append(name.isEmpty ? read : read + " " + name)
            first = false
        }
        return parts.joined(separator: " ")
    }

    /// One group of three digits (1…999). `full` reads the hundreds even when 0 ("không trăm"),
    /// as a group after a higher one is read.
    static func group(_ n: Int, full: Bool) -> String {
        let (hundreds, tens, units) = (n / 100, n / 10 % 10, n % 10)
        var words: [String] = []
        let saysHundreds = full || hundreds > 0
        if saysHundreds { words += [digits[hundreds], "trăm"] }
        switch tens {
        case 0:
            if units > 0 { words += saysHundreds ? ["linh", digits[units]] : [digits[units]] }
        case 1:
            words.append("mười")
            if units > 0 { words.append(units == 5 ? "lăm" : digits[units]) }
        default:
            words += [digits[tens], "mươi"]
            switch units {
            case 0: break
            case 1: words.append("mốt")
            case 5: words.append("lăm")
            default: words.append(digits[units])
            }
        }
        return words.joined(separator: " ")
    }
}
