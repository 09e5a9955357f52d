/// The Study Promotion Association's branches and the ward's clans, both in `branches.rec`.

import Recfile

/// One `Branch` record: a neighbourhood, school or agency branch.
public struct Branch: Hashable, Sendable {
    public var id: String
    public var name: String
    public var kind: BranchKind
    public var members: Int?
    public var source: SourcePlace

    public init(id: String, name: String, kind: BranchKind, members: Int? = nil, source: SourcePlace = .unknown) {
        self.id = id
        self.name = name
        self.kind = kind
        self.members = members
        self.source = source
    }
}

/// One `Clan` record: a clan (dòng họ) and whether it is recognised as studious.
public struct Clan: Hashable, Sendable {
    public var id: String
    public var name: String
    public var neighborhood: String?
    /// `Studious: yes`.
    public var isStudious: Bool
    public var source: SourcePlace

    public init(id: String, name: String, neighborhood: String? = nil, isStudious: Bool, source: SourcePlace = .unknown) {
        self.id = id
        self.name = name
        self.neighborhood = neighborhood
        self.isStudious = isStudious
        self.source = source
    }
}
