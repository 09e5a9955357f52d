/// Percentages: "68,6%" in Vietnamese, "68.6%" in English; one decimal always ("76,0%", "100,0%").

extension VietFormat {
    /// A fraction as a percentage: 0.686 → "68,6%"; 1 → "100,0%"; 0.5 → "50,0%".
    /// The fraction is moved two places exactly (no multiplication in binary), then rounded
    /// half away from zero to `fractionDigits`. Every percentage the program writes, on screen
    /// and on paper, has the same number of decimals, so a column reads "100,0%", "68,6%",
    /// "0,0%" and a report never mixes "(76%)" with "(98,6%)". NaN is `missing`.
    /// `trimWhole` drops the fraction of a whole value ("100%") for the rare place that asks.
    public static func percent(_ fraction: Double, fractionDigits: Int = 1, trimWhole: Bool = false,
                               _ language: Language = .vi) -> String {
        guard fraction.isFinite else { return fraction.isNaN ? missing : nonFinite(fraction) + "%" }
        let places = clampedPlaces(fractionDigits)
        let digits = Digits(fraction).rounded(significant: 15).shifted(by: 2).rounded(fractionDigits: places)
        return render(digits, negative: fraction < 0, places: places, trimWhole: trimWhole, language) + "%"
    }

    /// `part` of `whole` as a percentage, computed exactly on integers: 24 of 35 → "68,6%".
    /// A share of nothing (`whole` 0) is `missing`. Same rounding and decimals as above.
    public static func percent(_ part: Int, of whole: Int, fractionDigits: Int = 1, trimWhole: Bool = false,
                               _ language: Language = .vi) -> String {
        guard whole != 0 else { return missing }
        let places = clampedPlaces(fractionDigits)
        // Enough digits of part/whole to round the percentage exactly: two for the shift,
        // `places` kept, one to decide (a 5 or more rounds away, whatever follows it).
        let ratio = quotientDigits(part.magnitude, whole.magnitude, fractionDigits: places + 3)
        let digits = ratio.shifted(by: 2).rounded(fractionDigits: places)
        return render(digits, negative: (part < 0) != (whole < 0), places: places, trimWhole: trimWhole, language) + "%"
    }

    /// The digits of `numerator / denominator`, the fraction cut (not rounded) after `fractionDigits`.
    static func quotientDigits(_ numerator: UInt, _ denominator: UInt, fractionDigits: Int) -> Digits {
        let whole = Digits(numerator / denominator)
        var remainder = numerator % denominator
        var fraction: [UInt8] = []
        fraction.reserveCapacity(fractionDigits)
        for _ in 0..<fractionDigits {
            let (digit, rest) = denominator.dividingFullWidth(remainder.multipliedFullWidth(by: 10))
            fraction.append(UInt8(digit))
            remainder = rest
        }
        let wholeDigits = whole.isZero ? [] : whole.digits
        return Digits(digits: wholeDigits + fraction, exponent: wholeDigits.count)
    }
}
