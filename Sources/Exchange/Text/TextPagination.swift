/// Cuts a text paper into pages: a form feed between them, the page number on top from page 2, a table's header repeated.

/// A run of lines that stays on one page, and what it belongs to.
struct TextPiece {
    var lines: [String]
    /// Stays on the page of the piece after it (a heading, a title).
    var keepWithNext = false
    /// The table this piece is a row of, whose header opens a page it starts; nil outside tables.
    var table: TextTable?
    /// The last piece of its table (which draws the table's bottom rule itself).
    var closesTable = false
}

/// Lays pieces on pages of `page.lines` lines. Page 1 starts at the top; later pages start with their
/// number, centred, and a blank line (Nghị định 30: numbers at the top, none on the first page).
/// A table cut by a page is closed with a rule and reopened with its header on the next page.
struct TextPagination {
    let page: TextPage

    func pages(_ pieces: [TextPiece]) -> [[String]] {
        var pages: [[String]] = []
        var current: [String] = []
        var bodyStart = 0
        func startPage() {
            if !current.isEmpty { pages.append(trimmed(current)) }
            current = []
            if !pages.isEmpty {
                current = [TextWidth.pad("\(pages.count + 1)", page.columns, .center).trimmingTrailingSpaces(), ""]
            }
            bodyStart = current.count
        }
        startPage()
        for index in pieces.indices {
            let piece = pieces[index]
            var need = piece.lines.count
            var next = index
            while pieces[next].keepWithNext, next + 1 < pieces.count {
                next += 1
                need += pieces[next].lines.count
            }
            if pieces[next].table != nil, !pieces[next].closesTable { need += 1 }  // room to close it
            if current.count + need > page.lines, current.count > bodyStart {
                let previous = index > 0 ? pieces[index - 1] : nil
                let cutTable = piece.table != nil && previous?.table != nil && previous?.closesTable == false
                if cutTable, let table = piece.table { current.append(table.cut) }
                startPage()
                if cutTable, let table = piece.table { current += table.head }
            }
            var lines = piece.lines
            // No blank line opens a page, and none doubles another where two pieces meet.
            if current.count == bodyStart || current.last == "" { while lines.first == "" { lines.removeFirst() } }
            current += lines
        }
        pages.append(trimmed(current))
        return pages
    }

    /// A page without blank lines at its end.
    private func trimmed(_ lines: [String]) -> [String] {
        var lines = lines
        while lines.last == "" { lines.removeLast() }
        return lines
    }
}

extension String {
    /// The string without spaces at its end.
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
