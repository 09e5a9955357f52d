/// The read-only area view drawn into a buffer: tabs, one table per subject with a row per member and the total, badges, hints.

import Canvas
import Reports
import Store
import VietText

/// The whole screen of an area: pure, like `Screen.render`, so `render` and the tests draw it.
public enum AreaScreen {
    /// The screen of `report`, its tables built for this frame alone (`render` builds one frame).
    public static func render(report: AreaReport, state: AreaViewState, theme: Theme, size: Size) -> Buffer {
        render(tables: AreaFigureTables(report, language: state.language), state: state, theme: theme, size: size)
    }

    /// The screen of the tables built once per change of the members' figures.
    public static func render(tables: AreaFigureTables, state: AreaViewState, theme: Theme, size: Size) -> Buffer {
        let l = state.language, report = tables.report
        var buffer = Buffer(size: size, fill: Cell(" ", style: theme[.background]))
        guard size.width >= 40, size.height >= 10 else {
            _ = buffer.write(l.pick("Cửa sổ quá nhỏ (cần 40×10)", "Window too small (needs 40×10)"), at: Point(x: 0, y: 0), style: theme[.warn])
            return buffer
        }
        drawTabs(report, state, theme, &buffer)
        let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 3)
        let box = Box(title: "\(state.pane.heading(l)) · \(AreaWording.years(report.schoolYear, l))",
                      border: state.ascii ? .ascii : .rounded, borderStyle: theme[.border], titleStyle: theme[.title])
        let inner = box.render(in: body, into: &buffer)
        let blocks = AreaTables.blocks(tables, pane: state.pane, width: inner.width - 2)
        let heights = layout(blocks.map { ($0.naturalHeight, $0.scrolls) }, height: inner.height)
        var y = inner.y
        for (block, height) in zip(blocks, heights) where height >= 2 {
            var b = block
            b.table.headerStyle = theme[.title]
            b.table.rowStyle = theme[.text]
            b.table.ellipsis = state.ascii ? "~" : "…"
            b.render(in: Rect(x: inner.x + 1, y: y, width: inner.width - 2, height: height),
                     offset: b.scrolls ? state.scroll : 0, into: &buffer, totalStyle: theme[.accent])
            y += height + 1
        }
        if state.pane == .problems {
            drawFailures(report, state, theme, in: Rect(x: inner.x + 1, y: y, width: inner.width - 2, height: inner.maxY - y), &buffer)
        }
        drawStatus(report, state, theme, &buffer)
        return buffer
    }

    /// How many rows the pane's scrolling list has (0: nothing scrolls), for `AreaViewState.update`.
    public static func scrollRows(_ tables: AreaFigureTables, pane: AreaPane) -> Int {
        AreaTables.scrollRows(tables, pane: pane)
    }

    /// The height of each block in `height` rows, one blank row between blocks: each its natural
    /// height; when they do not fit, the scrolling block gives up rows (down to header, 3 rows and
    /// total), then the blocks at the end are left out (0) and the list takes back what they left.
    static func layout(_ blocks: [(natural: Int, scrolls: Bool)], height: Int) -> [Int] {
        var heights = blocks.map(\.natural)
        func used() -> Int { heights.reduce(0, +) + max(0, heights.filter { $0 > 0 }.count - 1) }
        if used() > height, let s = blocks.firstIndex(where: { $0.scrolls }) {
            heights[s] = max(min(5, heights[s]), heights[s] - (used() - height))
        }
        var i = heights.count - 1
        while used() > height, i > 0 {
            heights[i] = 0
            i -= 1
        }
        if used() > height { heights[0] = height }
        // What a left-out block gave back goes to the scrolling list.
        if let s = blocks.firstIndex(where: { $0.scrolls }), heights[s] > 0 {
            heights[s] = min(blocks[s].natural, heights[s] + max(0, height - used()))
        }
        return heights
    }

    private static func drawTabs(_ report: AreaReport, _ state: AreaViewState, _ theme: Theme, _ buffer: inout Buffer) {
        let l = state.language
        var x = 0
        for (i, pane) in AreaPane.allCases.enumerated() {
            let label = " \(i + 1) \(pane.title(l)) "
            x = buffer.write(label, at: Point(x: x, y: 0), style: pane == state.pane ? theme[.focus] : theme[.muted])
        }
        let name = report.area.name.isEmpty ? "" : "\(report.area.name) · "
        let count = AreaWording.members(report.members.count, l)
        let years = " · " + AreaWording.years(report.schoolYear, l)
        // The years are also in the box's title, so on a short line they go first, then the name.
        let room = buffer.size.width - x - 1
        let readOnly = l.pick("CHỈ XEM", "READ-ONLY")
        let right = [readOnly + " · " + name + count + years, readOnly + " · " + name + count, readOnly + " · " + count]
            .first { DisplayWidth.of($0) <= room } ?? readOnly
        let width = DisplayWidth.of(right)
        let start = max(x + 1, buffer.size.width - width)
        _ = buffer.write(right, at: Point(x: start, y: 0), style: theme[.accent],
                         clip: Rect(x: start, y: 0, width: buffer.size.width - start, height: 1))
    }

    /// Under the problems' table: why each member that could not be read was not, and where to mend it.
    private static func drawFailures(_ report: AreaReport, _ state: AreaViewState, _ theme: Theme, in rect: Rect, _ buffer: inout Buffer) {
        var lines = report.members.compactMap { m in
            m.problem.map { (state.ascii ? "! " : "⚠ ") + $0.text(state.language) }
        }
        if !lines.isEmpty || report.members.contains(where: { ($0.figures?.errors ?? 0) + ($0.figures?.warnings ?? 0) > 0 }) {
            lines.append(state.language.pick("Lỗi được sửa ở kho dữ liệu của từng đơn vị: hoctap check --store THƯ_MỤC chỉ ra tệp và dòng.",
                                             "Problems are mended in each ward's own store: hoctap check --store FOLDER names the file and line."))
        }
        var y = rect.y
        for (i, line) in lines.enumerated() {
            for part in line.wrapped(toWidth: rect.width) where y < rect.maxY {
                _ = buffer.write(part, at: Point(x: rect.x, y: y), style: i < lines.count - 1 ? theme[.warn] : theme[.muted],
                                 clip: Rect(x: rect.x, y: y, width: rect.width, height: 1))
                y += 1
            }
        }
    }

    /// The badges of members with problems or that could not be read, and the hints; or the refusal.
    private static func drawStatus(_ report: AreaReport, _ state: AreaViewState, _ theme: Theme, _ buffer: inout Buffer) {
        let y = buffer.size.height - 2, width = buffer.size.width
        let line = Rect(x: 0, y: y, width: width, height: 1)
        if let notice = state.notice {
            _ = buffer.write(notice, at: Point(x: 0, y: y), style: theme[.warn], clip: line)
        } else {
            let l = state.language
            let badges = report.members.compactMap { m -> String? in
                if m.failure != nil { return "\(m.name): " + (m.figures == nil ? AreaWording.unreadable(l) : AreaWording.kept(l)) }
                guard let f = m.figures, f.errors + f.warnings > 0 else { return nil }
                return "\(m.name): \(AreaWording.badge(f, l))"
            }
            let text = badges.isEmpty ? l.pick("Dữ liệu các đơn vị không có lỗi", "No problems in the wards' data") : "! " + badges.joined(separator: " · ")
            _ = buffer.write(text, at: Point(x: 0, y: y), style: badges.isEmpty ? theme[.muted] : theme[.badge], clip: line)
        }
        let hints = state.language.pick("←/→: mục · ↑/↓: cuộn · q: thoát · chỉ xem, không nhập liệu",
                                        "←/→: pane · ↑/↓: scroll · q: quit · read-only, no data entry")
        _ = buffer.write(hints, at: Point(x: 0, y: y + 1), style: theme[.muted], clip: Rect(x: 0, y: y + 1, width: width, height: 1))
    }
}
