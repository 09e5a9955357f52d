/// How far a number or a day may go beyond what its type allows: amounts and counts not below zero, birth years and dates not in the future.

import Recfile

/// A limit on a field's values, declared in the schema beside its type, so that `hoctap check`,
/// `hoctap add` and the dashboard's forms (which add through the same check) share it. The limits
/// that end "today" are read against a reference day the decoder is given (`ReferenceDay`).
public enum ValueBound: Hashable, Sendable {
    /// A whole number no smaller than `minimum`; `noun` names it in messages ("a whole number of đồng").
    case atLeast(Int, noun: String)
    /// A year from `from` to the reference day's year.
    case pastYear(from: Int)
    /// A day from January 1 of `from` to the reference day.
    case pastDay(from: Int)

    /// An award's money: whole đồng, 0 or more (an award with no money is an award: a certificate).
    static let money = ValueBound.atLeast(0, noun: "a whole number of đồng")
    /// A gift to the fund: whole đồng, 1 or more (a gift of nothing is no gift).
    static let gift = ValueBound.atLeast(1, noun: "a whole number of đồng")
    /// A count of things or people, or a number in a sequence.
    static let count = ValueBound.atLeast(0, noun: "a whole number")

    /// The whole numbers allowed on `today`; nil for a bound on days.
    func numbers(today: CalendarDate) -> ClosedRange<Int>? {
        switch self {
        case .atLeast(let minimum, _): return minimum...Int.max
        case .pastYear(let from): return from...max(from, today.year)
        case .pastDay: return nil
        }
    }

    /// The days allowed on `today`; nil for a bound on numbers.
    func days(today: CalendarDate) -> ClosedRange<CalendarDate>? {
        guard case .pastDay(let from) = self, let first = CalendarDate(year: from, month: 1, day: 1) else { return nil }
        return first...max(first, today)
    }

    /// How the clerk reads the limit, for messages: "expected …".
    func expectation(today: CalendarDate) -> String {
        switch self {
        case .atLeast(let minimum, let noun): return "\(noun), \(minimum) or more"
        case .pastYear(let from): return "a year from \(from) to \(max(from, today.year))"
        case .pastDay(let from): return "a date from \(from)-01-01 to today (\(max(CalendarDate(year: from, month: 1, day: 1) ?? today, today)))"
        }
    }
}
