/// The subjects of the learning titles the store did not have before: families, residential groups, units, party cells.

import Recfile

/// One `Family` record of `subjects.rec`: a household of a branch's area.
public struct Family: Hashable, Sendable {
    public var id: String
    /// The `Branch` (khu phố) whose area it lives in.
    public var branch: String
    /// The head of the household: a learner's `Id`, or a name when the head is not a learner.
    public var head: String
    /// The head is a learner of the store (`head` is then their `Id`).
    public var headIsLearner: Bool
    /// The learners of the household, by `Id`.
    public var members: [String]
    /// The household of a party member (gia đình đảng viên).
    public var isPartyFamily: Bool
    /// The residential group (`Community`) it belongs to.
    public var community: String?
    public var source: SourcePlace

    public init(id: String, branch: String, head: String, headIsLearner: Bool = false, members: [String] = [],
                isPartyFamily: Bool = false, community: String? = nil, source: SourcePlace = .unknown) {
        self.id = id
        self.branch = branch
        self.head = head
        self.headIsLearner = headIsLearner
        self.members = members
        self.isPartyFamily = isPartyFamily
        self.community = community
        self.source = source
    }
}

/// One `Community` record: a residential group (tổ dân phố) of a branch's area, assessed as a learning community.
public struct ResidentialGroup: Hashable, Sendable {
    public var id: String
    public var name: String
    public var branch: String
    public var source: SourcePlace

    public init(id: String, name: String, branch: String, source: SourcePlace = .unknown) {
        self.id = id
        self.name = name
        self.branch = branch
        self.source = source
    }
}

/// What kind of unit a `Unit` record is.
public enum UnitKind: String, CaseIterable, Hashable, Sendable {
    case school, agency, enterprise, other
}

/// One `Unit` record: a school, agency or enterprise of the ward, assessed as a learning unit.
public struct LearningUnit: Hashable, Sendable {
    public var id: String
    public var name: String
    public var kind: UnitKind
    /// The branch whose area it is in; nil for the whole ward.
    public var branch: String?
    public var source: SourcePlace

    public init(id: String, name: String, kind: UnitKind, branch: String? = nil, source: SourcePlace = .unknown) {
        self.id = id
        self.name = name
        self.kind = kind
        self.branch = branch
        self.source = source
    }
}

/// One `PartyCell` record: a party cell (chi bộ) and its members among the learners. A party cell
/// is assessed as a learning unit.
public struct PartyCell: Hashable, Sendable {
    public var id: String
    public var name: String
    public var branch: String?
    /// The learners who are party members of the cell, by `Id`.
    public var members: [String]
    public var source: SourcePlace

    public init(id: String, name: String, branch: String? = nil, members: [String] = [], source: SourcePlace = .unknown) {
        self.id = id
        self.name = name
        self.branch = branch
        self.members = members
        self.source = source
    }
}
