/// A paper and a sheet as GitHub Markdown: the letterhead as a two-column table, headings, aligned tables, bold.

extension Paper {
    /// The paper as GitHub Markdown: the letterhead and the signatures as tables (Markdown has no
    /// columns otherwise), the title as the first heading, body headings one level down, tables with
    /// their columns aligned (numbers right), the totals in bold.
    public var markdown: String {
        var out: [String] = []
        if let head = printedLetterhead {
            out.append("| " + Markdown.escape(head.parent ?? "") + " | " + Markdown.escape(Letterhead.nation) + " |")
            out.append("|:---:|:---:|")
            out.append("| **" + Markdown.escape(head.issuer) + "** | **" + Markdown.escape(Letterhead.motto) + "** |")
            let number = printedNumber.map(Markdown.escape) ?? ""
            let date = placeAndDate.map { "*" + Markdown.escape($0) + "*" } ?? ""
            if !number.isEmpty || !date.isEmpty { out.append("| " + number + " | " + date + " |") }
            out.append("")
        } else if let date = placeAndDate {
            out += ["*" + Markdown.escape(date) + "*", ""]
        }
        out += ["# " + Markdown.escape(title), ""]
        if let summary { out += ["**" + Markdown.escape(summary) + "**", ""] }
        for block in body {
            switch block {
            case .heading(let text): out += ["## " + Markdown.escape(text), ""]
            case .paragraph(let text): out += [Markdown.escape(text), ""]
            case .bullets(let items): out += items.map { "- " + Markdown.escape($0) } + [""]
            case .table(let table): out += Markdown.table(table) + [""]
            case .amountInWords(let dong): out += ["*" + Markdown.escape(PaperBlock.inWords(dong)) + "*", ""]
            }
        }
        if !printedRecipients.isEmpty {
            out += ["**Nơi nhận:**", ""] + printedRecipients.map { "- " + Markdown.escape($0) } + [""]
        }
        if !signatures.isEmpty {
            func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
            out.append(row(signatures.map { $0.headLines.map { "**" + Markdown.escape($0) + "**" }.joined(separator: "<br>") }))
            out.append(row(signatures.map { _ in ":---:" }))
            out.append(row(signatures.map { $0.instruction.map { "*" + Markdown.escape($0) + "*" } ?? "" }))
            out.append(row(signatures.map { _ in "<br><br><br>" }))
            out.append(row(signatures.map { $0.name.map { "**" + Markdown.escape($0) + "**" } ?? "" }))
            out.append("")
        }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }
}

extension Sheet {
    /// The sheet as GitHub Markdown: its titles (the first as a heading), then its table.
    public var markdown: String {
        var out: [String] = []
        for (i, title) in titles.enumerated() {
            out += [i == 0 ? "# " + Markdown.escape(title) : "**" + Markdown.escape(title) + "**", ""]
        }
        out += Markdown.table(table)
        return out.joined(separator: "\n") + "\n"
    }
}

/// Markdown's escapes and tables.
enum Markdown {
    /// Text with Markdown's marks escaped, so a name or a note prints as typed; line breaks as `<br>`.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "*", "_", "`", "|", "[", "]", "<", ">", "#": out += "\\" + String(character)
            case "\n", "\r\n": out += "<br>"
            default: out.append(character)
            }
        }
        return out
    }

    /// A GitHub table: titles, the alignment row (numbers right, dates and signatures centred), rows,
    /// and the totals in bold with the label in the first column.
    static func table(_ table: DataTable) -> [String] {
        func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
        var lines = [row(table.columns.map { escape($0.title) })]
        lines.append(row(table.columns.map {
            switch $0.kind.alignment {
            case .left: ":---"
            case .center: ":---:"
            case .right: "---:"
            }
        }))
        for r in table.rows.indices {
            lines.append(row(table.columns.indices.map { escape(table.cell(r, $0).displayText) }))
        }
        if let totals = table.totalsCells {
            lines.append(row(totals.map { $0 == .empty ? "" : "**" + escape($0.displayText) + "**" }))
        }
        return lines
    }
}
