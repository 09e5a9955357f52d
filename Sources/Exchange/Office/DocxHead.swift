/// The frame of a Word paper: the letterhead and the closing ("Nơi nhận" beside the signatures), as borderless tables.

/// The letterhead and the closing of a paper, each a borderless table across the text width.
struct DocxHead {
    let paper: Paper
    let width: Int

    // MARK: - Letterhead

    /// Left: the parent body, the issuer in bold, a rule a third of the column long, the number.
    /// Right: the state's name and the motto in bold, a rule under the motto, the place and date in
    /// italics. The table reaches 1 cm into the wide left margin, as the ward's papers do, so that
    /// the state's name and a long date keep to one line.
    var table: WordTable? {
        guard let head = paper.printedLetterhead else { return nil }
        let whole = width + Self.reach
        let left = whole * 45 / 100, right = whole - left
        let centred = DocxStyle(points: DocxType.issuer, alignment: "center", before: 0, after: 0)
        var issuer: [WordParagraph] = []
        if let parent = head.parent {
            var style = centred
            style.points = DocxType.parent
            issuer.append(style.paragraph(parent))
        }
        var bold = centred
        bold.bold = true
        issuer.append(bold.paragraph(head.issuer))
        issuer.append(DocxStyle.rule(length: left / 3, within: left))
        var nation = bold
        nation.points = DocxType.nation
        var motto = bold
        motto.points = DocxType.motto
        let state = [nation.paragraph(Letterhead.nation), motto.paragraph(Letterhead.motto),
                     DocxStyle.rule(length: 3_500, within: right)]
        var rows = [WordRow(cells: [cell(issuer, left), cell(state, right)])]
        if paper.printedNumber != nil || paper.placeAndDate != nil {
            var number = centred
            (number.points, number.before) = (DocxType.number, 120)
            var date = number
            (date.points, date.italic) = (DocxType.placeAndDate, true)
            rows.append(WordRow(cells: [cell([number.paragraph(paper.printedNumber ?? "")], left),
                                        cell([date.paragraph(paper.placeAndDate ?? "")], right)]))
        }
        var table = borderless(widths: [left, right], rows: rows)
        table.properties.justification = nil
        table.properties.indent = WordWidth(width: -Self.reach)
        return table
    }

    /// How far the letterhead reaches into the left margin, in twips (1 cm).
    static let reach = 567

    // MARK: - Closing

    /// "Nơi nhận:" and its list in the first column when the paper has them, then one column per
    /// signature; a lone signature sits in the right half. Names line up however tall the heads.
    var closing: WordTable? {
        let recipients = paper.printedRecipients
        let signatures = paper.signatures
        guard !recipients.isEmpty || !signatures.isEmpty else { return nil }
        var columns: [[WordParagraph]] = []
        var widths: [Int] = []
        let listWidth = recipients.isEmpty ? (signatures.count == 1 ? width / 2 : 0) : width * 2 / 5
        if listWidth > 0 {
            var list: [WordParagraph] = []
            if !recipients.isEmpty {
                list.append(DocxStyle(points: DocxType.recipientsHead, bold: true, italic: true, before: 0, after: 0)
                    .paragraph("Nơi nhận:"))
                let item = DocxStyle(points: DocxType.recipients, before: 0, after: 0)
                list += recipients.map { item.paragraph("- " + $0) }
            }
            columns.append(list)
            widths.append(listWidth)
        }
        let rest = width - listWidth
        let each = signatures.isEmpty ? rest : rest / signatures.count
        let heads = signatures.map { $0.headLines.count + ($0.instruction == nil ? 0 : 1) }
        let tallest = heads.max() ?? 0
        for (i, signature) in signatures.enumerated() {
            let role = DocxStyle(points: DocxType.signature, bold: true, alignment: "center", before: 0, after: 0)
            var lines = signature.headLines.map(role.paragraph)
            if let instruction = signature.instruction {
                var style = role
                (style.bold, style.italic) = (false, true)
                lines.append(style.paragraph(instruction))
            }
            let blank = DocxStyle(points: DocxType.signature, before: 0, after: 0).paragraph("")
            lines += Array(repeating: blank, count: tallest - heads[i] + 4)
            var name = role
            name.points = DocxType.name
            lines.append(name.paragraph(signature.name ?? ""))
            columns.append(lines)
            widths.append(i == signatures.count - 1 ? rest - each * (signatures.count - 1) : each)
        }
        return borderless(widths: widths, rows: [WordRow(cells: columns.indices.map { cell(columns[$0], widths[$0]) })])
    }

    // MARK: - Helpers

    private func cell(_ paragraphs: [WordParagraph], _ width: Int) -> WordCell {
        WordCell(width: width, paragraphs: paragraphs)
    }

    private func borderless(widths: [Int], rows: [WordRow]) -> WordTable {
        WordTable(
            properties: WordTableProperties(width: WordWidth(width: widths.reduce(0, +)), justification: WordValue("center"),
                                            borders: WordTableBorders(.none),
                                            cellMargins: WordCellMargins(left: WordWidth(width: 0), right: WordWidth(width: 0))),
            grid: WordGrid(columns: widths.map { WordGrid.Column(width: $0) }),
            rows: rows)
    }
}
