/// Money in đồng: "500.000 đ" and the short "1,5 triệu" in Vietnamese; "500,000 VND" and "1.5 million" in English.

extension VietFormat {
    /// A sum in đồng: "500.000 đ" (a normal space before "đ", so plain-text files and
    /// terminals treat it like any other space), "500,000 VND" in English; "-500.000 đ".
    public static func money(_ dong: Int, _ language: Language = .vi) -> String {
        integer(dong, language) + language.pick(" đ", " VND")
    }

    /// A sum in words of thousands: "750 nghìn", "1,5 triệu", "2 tỷ" ("750 thousand",
    /// "1.5 million", "2 billion"), with at most one decimal, rounded half away from zero,
    /// and no trailing ",0". A sum that rounds up to 1.000 of a unit moves to the next
    /// (999.960 đ is "1 triệu"); past a thousand tỷ the count of tỷ is grouped ("1.500 tỷ").
    /// Under a thousand đồng the full form is used ("500 đ").
    public static func moneyShort(_ dong: Int, _ language: Language = .vi) -> String {
        let magnitude = dong.magnitude
        guard magnitude >= 1_000 else { return money(dong, language) }
        let units: [(size: UInt, vi: String, en: String)] = [
            (1_000, "nghìn", "thousand"),
            (1_000_000, "triệu", "million"),
            (1_000_000_000, "tỷ", "billion"),
        ]
        var index = units.lastIndex { magnitude >= $0.size } ?? 0
        var tenths = roundedTenths(magnitude, units[index].size)
        if tenths >= 10_000, index + 1 < units.count {
            index += 1
            tenths = roundedTenths(magnitude, units[index].size)
        }
        let digits = Digits(tenths).shifted(by: -1)
        let number = render(digits, negative: dong < 0, places: 1, trimWhole: true, language)
        return number + " " + language.pick(units[index].vi, units[index].en)
    }

    /// `value / unit` in tenths, rounded half away from zero, without overflow.
    private static func roundedTenths(_ value: UInt, _ unit: UInt) -> UInt {
        let whole = value / unit
        let scaled = (value % unit) * 10          // below 10 × unit: no overflow
        let tenth = scaled / unit
        let rest = scaled % unit
        return whole * 10 + tenth + (rest >= unit - rest ? 1 : 0)
    }
}
