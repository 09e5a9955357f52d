/// Vietnamese phone numbers as people write them, read into one stored form of digits only.

extension VietText {
    /// The digits of a Vietnamese phone number written with spaces, dots, dashes or brackets and
    /// an optional country code (`+84`, `84`, `0084`): a mobile number of ten digits starting 03,
    /// 05, 07, 08 or 09 (`0912345678`), or a landline of eleven starting 02 with its area code
    /// (`02373851234`, Thanh Hóa). Nil for anything else.
    ///
    ///     phoneNumber("+84 912 345 678")   // "0912345678"
    ///     phoneNumber("0237.385.1234")     // "02373851234"
    public static func phoneNumber(_ text: String) -> String? {
        var digitBytes: [UInt8] = []
        var plus = false, onlySpacesSoFar = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digitBytes.append(byte)
            case UInt8(ascii: "+") where onlySpacesSoFar:
                plus = true
            case UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"):
                break
            default:
                return nil
            }
            if byte != UInt8(ascii: " ") { onlySpacesSoFar = false }
        }
        var digits = String(decoding: digitBytes, as: UTF8.self)
        if digits.hasPrefix("0084") {
            digits = "0" + digits.dropFirst(4)
        } else if digits.hasPrefix("84"), plus || digits.count >= 11 {
            digits = "0" + digits.dropFirst(2)
        } else if plus {
            return nil
        }
        guard digits.hasPrefix("0") else { return nil }
        let second = digits.dropFirst().first
        switch (digits.count, second) {
        case (10, "3"), (10, "5"), (10, "7"), (10, "8"), (10, "9"): return digits
        case (11, "2"): return digits
        default: return nil
        }
    }
}
