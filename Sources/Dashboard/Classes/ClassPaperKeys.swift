/// p on the classes pane: the selected class's list and the sign-in sheet of its session, written by the run loop as Word and Excel files.

import Canvas

extension ClassListKeys {
    /// p: the class list of the selected class, and the sign-in sheet of the session the
    /// attendance view shows (today's, else the nearest before; the last when none is past).
    static func printPapers(_ key: Key, _ state: inout ClassesState, _ data: DashboardData, _ env: KeyContext) -> KeyOutcome {
        let selection = ClassesSelection(state, data.classes, today: env.now.date)
        guard let course = selection.course else { return .handled }
        let id = data.classes.courses[course].id
        var papers: [PaperRequest] = [.classList(classId: id)]
        if let session = selection.sessionDate ?? selection.sessionDates.last {
            papers.append(.signin(classId: id, session: session))
        }
        return .effect(.printPapers(papers))
    }
}
