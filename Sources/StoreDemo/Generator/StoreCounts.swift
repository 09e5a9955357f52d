/// How many of each thing a generated store holds: the demo's figures, or bigger stores for tests.

import Store

/// The sizes a `StoreGenerator` works to. Attendance is not a count here: it follows from the
/// enrollments and the sessions held before the generator's "as of" day.
public struct StoreCounts: Sendable, Equatable {
    public var neighborhoodBranches: Int
    public var schoolBranches: Int
    public var agencyBranches: Int
    public var clans: Int
    /// At most `clans`.
    public var studiousClans: Int
    /// The first class is always the digital-transformation training right after the ceremony.
    public var classes: Int
    public var learners: Int
    /// Learner-turns. A class never takes the same learner twice, so this is capped at
    /// `classes × learners`.
    public var enrollments: Int
    public var awards: Int
    public var donations: Int
    /// Awards and donations of the school year before (so that "năm trước" compares with
    /// something), and how many studious clans were awarded then. Zero: one school year only.
    public var previousAwards = 0
    public var previousDonations = 0
    public var previousStudiousClans = 0
    /// AgendaLog records in ceremony.rec: the first items of the agenda, under way on the day.
    public var agendaLog: Int

    public init(neighborhoodBranches: Int, schoolBranches: Int, agencyBranches: Int, clans: Int,
                studiousClans: Int, classes: Int, learners: Int, enrollments: Int, awards: Int,
                donations: Int, agendaLog: Int) {
        self.neighborhoodBranches = max(1, neighborhoodBranches)
        self.schoolBranches = max(0, schoolBranches)
        self.agencyBranches = max(0, agencyBranches)
        self.clans = max(0, clans)
        self.studiousClans = min(max(0, studiousClans), self.clans)
        self.classes = max(0, classes)
        self.learners = max(0, learners)
        self.enrollments = max(0, enrollments)
        self.awards = max(0, awards)
        self.donations = max(0, donations)
        self.agendaLog = max(0, agendaLog)
    }

    /// The demo store: the ward of the ceremony of 06/10/2022, partway through its school year,
    /// with the school year 2021–2022 before it.
    public static let demo: StoreCounts = {
        var counts = StoreCounts(
            neighborhoodBranches: 12, schoolBranches: 5, agencyBranches: 2, clans: 35, studiousClans: 24,
            classes: 27, learners: 806, enrollments: 2046, awards: 1874, donations: 62, agendaLog: 5)
        counts.previousAwards = 1712
        counts.previousDonations = 55
        counts.previousStudiousClans = 22
        return counts
    }()

    /// The demo's ward with `awards` awards in one school year and a fund to match (one donation
    /// per 30 awards): the stores of the benchmarks (10k, 100k, 1M awards) and of the oracle tests.
    public static func withAwards(_ awards: Int) -> StoreCounts {
        var counts = demo
        counts.awards = max(0, awards)
        counts.donations = max(1, awards / 30)
        counts.previousAwards = 0
        counts.previousDonations = 0
        counts.previousStudiousClans = 0
        return counts
    }
}
