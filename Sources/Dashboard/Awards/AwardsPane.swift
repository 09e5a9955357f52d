/// The awards pane: tallies by branch, category and kind, the fund, learning titles; a branch's awards; the forms.

import Canvas
import Reports
import Store
import VietText

enum AwardsPane {
    static func draw(_ state: AwardsState, _ data: DashboardData, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        let index = data.awards
        if state.mode == .titles, !ctx.presenting {
            TitlesView.draw(state, data, ctx, in: area, into: &buffer)
            if let open = state.assessment { drawAssessment(open, ctx, in: area, into: &buffer) }
            return
        }
        guard let year = index.shownYear(state.year) else {
            MessagePane.draw(title: Pane.awards.title(ctx.language), headline: ctx.text("Chưa có khen thưởng nào.", "No awards yet."),
                             detail: ctx.text("Thêm bản ghi Award vào awards.rec (hoặc phím a) để mục này đếm theo chi hội, loại và năm học.",
                                              "Add Award records to awards.rec (or press a) to tally them here by branch, category and school year."),
                             ctx, in: area, into: &buffer)
            return
        }
        if ctx.presenting {
            AwardsPresentView.draw(year, data, ctx, in: area, into: &buffer)
            return
        }
        switch state.mode {
        case .tallies: AwardsTalliesView.draw(state, year: year, data, ctx, in: area, into: &buffer)
        case .branch(let id): BranchAwardsView.draw(state, branch: id, year: year, data, ctx, in: area, into: &buffer)
        case .titles: break
        }
        if let open = state.form {
            var form = open.form
            if !open.refusal.isEmpty {
                form.message = ctx.text("Kho không nhận: ", "The store refused: ") + open.refusal.joined(separator: "; ")
            }
            FormView.draw(form, ctx, in: area, into: &buffer)
        }
        if let removal = state.removal {
            RemovalPrompt.draw(removal.question, ctx, in: area, into: &buffer)
        }
    }

    /// The assessment form over the titles, with the store's refusal at its foot.
    static func drawAssessment(_ open: AssessmentForm, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        var form = open.form
        if !open.refusal.isEmpty {
            form.message = ctx.text("Kho không nhận: ", "The store refused: ") + open.refusal.joined(separator: "; ")
        }
        FormView.draw(form, ctx, in: area, into: &buffer)
    }

    /// The box's title: the pane, the year, and where the year stands among the years the store
    /// has figures for ("năm thứ 2 trong 2 năm có số liệu"), which `[` and `]` move between; a
    /// store of one year says nothing of it.
    static func title(_ year: SchoolYear, _ index: AwardsIndex, _ ctx: RenderContext) -> String {
        let position = index.years.count < 2 ? "" : index.years.firstIndex(of: year).map {
            ctx.text(" (năm thứ \($0 + 1) trong \(index.years.count) năm có số liệu)", " (year \($0 + 1) of \(index.years.count) on record)")
        } ?? ""
        return Pane.awards.title(ctx.language) + " \(ctx.separator) " + AwardsFormat.yearText(year, ctx) + position
    }
}
