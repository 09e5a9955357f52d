/// Integers and decimals as Vietnamese (1.900; 68,6) and English (1,900; 68.6) readers write them.

/// Formats of numbers, money, dates and times, in Vietnamese or English. Every function is pure
/// and written out by hand: no locale data of the machine is read, so every machine prints alike.
///
/// Rounding is half away from zero on the decimal value: a `Double` is first taken at the
/// shortest decimal that reads back as it (so 68.55 is 68.55, not 68.5499…), then at 15
/// significant digits (all a `Double` carries; 0.1 + 0.2 is 0.3), then rounded.
/// The minus sign is the ASCII hyphen-minus; a value that rounds to zero has no sign.
public enum VietFormat {
    /// What a value that has no number (NaN, a share of nothing) is shown as.
    public static let missing = "—"

    /// The most fraction digits a format writes; larger requests are cut to this.
    public static let maxFractionDigits = 20

    /// "1.900", "-12.345", "0" in Vietnamese; "1,900" in English. Never traps, Int.min included.
    public static func integer(_ value: Int, _ language: Language = .vi) -> String {
        let body = grouped(String(value.magnitude), groupSeparator(language))
        return value < 0 ? "-" + body : body
    }

    /// "68,6" in Vietnamese, "68.6" in English, with exactly `fractionDigits` digits after the
    /// decimal comma (none and no comma when it is 0). NaN is `missing`; infinities are "∞", "-∞".
    public static func decimal(_ value: Double, fractionDigits: Int = 1, _ language: Language = .vi) -> String {
        guard value.isFinite else { return nonFinite(value) }
        let places = clampedPlaces(fractionDigits)
        let digits = Digits(value).rounded(significant: 15).rounded(fractionDigits: places)
        return render(digits, negative: value < 0, places: places, trimWhole: false, language)
    }

    // MARK: - Shared by the other formats

    static func groupSeparator(_ language: Language) -> Character { language == .vi ? "." : "," }

    static func decimalSeparator(_ language: Language) -> Character { language == .vi ? "," : "." }

    static func clampedPlaces(_ places: Int) -> Int { min(max(places, 0), maxFractionDigits) }

    static func nonFinite(_ value: Double) -> String {
        value.isNaN ? missing : (value < 0 ? "-∞" : "∞")
    }

    /// Writes rounded digits with grouping, the decimal separator and `places` fraction digits;
    /// with `trimWhole`, a whole number is written without a fraction.
    static func render(_ digits: Digits, negative: Bool, places: Int, trimWhole: Bool,
                       _ language: Language) -> String {
        var out = negative && !digits.isZero ? "-" : ""
        out += grouped(digits.wholeText, groupSeparator(language))
        if places > 0, !(trimWhole && digits.isWhole) {
            out.append(decimalSeparator(language))
            out += digits.fractionText(places)
        }
        return out
    }
}
