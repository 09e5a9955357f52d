/// A learning title (danh hiệu học tập) counted for one school year: how many were recognised, of how many.

import Recfile

/// What a `Title` record counts. Studious clans are not here: each `Clan` record says whether it
/// is studious.
public enum TitleKind: String, CaseIterable, Hashable, Sendable {
    /// Learning families (gia đình học tập), counted among the households.
    case family
    /// Learning communities (cộng đồng học tập): residential groups, neighbourhoods.
    case community
    /// Learning units (đơn vị học tập): agencies, schools, enterprises.
    case unit
}

/// One `Title` record of `titles.rec`: a count of recognised titles for a school year, for one
/// branch's area or for the whole ward.
public struct LearningTitle: Hashable, Sendable {
    public var id: String
    public var schoolYear: SchoolYear
    public var kind: TitleKind
    /// The `Id` of a `Branch`; nil for a count of the whole ward.
    public var branch: String?
    public var recognized: Int
    /// How many could have been recognised (households, residential groups, units).
    public var total: Int
    public var note: String?
    public var source: SourcePlace

    public init(id: String, schoolYear: SchoolYear, kind: TitleKind, branch: String? = nil, recognized: Int,
                total: Int, note: String? = nil, source: SourcePlace = .unknown) {
        self.id = id
        self.schoolYear = schoolYear
        self.kind = kind
        self.branch = branch
        self.recognized = recognized
        self.total = total
        self.note = note
        self.source = source
    }
}
