/// The titles by branch: a row per branch, a column per title the data counts by branch, "recognised/total" in each cell.

import Canvas
import Reports
import Store
import VietText

struct BranchTitlesTable {
    struct Row {
        var name: String
        var cells: [String]
    }

    var titles: [AssessedTitle]
    var rows: [Row]
    var headers: [String]
    var widths: [Int]
    var nameWidth: Int

    init(_ lines: [TitleProgress.Line], _ branches: [Branch], _ ctx: RenderContext) {
        let byBranch = lines.filter { $0.byBranch.contains { $0.branch != nil } }
        titles = byBranch.map(\.title)
        headers = titles.map { ctx.text(Self.abbreviation($0), $0.english.replacingOccurrences(of: "Learning ", with: "")) }
        let names = Dictionary(branches.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var ids: [String] = branches.map(\.id)
        for line in byBranch { for b in line.byBranch { if let id = b.branch, !ids.contains(id) { ids.append(id) } } }
        var rows: [Row] = []
        for id in ids {
            let cells = byBranch.map { line -> String in
                guard let t = line.byBranch.first(where: { $0.branch == id })?.tally else { return "" }
                return "\(VietFormat.integer(t.recognized, ctx.language))/\(VietFormat.integer(t.total, ctx.language))"
            }
            guard cells.contains(where: { !$0.isEmpty }) else { continue }
            rows.append(Row(name: AwardsFormat.branchName(names[id] ?? id, tight: true), cells: cells))
        }
        self.rows = rows
        let heads = headers
        widths = heads.indices.map { i in max(heads[i].displayWidth, rows.map { $0.cells[i].displayWidth }.max() ?? 0) }
        nameWidth = min(28, max(ctx.text("Chi hội", "Branch").displayWidth, rows.map(\.name.displayWidth).max() ?? 0))
    }

    /// "GĐHT", "CĐHT": the abbreviations a ward's reports use.
    static func abbreviation(_ title: AssessedTitle) -> String {
        switch title {
        case .citizen: "CDHT"
        case .family: "GĐHT"
        case .clan: "DHHT"
        case .community: "CĐHT"
        case .unit: "ĐVHT"
        }
    }

    /// The width the table wants.
    var width: Int { nameWidth + widths.reduce(0) { $0 + $1 + 2 } }

    /// The heading, the column headers, and as many branches as fit; the last row says how many
    /// are left. Returns the row after the table.
    func draw(_ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) -> Int {
        guard area.height >= 3, !rows.isEmpty else { return area.y }
        var y = area.y
        let heading = ctx.text("Theo chi hội (công nhận/tổng)", "By branch (recognised/total)")
        buffer.write(ctx.fit(heading, area.width), at: Point(x: area.x, y: y), style: ctx[.accent], clip: area)
        y += 1
        let nameRoom = max(6, min(nameWidth, area.width - widths.reduce(0) { $0 + $1 + 2 }))
        drawRow(ctx.text("Chi hội", "Branch"), headers, nameRoom: nameRoom, role: .muted, ctx, at: y, in: area, into: &buffer)
        y += 1
        let room = area.maxY - y
        let shown = rows.count <= room ? rows.count : max(0, room - 1)
        for row in rows.prefix(shown) {
            drawRow(row.name, row.cells, nameRoom: nameRoom, role: .text, ctx, at: y, in: area, into: &buffer)
            y += 1
        }
        if shown < rows.count {
            let more = ctx.text("… và \(rows.count - shown) chi hội nữa (màn hình cao hơn để xem hết)",
                                "… and \(rows.count - shown) more branches (a taller screen shows them all)")
            buffer.write(ctx.fit(more, area.width), at: Point(x: area.x, y: y), style: ctx[.muted], clip: area)
            y += 1
        }
        return y
    }

    private func drawRow(_ name: String, _ cells: [String], nameRoom: Int, role: Role, _ ctx: RenderContext, at y: Int,
                         in area: Rect, into buffer: inout Buffer) {
        buffer.write(ctx.fit(name, nameRoom), at: Point(x: area.x, y: y), style: ctx[role == .muted ? .muted : .text], clip: area)
        var x = area.x + nameRoom
        for (cell, w) in zip(cells, widths) {
            x += 2
            buffer.write(cell.padded(toWidth: w, alignment: .right), at: Point(x: x, y: y), style: ctx[role == .muted ? .muted : .digits], clip: area)
            x += w
        }
    }
}
