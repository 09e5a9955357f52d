/// A `DataTable` as a Word table: borders, widths in proportion to the columns' contents, header rows that repeat.

/// The Word table of a `DataTable` across the text width.
struct DocxTable {
    let table: DataTable
    let width: Int

    /// Widths in twips. Numbers and dates get the room their longest value needs, so they never wrap,
    /// and a signature column its room; text columns share what is left: each as wide as its longest
    /// cell when they all fit, else at least its longest word and the rest in proportion to what
    /// each lacks. Measured with Times New Roman's average widths (a digit half an em, a letter a
    /// little more), plus the cell's margins.
    var columnWidths: [Int] {
        let em = DocxType.table * 20
        let letter = em * 0.55, boldLetter = em * 0.62, digit = em * 0.5
        let margins = Double(2 * Self.cellMargin + 60)
        let totals = table.totalsCells
        var least: [Double] = [], want: [Double] = [], grows: [Bool] = []
        for c in table.columns.indices {
            let column = table.columns[c]
            var cells = table.rows.indices.map { table.cell($0, c).displayText }
            if let totals, c >= table.totalsLabelSpan { cells.append(totals[c].displayText) }
            let title = Double(TextWidth.longestWord(column.title)) * boldLetter
            let widest = Double(cells.map(TextWidth.of).max() ?? 0)
            switch column.kind {
            case .integer, .money, .percent, .date:
                least.append(max(title, widest * digit) + margins)
                grows.append(false)
            case .signature:
                least.append(max(title, Double(column.width ?? 0) * letter) + margins)
                grows.append(false)
            case .text:
                let word = Double(cells.map(TextWidth.longestWord).max() ?? 0) * letter
                least.append(max(title, word, Double(column.width ?? 0) * letter) + margins)
                grows.append(true)
            }
            want.append(max(least[c], widest * letter + margins))
        }
        let texts = table.columns.indices.filter { grows[$0] }
        let room = Double(width) - table.columns.indices.filter { !grows[$0] }.map { least[$0] }.reduce(0, +)
        let wanted = texts.map { want[$0] }.reduce(0, +), needed = texts.map { least[$0] }.reduce(0, +)
        var widths = least
        if !texts.isEmpty, room >= wanted {
            for c in texts { widths[c] = want[c] * room / wanted }
        } else if !texts.isEmpty, room > needed {
            let lack = wanted - needed
            for c in texts { widths[c] = least[c] + (want[c] - least[c]) * (room - needed) / lack }
        } else {
            // Too many columns for the page: all shrink alike (the text wraps inside its words).
            let total = least.reduce(0, +)
            widths = least.map { $0 * Double(width) / total }
        }
        var twips = widths.map { Int($0) }
        if !twips.isEmpty { twips[twips.count - 1] += width - twips.reduce(0, +) }
        return twips
    }

    /// Room inside each cell, left and right, in twips (1,5 mm).
    static let cellMargin = 85

    var wordTable: WordTable {
        let widths = columnWidths
        var rows = [WordRow(header: true, cells: table.columns.indices.map { c in
            cell(table.columns[c].title, width: widths[c], alignment: "center", bold: true)
        })]
        for r in table.rows.indices {
            rows.append(WordRow(cells: table.columns.indices.map { c in
                cell(table.cell(r, c).displayText, width: widths[c], alignment: Self.alignment(table.columns[c].kind))
            }))
        }
        if let totals = table.totalsCells {
            var cells: [WordCell] = []
            let span = table.totalsLabelSpan
            if span > 0 {
                cells.append(cell(table.totals?.label ?? "", width: widths[0..<span].reduce(0, +), span: span,
                                  alignment: "center", bold: true))
            }
            for c in span..<table.columns.count {
                cells.append(cell(totals[c].displayText, width: widths[c], alignment: Self.alignment(table.columns[c].kind), bold: true))
            }
            rows.append(WordRow(cells: cells))
        }
        return WordTable(
            properties: WordTableProperties(width: WordWidth(width: width), justification: WordValue("center"),
                                            borders: WordTableBorders(WordBorder()),
                                            cellMargins: WordCellMargins(left: WordWidth(width: Self.cellMargin), right: WordWidth(width: Self.cellMargin))),
            grid: WordGrid(columns: widths.map { WordGrid.Column(width: $0) }),
            rows: rows)
    }

    private func cell(_ text: String, width: Int, span: Int = 1, alignment: String, bold: Bool = false) -> WordCell {
        let style = DocxStyle(points: DocxType.table, bold: bold, alignment: alignment, before: 0, after: 0)
        return WordCell(width: width, span: span, verticalAlignment: "center", paragraphs: [style.paragraph(text)])
    }

    static func alignment(_ kind: ColumnKind) -> String {
        switch kind.alignment {
        case .left: "left"
        case .center: "center"
        case .right: "right"
        }
    }
}
