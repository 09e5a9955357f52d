/// Vietnamese number formats for the text report: `1.900`, `500.000 đ`, `68,6%` (until the text kit's formatter takes over).

/// Groups of three digits separated by ".", a decimal comma.
enum ViNumber {
    /// `1900` → `1.900`, `-2500000` → `-2.500.000`.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += "." }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }

    /// `500.000 đ`.
    static func money(_ n: Int) -> String { grouped(n) + " đ" }

    /// A fraction as a percentage with one decimal: 0.686 → `68,6%`.
    static func percent(_ fraction: Double) -> String {
        let tenths = Int((fraction * 1000).rounded())
        let whole = grouped(tenths / 10)
        let rest = abs(tenths % 10)
        return rest == 0 ? whole + "%" : whole + "," + String(rest) + "%"
    }
}
