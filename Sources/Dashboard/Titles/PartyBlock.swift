/// The party's call as its own block: party members who are learning citizens, their families, the cells.

import Canvas
import Reports
import VietText

enum PartyBlock {
    /// The three rows' labels with their tallies; `short` for a side panel.
    static func rows(_ party: TitleProgress.Party, _ ctx: RenderContext, short: Bool) -> [(String, TitleTally)] {
        if short {
            return [(ctx.text("Đảng viên là CDHT", "Members: citizens"), party.citizens),
                    (ctx.text("Gia đình đảng viên", "Members' families"), party.families),
                    (ctx.text("Chi bộ là ĐVHT", "Cells: units"), party.cells)]
        }
        return [(ctx.text("Đảng viên là công dân học tập", "Party members who are learning citizens"), party.citizens),
                (ctx.text("Gia đình đảng viên là gia đình học tập", "Party members' families that are learning families"), party.families),
                (ctx.text("Chi bộ là đơn vị học tập", "Party cells that are learning units"), party.cells)]
    }

    /// "x/y (z%)".
    static func figure(_ tally: TitleTally, _ ctx: RenderContext) -> String {
        "\(VietFormat.integer(tally.recognized, ctx.language))/\(VietFormat.integer(tally.total, ctx.language)) (\(TitleTargetText.share(tally, ctx)))"
    }

    /// One row: the label shortened if need be, the figure whole at the right.
    static func drawRow(_ label: String, _ tally: TitleTally, _ ctx: RenderContext, at y: Int, in area: Rect, into buffer: inout Buffer) {
        let value = figure(tally, ctx)
        let labelWidth = max(0, area.width - 2 - value.displayWidth - 1)
        buffer.write("  " + ctx.fit(label, labelWidth), at: Point(x: area.x, y: y), style: ctx[.text], clip: area)
        buffer.write(value, at: Point(x: area.maxX - value.displayWidth, y: y), style: ctx[.digits], clip: area)
    }
}
