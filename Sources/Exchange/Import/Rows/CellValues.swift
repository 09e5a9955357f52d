/// A cell read as what its column holds: text, a date (06/10/2022, 6/10/22, 2022-10-06, an Excel serial), a birth year or date, a gender, a mark, an amount, a school year.

import Foundation
import Store
import VietText

/// The readings of one decoded cell. Each returns nil for a cell it cannot read; an empty cell is
/// nil to `text` and the caller decides whether that is allowed.
enum CellValues {
    /// Excel's day 0 is 30 December 1899 (serial 25569 is 1 January 1970).
    static let excelEpochOffset = 25_569

    /// The cell's text, spaced; a whole number written without a decimal point.
    static func text(_ cell: ImportCell) -> String? {
        switch cell {
        case .text(let t):
            let spaced = VietText.spaced(t)
            return spaced.isEmpty ? nil : spaced
        case .number(let n, _):
            return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .bool(let b):
            return b ? "x" : nil
        case .empty, .bytes:
            return nil
        }
    }

    /// A day: an Excel serial (a number, dated or not, within 1900–2200), or text as
    /// DD/MM/YYYY, D/M/YY (also with `-` or `.`), or YYYY-MM-DD. A two-digit year up to `pivot`
    /// is 20YY, above it 19YY.
    static func date(_ cell: ImportCell, pivot: Int) -> CalendarDate? {
        switch cell {
        case .number(let n, _):
            return serial(n)
        case .text(let t):
            return date(text: t, pivot: pivot)
        default:
            return nil
        }
    }

    static func serial(_ n: Double) -> CalendarDate? {
        guard n >= 1, n < 110_000 else { return nil }
        let day = Int(n.rounded(.down))
        // Excel counts a 29 February 1900 that never was: serials before 61 are one day later.
        let days = day - excelEpochOffset + (day < 61 ? 1 : 0)
        return CalendarDate(daysSinceEpoch: days)
    }

    static func date(text raw: String, pivot: Int) -> CalendarDate? {
        let t = VietText.spaced(raw)
        let parts = t.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }) else {
            if let n = Double(t), t.allSatisfy({ $0.isNumber || $0 == "." }), n > 3_000 { return serial(n) }
            return nil
        }
        let numbers = parts.compactMap { Int($0) }
        if parts[0].count == 4 {
            return CalendarDate(year: numbers[0], month: numbers[1], day: numbers[2])
        }
        guard parts[2].count == 4 || parts[2].count == 2 else { return nil }
        var year = numbers[2]
        if parts[2].count == 2 { year += year <= pivot ? 2000 : 1900 }
        return CalendarDate(year: year, month: numbers[1], day: numbers[0])
    }

    /// A birth: a year alone (1900–2100, as a number or text) or a day as `date` reads it.
    static func birth(_ cell: ImportCell, pivot: Int) -> (year: Int, date: CalendarDate?)? {
        switch cell {
        case .number(let n, let isDate):
            if !isDate, n == n.rounded(), (1900...2100).contains(Int(n)) { return (Int(n), nil) }
            return serial(n).map { ($0.year, $0) }
        case .text(let t):
            let trimmed = VietText.spaced(t)
            if trimmed.utf8.count == 4, let year = Int(trimmed), (1900...2100).contains(year) { return (year, nil) }
            return date(text: trimmed, pivot: pivot).map { ($0.year, $0) }
        default:
            return nil
        }
    }

    /// Nam / Nữ, M / F (and the English words), accents and case aside.
    static func gender(_ text: String) -> Gender? {
        // The two spellings nearly every list uses, before the general reading.
        if text == "Nam" { return .male }
        if text == "Nữ" { return .female }
        switch HeaderKey.exact(text) {
        case "nam", "m", "male", "trai": return .male
        case "nữ", "nu", "f", "female", "gái", "gai": return .female
        default:
            switch HeaderKey.fold(text) {
            case "nu": return .female
            default: return nil
            }
        }
    }

    /// Whether a mark column is ticked: any text but "0", "không", "-"; true; a number but 0.
    static func isMarked(_ cell: ImportCell) -> Bool {
        switch cell {
        case .text(let t):
            let key = HeaderKey.fold(t)
            return !key.isEmpty && !["0", "khong", "k", "no"].contains(key)
        case .number(let n, _): return n != 0
        case .bool(let b): return b
        default: return false
        }
    }

    /// Whole đồng: a whole number cell, or text as a clerk types money ("200.000", "200k", "1,5tr").
    static func amount(_ cell: ImportCell) -> Int? {
        switch cell {
        case .number(let n, _):
            guard n >= 0, n == n.rounded(), n <= Double(VietText.maximumAmount) else { return nil }
            return Int(n)
        case .text(let t):
            return VietText.parseAmount(t)
        default:
            return nil
        }
    }

    /// "2022-2023", "2022 – 2023", "2022/2023" or "2022" (the year it starts).
    static func schoolYear(_ text: String) -> SchoolYear? {
        let digits = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard let first = digits.first, (1900...2200).contains(first) else { return nil }
        if digits.count >= 2, digits[1] != first + 1 { return nil }
        return SchoolYear(startYear: first)
    }
}
