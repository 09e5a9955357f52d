/// Money as a clerk types it: "200000", "200.000", "200 000", "200k", "1,5tr", "2 triệu", "500.000 đ".

extension VietText {
    /// The largest amount accepted, in đồng (a thousand tỷ): more is a typing slip.
    public static let maximumAmount = 1_000_000_000_000_000

    /// The whole number of đồng a typed amount stands for, or nil when it is not one.
    ///
    /// Digits may be grouped in threes with dots, commas or spaces ("200.000", "200,000",
    /// "200 000"). A unit after the number multiplies it: `k`, `nghìn`, `ngàn` (thousand), `tr`,
    /// `triệu` (million), `tỷ`, `tỉ` (billion), accents and case aside; with a unit one decimal
    /// separator is allowed, a comma ("1,5tr") or a dot ("1.5tr"). A trailing `đ`, `đồng` or
    /// `VND` is ignored. The result must be whole đồng and not negative: "1,5" alone, "-200k",
    /// "1,2345k" and "abc" are nil.
    public static func parseAmount(_ typed: String) -> Int? {
        var text = searchKey(typed).replacingOccurrences(of: " ", with: "")
        for currency in ["dong", "vnd", "d"] where text.hasSuffix(currency) && text.count > currency.count {
            text.removeLast(currency.count)
            break
        }
        let units: [(String, Int)] = [("nghin", 1_000), ("ngan", 1_000), ("k", 1_000), ("trieu", 1_000_000),
                                      ("tr", 1_000_000), ("ty", 1_000_000_000), ("ti", 1_000_000_000)]
        var multiplier = 1
        for (word, size) in units where text.hasSuffix(word) {
            text.removeLast(word.count)
            multiplier = size
            break
        }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
              text.first?.isNumber == true, text.last?.isNumber == true else { return nil }
        let parts = text.split(whereSeparator: { $0 == "." || $0 == "," }).map(String.init)
        let grouped = parts.count > 1 && parts.dropFirst().allSatisfy { $0.count == 3 } && parts[0].count <= 3
        let whole: String, fraction: String
        if parts.count == 1 || grouped && !(multiplier > 1 && parts.count == 2 && text.contains(",")) {
            // Digits grouped in threes; with a unit, "1,500k" reads as a decimal comma only when it is
            // the one separator (Vietnamese writes 1,5 triệu), so a lone comma falls through below.
            whole = parts.joined()
            fraction = ""
        } else if multiplier > 1, parts.count == 2 {
            whole = parts[0]
            fraction = parts[1]
        } else {
            return nil
        }
        guard whole.count <= 16, fraction.count <= 9, let w = Int(whole) else { return nil }
        let scale = (0..<fraction.count).reduce(1) { r, _ in r * 10 }
        let f = fraction.isEmpty ? 0 : Int(fraction) ?? 0
        // multiplier × (w + f / scale), exactly, and only when it is whole.
        let (high, overflow) = w.multipliedReportingOverflow(by: multiplier)
        guard !overflow, (f * multiplier) % scale == 0 else { return nil }
        let amount = high + f * multiplier / scale
        return amount <= maximumAmount ? amount : nil
    }
}
