/// The enumerated values of the schema as Swift types: metrics, class kinds, genders, branch and recipient kinds.

/// What a target measures; each names one of the report's tallies.
public enum TargetMetric: String, CaseIterable, Hashable, Sendable {
    case learnerTurns = "learner_turns"
    case awards
    case awardAmount = "award_amount"
    case studiousClans = "studious_clans"
    case donations
    case classes
    /// Learning titles (`Title` records of the year); with `Unit: %` the goal is a share.
    case learningFamilies = "learning_families"
    case learningCommunities = "learning_communities"
    case learningUnits = "learning_units"

    /// The metrics that count awards, which a target may narrow to some recipient kinds (`Kind`).
    public var countsAwards: Bool { self == .awards || self == .awardAmount }
}

/// The kind of a class.
public enum CourseKind: String, CaseIterable, Hashable, Sendable {
    case vocational, thematic, literacy, club
}

/// A learner's gender as recorded: `F` or `M`.
public enum Gender: String, CaseIterable, Hashable, Sendable {
    case female = "F"
    case male = "M"
}

/// The kind of a Study Promotion Association branch.
public enum BranchKind: String, CaseIterable, Hashable, Sendable {
    case neighborhood, school, agency
}

/// Who received an award.
public enum RecipientKind: String, CaseIterable, Hashable, Sendable {
    case student, family, clan, citizen, unit
}
