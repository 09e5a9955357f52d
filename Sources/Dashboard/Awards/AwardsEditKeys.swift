/// Keys on a branch's award: Enter edits it in the award form, Delete or x removes it once the clerk confirms.

import Canvas
import Store
import VietText

enum AwardsEditKeys {
    /// The award under the cursor of an opened branch.
    static func selectedAward(_ state: AwardsState, _ data: DashboardData) -> Award? {
        guard case .branch(let branch) = state.mode, let year = data.awards.shownYear(state.year) else { return nil }
        let rows = BranchAwardsView.rows(data, branch: branch, year: year)
        guard !rows.isEmpty else { return nil }
        return data.snapshot.awards[rows[state.awardCursor.clamped(count: rows.count)]]
    }

    /// Enter: the award form filled in with the selected award; writing it edits that award.
    static func openEdit(_ key: Key, _ state: inout AwardsState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        guard let award = selectedAward(state, data) else { return .handled }
        state.form = AwardForm.make(editing: award, data, env: env)
        return .handled
    }

    /// Delete or x: the question naming the selected award.
    static func askRemoval(_ key: Key, _ state: inout AwardsState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        guard let a = selectedAward(state, data) else { return .handled }
        let amount = a.amount.map { ", " + VietFormat.money($0, env.language) } ?? ""
        state.removal = AwardRemoval(id: a.id, question: env.language.pick(
            "Xoá khen thưởng \(a.id): \(a.recipient), \(a.category), ngày \(VietFormat.date(a.date))\(amount)?",
            "Remove award \(a.id): \(a.recipient), \(a.category), \(VietFormat.date(a.date, .en))\(amount)?"))
        return .handled
    }

    /// Enter or c removes the award asked about (u takes it back); Esc or k keeps it.
    static func answerRemoval(_ key: Key, _ state: inout AwardsState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        guard let removal = state.removal else { return .ignored }
        state.removal = nil
        guard key == .enter || key == .character("c") else { return .handled }
        return .effect(.write(.removeRecord(set: "Award", id: removal.id), origin: .awards))
    }
}
