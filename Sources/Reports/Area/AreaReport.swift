/// An area's figures: each member's beside the total, the branches kept apart per member.

import Store

/// One member as read: its figures, or why they could not be read.
public struct AreaMemberReport: Hashable, Sendable {
    /// The name it is known by (the area file's, else its store's ward, else its folder).
    public var name: String
    public var source: AreaSource
    /// Nil when the member could not be read.
    public var figures: WardFigures?
    /// Why it could not be read, or why it shows its last figures; nil when read.
    public var problem: AreaFailure?

    public init(name: String, source: AreaSource, figures: WardFigures? = nil, problem: AreaFailure? = nil) {
        self.name = name
        self.source = source
        self.figures = figures
        self.problem = problem
    }

    /// A member with its failure said in a sentence ("NAME: …").
    public init(name: String, source: AreaSource, figures: WardFigures? = nil, failure: String?) {
        self.init(name: name, source: source, figures: figures, problem: failure.map { AreaFailure($0, of: name) })
    }

    /// Why it could not be read, in Vietnamese, naming it; nil when read.
    public var failure: String? { problem?.text(.vi) }
}

/// The area: its members in order and their sum. The total's branches are per member
/// (`byWard`): two wards' `KP01` are two branches.
public struct AreaReport: Hashable, Sendable {
    public var area: Area
    /// The school year the store members were counted over (summaries carry their own); nil: all.
    public var schoolYear: SchoolYear?
    public var members: [AreaMemberReport]

    public init(area: Area, schoolYear: SchoolYear?, members: [AreaMemberReport]) {
        self.area = area
        self.schoolYear = schoolYear
        self.members = members
    }

    /// The members that were read.
    public var readMembers: [AreaMemberReport] { members.filter { $0.figures != nil } }

    /// The sum of the members read (`awards.byBranch` left empty: see `byWard`).
    public var total: WardFigures {
        var sum = WardFigures()
        for m in members { if let f = m.figures { sum.add(f) } }
        return sum
    }

    /// Awards by member, then branch `Id`, in the members' order.
    public var byWard: [(name: String, branches: [String: Int])] {
        members.compactMap { m in m.figures.map { (m.name, $0.awards.byBranch) } }
    }

    /// The area's name as headings say it: the file's, else "N đơn vị".
    public var title: String {
        area.name.isEmpty ? "Vùng gồm \(members.count) đơn vị" : area.name
    }
}
