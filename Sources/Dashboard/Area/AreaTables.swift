/// The area view's tables: a row per member and the total, for each pane, cut to the screen's width from the area's one table per figure.

import Canvas
import Reports
import Store
import VietText

/// The tables the area panes draw, as plain `Table` values (the same widget as the store's panes),
/// each a choice of columns of the tables `AreaFigureTables` built once.
enum AreaTables {
    static func blocks(_ tables: AreaFigureTables, pane: AreaPane, width: Int) -> [AreaBlock] {
        let l = tables.language
        switch pane {
        case .overview:
            let wide = width >= 100
            return [figures(tables[.overview], keep: wide ? [0, 1, 2, 3, 4, 5, 6] : [0, 1, 2, 3, 5], l,
                            titles: wide ? [:] : [1: l.pick("Lượt học", "Learners"), 5: l.pick("Dòng họ HH", "Clans")]),
                    figures(tables[.titles], keep: [0, 2, 3, 4, 5], l, short: true,
                            titles: [0: tables[.titles].heading], readOnly: true)]
        case .classes:
            return [figures(tables[.classes], keep: [0, 1, 2, 3, 4], l)]
        case .awards:
            var list = figures(tables.awardsByBranch, keep: [0, 1, 2], l)
            list.scrolls = true
            return [list, figures(tables[.awards], keep: [0, 3, 4, 5, 6, 7], l, titles: [0: l.pick("Theo đối tượng", "By recipient")])]
        case .titles:
            return [figures(tables[.titles], keep: [0, 1, 2, 3, 4, 5], l, short: width < 110)]
        case .fund:
            return [figures(tables[.fund], keep: width >= 110 ? [0, 1, 2, 3, 4, 5, 6] : width >= 90 ? [0, 1, 2, 4, 6] : [0, 2, 4, 6], l)]
        case .problems:
            return [figures(tables[.problems], keep: [0, 1, 2], l)]
        }
    }

    /// How many rows the awards pane's scrolling list has.
    static func scrollRows(_ tables: AreaFigureTables, pane: AreaPane) -> Int {
        pane == .awards ? tables.awardsByBranch.rows.count : 0
    }

    /// An area figure table as the screen shows it: the columns `keep` (the member's first), a
    /// row per member (one that could not be read says so over its empty figures; none with
    /// `readOnly`), the total. `short` drops "học tập" ("Learning") from the titles' headings;
    /// `titles` renames columns by their index in `keep`'s numbering.
    static func figures(_ table: AreaFigureTable, keep: [Int], _ language: Language, short: Bool = false,
                        titles renamed: [Int: String] = [:], readOnly: Bool = false) -> AreaBlock {
        let kept = keep.dropFirst().map { $0 - 1 }
        func row(_ r: AreaRow) -> [String] {
            guard r.failure == nil else { return [r.name] }
            return [r.name] + kept.map { r.cells[$0].text(language) }
        }
        let shown = readOnly ? table.readRows : table.rows
        let rows = shown.map(row)
        let total = row(table.total)
        var titles = keep.map { renamed[$0] ?? (short && $0 > 0 ? shortTitle(table.columns[$0], language) : table.columns[$0]) }
        if let first = renamed[0] { titles[0] = first }
        return AreaBlock(table: Table(columns: AreaBlock.columns(titles, rows: rows, total: total), rows: rows), total: total,
                         notes: unreadable(shown.map { $0.failure != nil }, language))
    }

    /// A learning title without "học tập": "Gia đình"; in English without "Learning": "Families".
    static func shortTitle(_ title: String, _ language: Language) -> String {
        guard language == .en else { return title.replacingOccurrences(of: " học tập", with: "") }
        let rest = title.replacingOccurrences(of: "Learning ", with: "")
        return rest.prefix(1).uppercased() + rest.dropFirst()
    }

    /// "không đọc được" over the rows of members that could not be read.
    static func unreadable(_ flags: [Bool], _ language: Language) -> [Int: String] {
        var notes: [Int: String] = [:]
        for (i, failed) in flags.enumerated() where failed { notes[i] = AreaWording.unreadable(language) }
        return notes
    }
}
