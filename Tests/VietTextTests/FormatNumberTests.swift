/// Integers and decimals in Vietnamese and English: grouping, rounding edges, big numbers, Int.min.

import XCTest
import VietText

final class FormatNumberTests: XCTestCase {
    func testLanguagePicksItsForm() {
        XCTAssertEqual(Language.vi.pick("Lớp", "Class"), "Lớp")
        XCTAssertEqual(Language.en.pick("Lớp", "Class"), "Class")
        XCTAssertEqual(Language.allCases, [.vi, .en])
        XCTAssertEqual(Language(rawValue: "en"), .en)
    }

    func testIntegers() {
        let cases: [(Int, String, String)] = [
            (0, "0", "0"), (5, "5", "5"), (12, "12", "12"), (999, "999", "999"),
            (1_000, "1.000", "1,000"), (1_900, "1.900", "1,900"), (12_345, "12.345", "12,345"),
            (100_000, "100.000", "100,000"), (1_000_000, "1.000.000", "1,000,000"),
            (1_234_567, "1.234.567", "1,234,567"), (-1, "-1", "-1"), (-999, "-999", "-999"),
            (-1_000, "-1.000", "-1,000"), (-12_345, "-12.345", "-12,345"),
            (Int.max, "9.223.372.036.854.775.807", "9,223,372,036,854,775,807"),
            (Int.min, "-9.223.372.036.854.775.808", "-9,223,372,036,854,775,808"),
        ]
        for (value, vi, en) in cases {
            XCTAssertEqual(VietFormat.integer(value), vi, "\(value)")
            XCTAssertEqual(VietFormat.integer(value, .vi), vi, "\(value)")
            XCTAssertEqual(VietFormat.integer(value, .en), en, "\(value)")
        }
    }

    func testIntegersAgainstGroupingByChunks() {
        var generator = SeededSequence(seed: 7)
        var values = (0...18).map { power in (0..<power).reduce(1) { result, _ in result * 10 } }
        values += (0..<300).map { _ in Int(truncatingIfNeeded: generator.next()) >> Int(generator.next() % 60) }
        for value in values {
            XCTAssertEqual(VietFormat.integer(value), Self.chunked(value, "."), "\(value)")
            XCTAssertEqual(VietFormat.integer(value, .en), Self.chunked(value, ","), "\(value)")
        }
    }

    func testDecimalsRoundHalfAwayFromZeroOnTheDecimalValue() {
        let cases: [(Double, Int, String)] = [
            (68.55, 1, "68,6"), (68.549, 1, "68,5"), (68.6, 1, "68,6"), (0.05, 1, "0,1"),
            (0.15, 1, "0,2"), (0.25, 1, "0,3"), (0.35, 1, "0,4"), (0.45, 1, "0,5"),
            (1.45, 1, "1,5"), (2.45, 1, "2,5"), (2.675, 2, "2,68"), (1.005, 2, "1,01"),
            (1.015, 2, "1,02"), (0.125, 2, "0,13"), (0.5, 0, "1"), (1.5, 0, "2"), (2.5, 0, "3"),
            (-0.5, 0, "-1"), (-2.5, 0, "-3"), (-68.55, 1, "-68,6"), (-0.05, 1, "-0,1"),
            (-2.675, 2, "-2,68"), (9.95, 1, "10,0"), (99.95, 1, "100,0"), (999.95, 1, "1.000,0"),
            (0.00005, 4, "0,0001"), (0.0005, 3, "0,001"), (0.0004, 3, "0,000"),
            (123_456_789.25, 1, "123.456.789,3"), (1_234.56, 1, "1.234,6"),
            (1_234_567.891, 3, "1.234.567,891"), (7, 2, "7,00"), (7, 0, "7"), (0.9, 0, "1"),
        ]
        for (value, places, vi) in cases {
            XCTAssertEqual(VietFormat.decimal(value, fractionDigits: places), vi, "\(value) to \(places)")
            let en = vi.replacingOccurrences(of: ".", with: "#").replacingOccurrences(of: ",", with: ".")
                .replacingOccurrences(of: "#", with: ",")
            XCTAssertEqual(VietFormat.decimal(value, fractionDigits: places, .en), en, "\(value) to \(places)")
        }
    }

    func testArithmeticNoiseDoesNotTipTheRounding() {
        XCTAssertEqual(VietFormat.decimal(0.1 + 0.2, fractionDigits: 2), "0,30")
        XCTAssertEqual(VietFormat.decimal(4.35 * 100, fractionDigits: 0), "435")   // 434.99999999999994
        XCTAssertEqual(VietFormat.decimal(1.1 * 1.1, fractionDigits: 2), "1,21")
        XCTAssertEqual(VietFormat.decimal(0.1 * 3, fractionDigits: 1), "0,3")
        XCTAssertEqual(VietFormat.decimal(24.0 / 35.0 * 100, fractionDigits: 1), "68,6")
    }

    func testZeroHasNoSign() {
        XCTAssertEqual(VietFormat.decimal(0), "0,0")
        XCTAssertEqual(VietFormat.decimal(-0.0), "0,0")
        XCTAssertEqual(VietFormat.decimal(-0.04), "0,0")
        XCTAssertEqual(VietFormat.decimal(-0.4, fractionDigits: 0), "0")
        XCTAssertEqual(VietFormat.decimal(1e-10, fractionDigits: 2), "0,00")
    }

    func testBigAndOddValuesDoNotTrap() {
        XCTAssertEqual(VietFormat.decimal(1e16, fractionDigits: 0), "10.000.000.000.000.000")
        XCTAssertEqual(VietFormat.decimal(1e20), "100.000.000.000.000.000.000,0")
        XCTAssertEqual(VietFormat.decimal(-1e20, .en), "-100,000,000,000,000,000,000.0")
        let huge = VietFormat.decimal(1e300, fractionDigits: 0)
        XCTAssertTrue(huge.hasPrefix("1.000.000"))
        XCTAssertEqual(huge.filter(\.isNumber).count, 301)
        XCTAssertEqual(VietFormat.decimal(Double.greatestFiniteMagnitude, fractionDigits: 0).filter(\.isNumber).count, 309)
        XCTAssertEqual(VietFormat.decimal(Double.leastNonzeroMagnitude, fractionDigits: 3), "0,000")
        XCTAssertEqual(VietFormat.decimal(.nan), "—")
        XCTAssertEqual(VietFormat.decimal(.infinity), "∞")
        XCTAssertEqual(VietFormat.decimal(-.infinity), "-∞")
        // A Double is taken at 15 significant digits, all it carries reliably.
        XCTAssertEqual(VietFormat.decimal(Double(Int.max), fractionDigits: 0), "9.223.372.036.854.780.000")
        XCTAssertEqual(VietFormat.decimal(123_456_789_012_345_680, fractionDigits: 0), "123.456.789.012.346.000")
    }

    func testFractionDigitsAreClamped() {
        XCTAssertEqual(VietFormat.decimal(2.5, fractionDigits: -3), "3")
        XCTAssertEqual(VietFormat.decimal(0.5, fractionDigits: 40), "0," + String(repeating: "5", count: 1)
                       + String(repeating: "0", count: VietFormat.maxFractionDigits - 1))
    }

    func testDecimalsAgainstExactTenths() {
        // n / 20 has an exact short decimal (…,05 ties included): compare with integer rounding.
        for n in -400...400 {
            let hundredths = n * 5
            let tenths = (abs(hundredths) + 5) / 10 * (hundredths < 0 ? -1 : 1)
            let expected = (tenths < 0 ? "-" : "") + "\(abs(tenths) / 10),\(abs(tenths) % 10)"
            XCTAssertEqual(VietFormat.decimal(Double(n) / 20, fractionDigits: 1), expected, "\(n)/20")
        }
    }

    /// Groups of three from the right, by slicing the reversed digits.
    private static func chunked(_ value: Int, _ separator: String) -> String {
        let digits = Array(String(value.magnitude).reversed())
        let groups = stride(from: 0, to: digits.count, by: 3).map { String(digits[$0..<min($0 + 3, digits.count)].reversed()) }
        return (value < 0 ? "-" : "") + groups.reversed().joined(separator: separator)
    }
}

/// A small seeded generator, so that generated cases are the same on every run.
struct SeededSequence {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
