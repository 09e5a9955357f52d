/// A year of the study-promotion fund's book: a calendar year (the usual) or a school year, and its opening balance.

import Recfile

/// The span a fund year covers.
public enum FundPeriod: Hashable, Sendable, CustomStringConvertible {
    /// 1 January to 31 December: the association's accounting year.
    case calendar(Int)
    /// 1 September to 31 August.
    case school(SchoolYear)

    /// `2022` or `2022-2023`.
    public init?(text: some StringProtocol) {
        if text.count == 4, text.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(text) {
            self = .calendar(year)
        } else if let year = SchoolYear(text: text) {
            self = .school(year)
        } else {
            return nil
        }
    }

    public var firstDay: CalendarDate {
        switch self {
        case .calendar(let y): CalendarDate(year: y, month: 1, day: 1) ?? CalendarDate(year: 2000, month: 1, day: 1)!
        case .school(let s): s.firstDay ?? CalendarDate(year: 2000, month: 1, day: 1)!
        }
    }

    public var lastDay: CalendarDate {
        switch self {
        case .calendar(let y): CalendarDate(year: y, month: 12, day: 31) ?? CalendarDate(year: 2000, month: 12, day: 31)!
        case .school(let s): s.lastDay ?? CalendarDate(year: 2001, month: 8, day: 31)!
        }
    }

    public var description: String {
        switch self {
        case .calendar(let y): String(y)
        case .school(let s): s.description
        }
    }
}

/// One `FundYear` record of `fundbook.rec`.
public struct FundYear: Hashable, Sendable {
    public var id: String
    public var period: FundPeriod
    /// The balance on the period's first day, whole đồng.
    public var opening: Int
    public var note: String?
    public var source: SourcePlace

    public init(id: String, period: FundPeriod, opening: Int, note: String? = nil, source: SourcePlace = .unknown) {
        self.id = id
        self.period = period
        self.opening = opening
        self.note = note
        self.source = source
    }
}
