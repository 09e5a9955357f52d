/// One figure of an area as a table: a row per member, the total last; what the area's panes and papers both show.

import Store
import VietText

/// A cell of an area's table, typed so that each rendering writes it its own way (the screen
/// `1.200.000 đ`, a workbook a number).
public enum AreaCell: Hashable, Sendable {
    case count(Int)
    case money(Int)
    /// Recognised of the total, `2/3` on the screen; two columns in a paper.
    case share(Int, of: Int)
    case text(String)

    /// The number a paper's column adds up; nil for shares and text.
    public var number: Int? {
        switch self {
        case .count(let n), .money(let n): n
        case .share, .text: nil
        }
    }

    /// The cell as the store's panes write it: `1.900`, `1.200.000 đ`, `2/3` (`1,900`, `1,200,000 VND` in English).
    public func text(_ language: Language = .vi) -> String {
        switch self {
        case .count(let n): VietFormat.integer(n, language)
        case .money(let n): VietFormat.money(n, language)
        case .share(let n, let total): VietFormat.integer(n, language) + "/" + VietFormat.integer(total, language)
        case .text(let s): s
        }
    }
}

/// One row: the member's name and its cells (none when it could not be read: `failure` says why).
public struct AreaRow: Hashable, Sendable {
    public var name: String
    public var cells: [AreaCell]
    /// Why the member could not be read, in Vietnamese; nil when its figures are in `cells`.
    public var failure: String?
}

/// A table of the area: the columns after the member's, a row per member in the area's order, and
/// the total of the members read.
public struct AreaFigureTable: Hashable, Sendable {
    /// What the table is of.
    public var subject: AreaSubject
    /// Its heading in the table's language, as a section's title and a sheet's name: "Lớp học và lượt người học".
    public var heading: String
    /// The title of the first column ("Đơn vị") and of the others.
    public var columns: [String]
    public var rows: [AreaRow]
    public var total: AreaRow

    /// The rows of the members that were read.
    public var readRows: [AreaRow] { rows.filter { $0.failure == nil } }
}
