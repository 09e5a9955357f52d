/// `i` on the classes and awards panes: the import dialog, filled in from the pane's selection.

import Canvas
import Store

extension ClassesKeys {
    /// `i` on the class list or a roster: learners enrolled in the selected class; read-only, only why not.
    static func openImport(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        guard env.mayEdit else {
            state.message = PaneMessage(text: env.language.pick("Chỉ xem: kho này không ghi được, không nhập được danh sách",
                                                                "Read-only: this store cannot be written, so nothing can be imported"), tone: .bad)
            return .handled
        }
        let selection = ClassesSelection(state, data.classes, today: env.now.date)
        return .openImport(.forClasses(classId: selection.course.map { data.classes.courses[$0].id }))
    }
}

extension AwardsKeys {
    /// `i` on the awards pane: awards or donations of the selected branch in the year shown.
    static func openImport(_ key: Key, _ state: inout AwardsState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        let year = data.awards.shownYear(state.year)
        let branch = year.flatMap { selectedBranch(state, data.awards.tally($0)) }
        return .openImport(.forAwards(branchId: branch, year: year))
    }
}
