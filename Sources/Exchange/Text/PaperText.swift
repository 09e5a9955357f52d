/// A paper as plain text for the terminal, git and a line printer: letterhead, title, body, signatures, pages.

import VietText

extension Paper {
    /// The paper as monospaced text, measured in display columns: 80 columns upright, 100 on its side;
    /// pages separated by a form feed, numbered from page 2, a table's header repeated on each.
    public var plainText: String {
        let page = TextPage(orientation)
        let pages = TextPagination(page: page).pages(PaperTextLayout(paper: self, width: page.columns).pieces)
        return pages.map { $0.joined(separator: "\n") + "\n" }.joined(separator: "\u{0C}")
    }
}

/// The pieces of a paper in text, top to bottom.
struct PaperTextLayout {
    let paper: Paper
    let width: Int

    var pieces: [TextPiece] {
        var pieces: [TextPiece] = []
        if let head = letterhead { pieces.append(TextPiece(lines: head, keepWithNext: true)) }
        var title = centred(paper.title)
        if let summary = paper.summary { title += centred(summary) }
        pieces.append(TextPiece(lines: [""] + title + [""], keepWithNext: true))
        for block in paper.body { pieces += self.pieces(of: block) }
        if let closing { pieces.append(TextPiece(lines: [""] + closing)) }
        return pieces
    }

    // MARK: - Head

    /// The issuing body (left) beside the state and motto (right), a short rule under each, then the
    /// number (left) beside the place and date (right).
    var letterhead: [String]? {
        guard let head = paper.printedLetterhead else { return nil }
        let left = width * 2 / 5, right = width - left
        var issuer = (head.parent.map { [$0] } ?? []) + [head.issuer]
        issuer = issuer.flatMap { TextWidth.wrap($0, width: left - 2) }
        issuer.append(rule(max(6, TextWidth.of(head.issuer) / 3)))
        let nation = [Letterhead.nation, Letterhead.motto].flatMap { TextWidth.wrap($0, width: right - 2) }
            + [rule(TextWidth.of(Letterhead.motto))]
        var lines = sideBySide([issuer, nation], widths: [left, right])
        let number = paper.printedNumber.map { TextWidth.wrap($0, width: left - 2) } ?? []
        let date = paper.placeAndDate.map { TextWidth.wrap($0, width: right - 2) } ?? []
        if !number.isEmpty || !date.isEmpty {
            lines += sideBySide([number, date], widths: [left, right])
        }
        return lines
    }

    private func rule(_ length: Int) -> String { String(repeating: "─", count: length) }

    // MARK: - Body

    func pieces(of block: PaperBlock) -> [TextPiece] {
        switch block {
        case .heading(let text):
            return [TextPiece(lines: [""] + TextWidth.wrap(text, width: width), keepWithNext: true)]
        case .paragraph(let text):
            return [TextPiece(lines: TextWidth.wrap(text, width: width, first: "    "))]
        case .bullets(let items):
            return items.map { TextPiece(lines: TextWidth.wrap($0, width: width, first: "- ", rest: "  ")) }
        case .table(let table):
            var pieces = TextTable(table, width: width).pieces
            pieces[0].lines.insert("", at: 0)
            return pieces
        case .amountInWords(let dong):
            return [TextPiece(lines: TextWidth.wrap(PaperBlock.inWords(dong), width: width))]
        }
    }

    // MARK: - Foot

    /// "Nơi nhận:" and its list on the left, the signature blocks side by side on the right.
    var closing: [String]? {
        let recipients = paper.printedRecipients
        guard !recipients.isEmpty || !paper.signatures.isEmpty else { return nil }
        var columns: [[String]] = [], widths: [Int] = []
        if !recipients.isEmpty {
            let w = paper.signatures.isEmpty ? width : width * 7 / 20
            columns.append(["Nơi nhận:"] + recipients.flatMap { TextWidth.wrap($0, width: w - 1, first: "- ", rest: "  ") })
            widths.append(w)
        }
        let rest = width - widths.reduce(0, +), n = paper.signatures.count
        let heads = paper.signatures.map { $0.headLines + ($0.instruction.map { [$0] } ?? []) }
        for (i, signature) in paper.signatures.enumerated() {
            let w = i == n - 1 ? rest - rest / n * (n - 1) : rest / n
            let head = heads[i].flatMap { TextWidth.wrap($0, width: w - 2) }
            // Heads of different heights still put the names on one line.
            let tallest = heads.map { $0.flatMap { TextWidth.wrap($0, width: w - 2) }.count }.max() ?? 0
            var lines = head + Array(repeating: "", count: tallest - head.count + 4)
            lines += signature.name.map { TextWidth.wrap($0, width: w - 2) } ?? [""]
            columns.append(lines.map { TextWidth.pad($0, w, .center) })
            widths.append(w)
        }
        return sideBySide(columns, widths: widths, centred: false)
    }

    // MARK: - Helpers

    private func centred(_ text: String) -> [String] {
        TextWidth.wrap(text, width: width).map { TextWidth.pad($0, width, .center).trimmingTrailingSpaces() }
    }

    /// Columns of lines set beside each other, each line centred in its column (unless told not to).
    private func sideBySide(_ columns: [[String]], widths: [Int], centred: Bool = true) -> [String] {
        let height = columns.map(\.count).max() ?? 0
        return (0..<height).map { row in
            columns.indices.map { c in
                let text = row < columns[c].count ? columns[c][row] : ""
                return TextWidth.pad(text, widths[c], centred ? .center : .left)
            }.joined().trimmingTrailingSpaces()
        }
    }
}
