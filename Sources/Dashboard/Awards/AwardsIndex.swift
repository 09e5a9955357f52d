/// The awards and the fund, tallied once per snapshot for the awards pane.

import Store

public struct AwardsIndex: Sendable {
    public init(_ snapshot: StoreSnapshot, schoolYear: SchoolYear?) {}
}
