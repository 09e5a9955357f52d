/// The overview's chooser of what to correct: the campaign, its targets and agenda items, the branches and clans; Enter edits one in the set-up form, Delete removes it once asked.

import Canvas
import Store
import VietText

/// The open chooser: the selected row. Its rows are read from the data each time.
struct RecordChooser: Hashable, Sendable {
    var cursor = ListCursor()

    /// One record the chooser lists.
    struct Entry {
        var kind: SetupKind
        var id: String
        /// What the row says after its kind and key: the title, the target's label, the item.
        var text: String
        var fields: [NewRecord.Field]

        /// `Chỉ tiêu T2: Lượt học sinh được khen thưởng`.
        func line(_ language: Language) -> String {
            let kind = switch self.kind {
            case .campaign: language.pick("Chiến dịch", "Campaign")
            case .target: language.pick("Chỉ tiêu", "Target")
            case .branch: language.pick("Chi hội", "Branch")
            case .clan: language.pick("Dòng họ", "Clan")
            default: language.pick("Phần", "Item")
            }
            return "\(kind) \(id): \(text)"
        }

        /// The question before it goes.
        func question(_ language: Language) -> String {
            let what = switch kind {
            case .target: language.pick("chỉ tiêu", "target")
            case .branch: language.pick("chi hội", "branch")
            case .clan: language.pick("dòng họ", "clan")
            default: language.pick("phần chương trình", "agenda item")
            }
            return language.pick("Xoá \(what) \(id): \(text)?", "Remove \(what) \(id): \(text)?")
        }
    }

    /// The campaign, then its targets and agenda items, then the branches and clans, in the store's order.
    static func entries(_ snapshot: StoreSnapshot) -> [Entry] {
        var out: [Entry] = []
        if let c = snapshot.campaign { out.append(Entry(kind: .campaign, id: c.id, text: c.title, fields: StoredFields.of(c))) }
        out += snapshot.targets.map { Entry(kind: .target, id: $0.id, text: $0.label, fields: StoredFields.of($0)) }
        out += snapshot.agenda.map { item in
            Entry(kind: .agendaItem, id: String(item.seq), text: (item.time.map { "\($0.description) " } ?? "") + item.item,
                  fields: StoredFields.of(item))
        }
        out += snapshot.branches.map { Entry(kind: .branch, id: $0.id, text: $0.name, fields: StoredFields.of($0)) }
        out += snapshot.clans.map { Entry(kind: .clan, id: $0.id, text: $0.name, fields: StoredFields.of($0)) }
        return out
    }
}

enum RecordChooserKeys {
    typealias Row = PaneBinding<OverviewState>

    static func when(_ mode: OverviewState.KeyMode) -> @Sendable (OverviewState, KeyContext) -> Bool {
        { state, _ in state.keyMode == mode }
    }

    static let rows: [Row] = [
        Row(ListCursor.keys, KeyHint("↑/↓", ascii: "Up/Down", help: ("Chọn chiến dịch, chỉ tiêu, phần chương trình, chi hội hay dòng họ",
                                                                    "Select the campaign, a target, an agenda item, a branch or a clan"),
                                     hint: ("Chọn", "Select")), when: when(.choosing)) { key, state, data, _ in
            _ = state.chooser?.cursor.handle(key, count: RecordChooser.entries(data.snapshot).count)
            return .handled
        },
        Row([.enter], KeyHint("Enter", help: ("Sửa bản ghi đã chọn (biểu mẫu)", "Edit the selected record (a form)"), hint: ("Sửa", "Edit")),
            when: when(.choosing)) { _, state, data, env in
            guard let entry = selected(state, data) else { return .handled }
            return RecordFormKeys.openEdit(entry.kind, entry.fields, &state, env)
        },
        Row([.delete, .character("x")], KeyHint("Del/x", help: ("Xoá chỉ tiêu, phần chương trình, chi hội hay dòng họ đã chọn (hỏi trước)",
                                                                "Remove the selected target, agenda item, branch or clan (asks first)"),
                                                hint: ("Xoá", "Remove")), when: when(.choosing), askRemoval),
        Row([.escape], KeyHint("Esc", help: ("Đóng danh sách", "Close the list"), hint: ("Đóng", "Close")), when: when(.choosing)) { _, state, _, _ in
            state.chooser = nil
            return .handled
        },
        // Other keys do nothing while the list is open (n would move the agenda on); the function keys keep their meaning.
        .typing(nil, when: when(.choosing)) { key, _, _, _ in
            if case .function = key { return .ignored }
            return .handled
        },
    ]

    static func selected(_ state: OverviewState, _ data: DashboardData) -> RecordChooser.Entry? {
        let entries = RecordChooser.entries(data.snapshot)
        guard let chooser = state.chooser, !entries.isEmpty else { return nil }
        return entries[chooser.cursor.clamped(count: entries.count)]
    }

    /// `e`: the list, or why there is nothing to correct.
    static func open(_ key: Key, _ state: inout OverviewState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        guard env.mayEdit else { return RecordFormKeys.readOnly(env) }
        guard data.snapshot.campaign != nil else {
            return .notice(Notice(env.language.pick("Chưa có chiến dịch: nhấn a để thiết lập", "No campaign yet: press a to set it up"),
                                  tone: .bad, at: env.now))
        }
        state.chooser = RecordChooser()
        return .handled
    }

    /// Delete or x: the question naming the record. The campaign is not removed here: a store
    /// holds its year's campaign, and the overview, targets and reports stand on it.
    static func askRemoval(_ key: Key, _ state: inout OverviewState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        guard let entry = selected(state, data), let set = entry.kind.set else { return .handled }
        guard env.mayEdit else { return RecordFormKeys.readOnly(env) }
        guard entry.kind != .campaign else {
            return RemovalKeys.refuse(set.name, entry.id, env.language.pick(
                "Chiến dịch \(entry.id) không xoá ở đây: kho giữ chiến dịch của năm học, tổng quan, chỉ tiêu và báo cáo dựa vào nó. Enter để sửa chiến dịch.",
                "Campaign \(entry.id) is not removed here: a store keeps its year's campaign, and the overview, targets and reports stand on it. Enter edits it."),
                &state)
        }
        return RemovalKeys.ask(set.name, entry.id, entry.question(env.language), &state, env)
    }

    /// The list in a box over the overview (never while presenting).
    static func draw(_ state: OverviewState, _ data: DashboardData, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        guard let chooser = state.chooser, !ctx.presenting else { return }
        let entries = RecordChooser.entries(data.snapshot)
        let width = min(area.width - 2, 76)
        let height = min(area.height, entries.count + 4)
        guard width > 20, height > 4 else { return }
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        buffer.fill(box, with: .blank(ctx[.background]))
        let inner = Box(title: ctx.text("Sửa hoặc xoá", "Edit or remove"), border: ctx.border, borderStyle: ctx[.accent],
                        titleStyle: ctx[.title], fill: ctx[.text], ellipsis: ctx.ellipsis).render(in: box, into: &buffer)
        let body = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: max(0, inner.height - 2))
        let selected = chooser.cursor.clamped(count: entries.count)
        for (row, i) in chooser.cursor.window(count: entries.count, height: body.height).enumerated() {
            let line = Rect(x: body.x, y: body.y + row, width: body.width, height: 1)
            let style = i == selected ? ctx[.selected] : ctx[.text]
            if i == selected { buffer.fill(line, with: .blank(style)) }
            let text = (i == selected ? ctx.pointer : " ") + " " + entries[i].line(ctx.language)
            buffer.write(ctx.fit(text, line.width), at: Point(x: line.x, y: line.y), style: style, clip: line)
        }
        let keys = ctx.text("Enter sửa \(ctx.separator) Del/x xoá \(ctx.separator) Esc đóng", "Enter edit \(ctx.separator) Del/x remove \(ctx.separator) Esc close")
        buffer.write(ctx.fit(keys, body.width), at: Point(x: body.x, y: inner.maxY - 1), style: ctx[.muted], clip: inner)
    }
}
