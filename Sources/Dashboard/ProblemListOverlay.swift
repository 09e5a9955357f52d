/// The store's problems over the pane, for the clerk: each at its place, the line as written, a caret under the bad value, the message.

import Canvas
import Store

/// Whether the list of problems is open, and which problem is selected.
public struct ProblemListState: Hashable, Sendable {
    public var isOpen = false
    public var cursor = ListCursor()

    public init() {}
}

/// The keys while the list is open: they come before the pane's, so ↑/↓ move in the list and not in the pane beneath.
enum ProblemListKeys {
    static let keys = PaneKeyTable<ProblemListState>([
        PaneBinding([.up, .down], KeyHint("↑/↓", ascii: "Up/Down", help: ("Lỗi trước / lỗi sau", "Previous / next problem"),
                                          hint: ("Chọn", "Select")), move),
        PaneBinding([.pageUp, .pageDown, .home, .end],
                    KeyHint("PgUp/PgDn", help: ("Lên / xuống một trang; Home, End: đầu, cuối danh sách",
                                                "A page up / down; Home, End: first, last"), hint: ("Trang", "Page")), move),
        PaneBinding([.escape, KeyMap.problemListKey],
                    KeyHint("Esc", help: ("Đóng danh sách lỗi", "Close the list of problems"), hint: ("Đóng", "Close")), close),
    ])

    private static func move(_ key: Key, _ state: inout ProblemListState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        _ = state.cursor.handle(key, count: data.snapshot.problems.count)
        return .handled
    }

    private static func close(_ key: Key, _ state: inout ProblemListState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        state.isOpen = false
        return .handled
    }
}

enum ProblemListOverlay {
    /// The list in a box over `pane`, scrolled so that the selected problem is in view. Never drawn
    /// while presenting: the hall sees no file, line or value.
    static func draw(_ problems: [StoreProblem], _ state: ProblemListState, _ ctx: RenderContext, over pane: Rect,
                     into buffer: inout Buffer) {
        let area = pane.inset(by: 1)
        let errors = problems.filter { $0.severity == .error }.count
        let warnings = problems.count - errors
        var parts: [String] = []
        if errors > 0 { parts.append(ctx.text("\(errors) lỗi", "\(errors) error\(errors == 1 ? "" : "s")")) }
        if warnings > 0 { parts.append(ctx.text("\(warnings) cảnh báo", "\(warnings) warning\(warnings == 1 ? "" : "s")")) }
        let counts = parts.joined(separator: ", ")
        let inner = Box(title: ctx.text("Lỗi trong kho dữ liệu", "Problems in the store") + (counts.isEmpty ? "" : " (\(counts))"), border: ctx.border,
                        borderStyle: ctx[.bad], titleStyle: ctx[.title], fill: ctx[.text], ellipsis: ctx.ellipsis)
            .render(in: area, into: &buffer)
        guard inner.width > 6, inner.height > 0 else { return }
        let width = inner.width - 2
        guard !problems.isEmpty else {
            buffer.write(ctx.text("Kho dữ liệu không có lỗi.", "The store has no problems."), at: Point(x: inner.x + 1, y: inner.y),
                         style: ctx[.good], clip: inner)
            return
        }
        let selected = state.cursor.clamped(count: problems.count)
        var lines: [(text: String, role: Role)] = []
        var first = 0
        for (i, p) in problems.enumerated() {
            if i == selected { first = lines.count }
            lines += entry(p, isSelected: i == selected, ctx, width: width)
        }
        // The selected problem a third of the way down, the window never past the end.
        let top = max(0, min(first - inner.height / 3, lines.count - inner.height))
        for (row, line) in lines.dropFirst(top).prefix(inner.height).enumerated() {
            buffer.write(ctx.fit(line.text, width), at: Point(x: inner.x + 1, y: inner.y + row), style: ctx[line.role], clip: inner)
        }
    }

    /// One problem: its place and message (wrapped), the line as written and the caret, then a blank line.
    static func entry(_ p: StoreProblem, isSelected: Bool, _ ctx: RenderContext, width: Int) -> [(text: String, role: Role)] {
        let mark = isSelected ? (ctx.ascii ? "> " : "▶ ") : "  "
        let severity = p.severity == .error ? Role.bad : .warn
        var out: [(String, Role)] = []
        for (i, line) in ProblemWording.text(p, ctx.language).wrapped(toWidth: max(1, width - 2)).enumerated() {
            out.append(((i == 0 ? mark : "  ") + line, isSelected ? .selected : severity))
        }
        if let excerpt = p.excerpt {
            out.append(("    " + excerpt.text, .text))
            out.append(("    " + excerpt.caretLine, severity))
        }
        out.append(("", .text))
        return out
    }
}
