/// How a title's target reads on screen: the figure, where it comes from, and whether it is met.

import Reports
import Store
import VietText

enum TitleTargetText {
    /// "≥ 70% · QĐ 387/QĐ-TTg (2025)", "≥ 72% · chỉ tiêu của phường (T3)", or "chưa có chỉ tiêu".
    static func text(_ line: TitleProgress.Line, _ ctx: RenderContext, short: Bool = false) -> String {
        let target = line.target
        guard target.isSet else { return ctx.text("chưa có chỉ tiêu", "no target set") }
        let atLeast = ctx.ascii ? ">=" : "≥"
        let figure = target.percent.map { "\(atLeast) \($0)%" } ?? target.count.map { "\(atLeast) \(VietFormat.integer($0, ctx.language))" } ?? ""
        return figure + " \(ctx.separator) " + source(line, ctx, short: short)
    }

    /// Where the target comes from: a national decision, or the store's `Target` record.
    static func source(_ line: TitleProgress.Line, _ ctx: RenderContext, short: Bool) -> String {
        let target = line.target
        if isNational(line) {
            // "QĐ 387/QĐ-TTg (2025)" → "QĐ 387" where room is short.
            guard short, let cut = target.source.firstIndex(of: "/") else { return target.source }
            return String(target.source[..<cut])
        }
        return short ? target.source : ctx.text("chỉ tiêu của phường (\(target.source))", "the ward's target (\(target.source))")
    }

    /// The target is the national figure of the line's year, not a store record.
    static func isNational(_ line: TitleProgress.Line) -> Bool {
        line.target.source == TitleTarget.national(line.title, year: line.year).source
    }

    /// "✓ đạt", "✗ chưa đạt", or "" with nothing to measure; and the role it is drawn in.
    static func mark(_ line: TitleProgress.Line, _ ctx: RenderContext) -> (text: String, role: Role) {
        switch line.target.isMet(line.tally) {
        case true?: return ((ctx.ascii ? "OK " : "✓ ") + ctx.text("đạt", "met"), .good)
        case false?: return ((ctx.ascii ? "-- " : "✗ ") + ctx.text("chưa đạt", "not yet"), .bad)
        case nil: return ("", .muted)
        }
    }

    /// "68,1%" or "—" for a total of 0.
    static func share(_ tally: TitleTally, _ ctx: RenderContext) -> String {
        tally.total > 0 ? VietFormat.percent(tally.recognized, of: tally.total, ctx.language) : VietFormat.missing
    }

    /// The title's name: "Gia đình học tập".
    static func name(_ title: AssessedTitle, _ ctx: RenderContext) -> String {
        ctx.text(title.vietnamese, title.english)
    }

    /// The target's place on a bar of `width` cells, when it falls inside it.
    static func markColumn(_ line: TitleProgress.Line, width: Int) -> Int? {
        let t = line.tally
        let fraction: Double?
        if let p = line.target.percent { fraction = Double(p) / 100 }
        else if let c = line.target.count, t.total > 0 { fraction = Double(c) / Double(t.total) }
        else { fraction = nil }
        guard let f = fraction, f > 0, f < 1, width > 0 else { return nil }
        return min(width - 1, Int((f * Double(width)).rounded()))
    }
}
