/// One typed cell of a table, as the writers need it: text, a count, a sum in đồng, a share, a day.

import Store
import VietText

/// A typed value in a table cell; each writer shows it in its own way (a number in xlsx, "1.200.000" in text).
public enum CellValue: Sendable, Equatable {
    case empty
    case text(String)
    /// A count: learners, classes, award-turns.
    case integer(Int)
    /// A sum in whole đồng.
    case money(Int)
    /// A share as a fraction: 0.76 is 76,0%.
    case percent(Double)
    case date(CalendarDate)

    /// The value as a clerk reads it in Vietnamese: "1.200.000", "76,0%", "06/10/2022".
    /// Money is written without its unit, which the column's title carries ("Số tiền (đồng)").
    public var displayText: String {
        switch self {
        case .empty: ""
        case .text(let text): text
        case .integer(let n), .money(let n): VietFormat.integer(n)
        case .percent(let fraction): Self.percentText(fraction)
        case .date(let day): VietFormat.date(day)
        }
    }

    /// The one percent format of the papers: one decimal after a comma, kept when it is 0 ("76,0%").
    public static func percentText(_ fraction: Double) -> String {
        guard fraction.isFinite else { return VietFormat.missing }
        return VietFormat.decimal(fraction * 100, fractionDigits: 1) + "%"
    }

    /// The number a total adds up: counts and sums; nothing for other cells.
    var summand: Int? {
        switch self {
        case .integer(let n), .money(let n): n
        default: nil
        }
    }
}
