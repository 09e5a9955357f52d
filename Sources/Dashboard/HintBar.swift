/// The bottom row: the pane's own keys first, then the global ones that apply, from the key tables.

import Canvas

enum HintBar {
    /// Columns between two hints.
    static let gap = 3

    static func draw(_ paneKeys: [KeyHint], global: [KeyHint], _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        buffer.fill(area, with: .blank(ctx[.muted]))
        var x = area.x + 1
        for item in shown(paneKeys + global, ctx, width: area.width - 1) {
            x = buffer.write(item.label, at: Point(x: x, y: area.y), style: ctx[.accent], clip: area)
            x = buffer.write(" " + item.text, at: Point(x: x, y: area.y), style: ctx[.muted], clip: area)
            x += gap
        }
    }

    /// The hints that fit in `width`, in order: the essential ones (help, quit) always, then the
    /// others in order while they fit. Whole hints only: never half a word.
    static func shown(_ keys: [KeyHint], _ ctx: RenderContext, width: Int) -> [(label: String, text: String)] {
        let all: [(label: String, text: String, essential: Bool)] = keys.compactMap { key in
            key.hintText(ctx.language).map { (key.label(ascii: ctx.ascii), $0, key.isEssential) }
        }
        func cost(_ item: (label: String, text: String, essential: Bool)) -> Int { item.label.displayWidth + 1 + item.text.displayWidth + gap }
        var room = width + gap - all.filter(\.essential).map(cost).reduce(0, +)
        var keep = all.map(\.essential)
        for (i, item) in all.enumerated() where !item.essential {
            guard cost(item) <= room else { break }
            keep[i] = true
            room -= cost(item)
        }
        return all.indices.filter { keep[$0] }.map { (all[$0].label, all[$0].text) }
    }
}
