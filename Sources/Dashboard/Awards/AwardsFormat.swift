/// Short texts the awards pane repeats: a change against last year, kinds' names (from `KindNames`).

import Reports
import Store
import VietText

enum AwardsFormat {
    /// "▲ 12,5%", "▼ 3%", "= 0%" against the value of the year before; nil when there is nothing to compare.
    static func change(_ now: Int, _ before: Int?, _ ctx: RenderContext) -> (text: String, role: Role)? {
        guard let before, before > 0 else { return nil }
        let delta = now - before
        let pct = VietFormat.percent(abs(delta), of: before, ctx.language)
        if delta > 0 { return ("\(ctx.upArrow) \(pct)", .good) }
        if delta < 0 { return ("\(ctx.downArrow) \(pct)", .bad) }
        return ("= 0%", .muted)
    }

    static func kindName(_ kind: RecipientKind, _ ctx: RenderContext) -> String {
        kindName(kind, ctx.language)
    }

    static func kindName(_ kind: RecipientKind, _ language: Language) -> String {
        KindNames.recipient(kind, language)
    }

    static func titleName(_ kind: TitleKind, _ ctx: RenderContext) -> String {
        KindNames.title(kind, ctx.language)
    }

    /// "năm học 2022-2023" / "school year 2022-2023".
    static func yearText(_ year: SchoolYear?, _ ctx: RenderContext) -> String {
        guard let year else { return ctx.text("mọi năm", "all years") }
        return ctx.text("năm học ", "school year ") + year.description
    }

    /// A recipient as this screen may show them: people shortened when projected, groups whole.
    static func recipient(_ a: Award, _ ctx: RenderContext) -> String {
        switch a.kind {
        case .student, .citizen: ctx.person(a.recipient)
        case .family, .clan, .unit: a.recipient
        }
    }

    /// A branch's name without the "Chi hội " every one of them starts with, where room is short.
    static func branchName(_ name: String, tight: Bool) -> String {
        guard tight, name.hasPrefix("Chi hội ") else { return name }
        let rest = name.dropFirst("Chi hội ".count)
        return (rest.first.map { String($0).uppercased() } ?? "") + rest.dropFirst()
    }
}
