/// Exact decimal digits of a number, rounded half away from zero, and grouped for display.

extension VietFormat {
    /// A non-negative decimal number held as its digits: 0.d₀d₁d₂… × 10^exponent.
    /// No leading or trailing zero digits are kept; zero has no digits.
    struct Digits: Equatable {
        private(set) var digits: [UInt8]
        /// How many digits stand before the decimal point (may be zero or negative for 0.00…).
        private(set) var exponent: Int

        init(digits: [UInt8], exponent: Int) {
            var start = 0
            while start < digits.count, digits[start] == 0 { start += 1 }
            var end = digits.count
            while end > start, digits[end - 1] == 0 { end -= 1 }
            self.digits = Array(digits[start..<end])
            self.exponent = self.digits.isEmpty ? 0 : exponent - start
        }

        /// The digits of an unsigned integer.
        init(_ value: UInt) {
            let text = Array(String(value).utf8).map { $0 - UInt8(ascii: "0") }
            self.init(digits: text, exponent: text.count)
        }

        /// The shortest decimal that reads back as the magnitude of `value`, from the standard
        /// library's own rendering (the same on every machine). `value` must be finite.
        init(_ value: Double) {
            let text = "\(value.magnitude)"
            let parts = text.split(separator: "e", maxSplits: 1)
            let mantissa = parts.first.map(String.init) ?? "0"
            let power = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
            let halves = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            let whole = halves.first.map(String.init) ?? ""
            let fraction = halves.count > 1 ? String(halves[1]) : ""
            let all = (whole + fraction).utf8.compactMap { byte -> UInt8? in
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? byte - UInt8(ascii: "0") : nil
            }
            self.init(digits: all, exponent: whole.count + power)
        }

        var isZero: Bool { digits.isEmpty }

        /// The number times 10^places.
        func shifted(by places: Int) -> Digits {
            isZero ? self : Digits(digits: digits, exponent: exponent + places)
        }

        /// Rounded half away from zero to `count` significant digits.
        func rounded(significant count: Int) -> Digits { rounded(keeping: count) }

        /// Rounded half away from zero to `count` digits after the decimal point.
        func rounded(fractionDigits count: Int) -> Digits { rounded(keeping: exponent + count) }

        /// Keeps the first `keep` digits, rounding on the digit that follows.
        private func rounded(keeping keep: Int) -> Digits {
            if keep >= digits.count { return self }
            if keep < 0 { return Digits(digits: [], exponent: 0) }
            var kept = Array(digits[0..<keep])
            guard digits[keep] >= 5 else { return Digits(digits: kept, exponent: exponent) }
            var index = kept.count - 1
            while index >= 0 {
                if kept[index] < 9 {
                    kept[index] += 1
                    return Digits(digits: kept, exponent: exponent)
                }
                kept[index] = 0
                index -= 1
            }
            return Digits(digits: [1] + kept, exponent: exponent + 1)
        }

        /// The digits before the decimal point, "0" when there are none.
        var wholeText: String {
            guard exponent > 0 else { return "0" }
            return text(0..<exponent)
        }

        /// The first `count` digits after the decimal point, zero-filled.
        func fractionText(_ count: Int) -> String {
            text(exponent..<(exponent + max(0, count)))
        }

        /// True when no digit stands after the decimal point.
        var isWhole: Bool { digits.count <= exponent || isZero }

        private func text(_ positions: Range<Int>) -> String {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(positions.count)
            for position in positions {
                let digit = position >= 0 && position < digits.count ? digits[position] : 0
                bytes.append(UInt8(ascii: "0") + digit)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Puts `separator` between groups of three digits, counted from the right.
    static func grouped(_ digits: String, _ separator: Character) -> String {
        let count = digits.count
        guard count > 3 else { return digits }
        var out = ""
        out.reserveCapacity(count + count / 3)
        for (index, character) in digits.enumerated() {
            if index > 0, (count - index) % 3 == 0 { out.append(separator) }
            out.append(character)
        }
        return out
    }
}
