/// A class's learners in the order the roster pane is sorted by.

import Reports

extension ClassRoll {
    /// The learners in `sort` order.
    func learners(_ sort: RosterSort) -> [Int32] {
        switch sort {
        case .name: byName
        case .neighborhood: byNeighborhood
        case .attendance: byAttendance
        }
    }
}
