/// The classes, rosters and attendance, indexed once per snapshot for the classes pane.

import Store

public struct ClassesIndex: Sendable {
    public init(_ snapshot: StoreSnapshot, schoolYear: SchoolYear?) {}
}
