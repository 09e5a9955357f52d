/// A numbered paper in a body's register: "Số: 12/BC-TTHTCĐ", its date and title.

import Recfile

/// One `Paper` record of `papers.rec`.
public struct IssuedPaper: Hashable, Sendable {
    public var id: String
    /// The `Id` of the issuing body.
    public var body: String
    /// The calendar year the number belongs to.
    public var year: Int
    public var number: Int
    /// `BC` for a report, as the number writes it.
    public var kind: String
    public var date: CalendarDate
    public var title: String
    public var source: SourcePlace

    public init(id: String, body: String, year: Int, number: Int, kind: String, date: CalendarDate, title: String,
                source: SourcePlace = .unknown) {
        self.id = id
        self.body = body
        self.year = year
        self.number = number
        self.kind = kind
        self.date = date
        self.title = title
        self.source = source
    }

    /// `12/BC-TTHTCĐ` (the body's code), or `12/BC` when the body has none.
    public func numberText(code: String?) -> String {
        "\(number)/\(kind)" + (code.map { "-\($0)" } ?? "")
    }
}
