/// Generates a whole store, deterministically from a seed: in memory for small stores, streamed for big ones.

import Foundation
import Store

/// A store of the demo ward's school year 2022–2023 as of 30 June 2023 (and, when the counts ask
/// for it, the awards and fund of the school year before). The same seed and
/// counts always give the same bytes. Files are written in the order of `StoreSchema.files`.
public struct StoreGenerator: Sendable {
    /// The day the generated store is "as of": attendance covers the sessions held until then.
    public static let asOf = "2023-06-30"

    public let seed: UInt64
    public let counts: StoreCounts
    /// Comment lines added under each file's own comment.
    public let note: [String]

    public init(seed: UInt64, counts: StoreCounts, note: [String]? = nil) {
        self.seed = seed
        self.counts = counts
        self.note = note ?? ["# Fictional data generated from seed \(seed)."]
    }

    /// Every file's text by file name, built in memory: for the demo and test stores.
    public func texts() -> [String: String] {
        var texts: [String: String] = [:]
        _ = run(mode: { _ in .memory }, done: { name, out in texts[name] = out.text })
        return texts
    }

    /// The number of records of each set the generator makes, by set name (every set listed).
    public func recordCounts() -> [String: Int] {
        run(mode: { _ in .discard }, done: { _, _ in })
    }

    /// Writes every file into `directory` (created if missing), replacing files of the same
    /// names, in chunks of about a megabyte: a store of a million awards never sits in memory.
    /// Returns the number of records of each set.
    @discardableResult
    public func write(to directory: String) throws -> [String: Int] {
        try write(to: directory, chunkSize: 1 << 20)
    }

    /// `write(to:)` with a chosen chunk size (tests use small chunks to cross many chunk boundaries).
    func write(to directory: String, chunkSize: Int) throws -> [String: Int] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let folder = URL(fileURLWithPath: directory)
        return try generate(mode: { .file(try FileChunkSink(path: folder.appendingPathComponent($0).path)) },
                            chunkSize: chunkSize, done: { _, _ in })
    }

    /// In-memory and discarding emitters never throw.
    private func run(mode: (String) -> RecEmitter.Mode, done: (String, RecEmitter) -> Void) -> [String: Int] {
        do {
            return try generate(mode: mode, chunkSize: 1 << 20, done: done)
        } catch {
            preconditionFailure("generating in memory failed: \(error)")
        }
    }

    private func generate(mode: (String) throws -> RecEmitter.Mode, chunkSize: Int,
                          done: (String, RecEmitter) -> Void) throws -> [String: Int] {
        let asOf = DayNumber(iso: Self.asOf)
        let branches = BranchPlan(seed: seed, counts: counts)
        var classes = ClassPlan(seed: seed, count: counts.classes)
        classes.allocate(counts.enrollments, learners: counts.learners)
        let learners = LearnerFactory(seed: seed, count: counts.learners, neighborhoods: counts.neighborhoodBranches)
        let profiles = (0..<counts.learners).map(learners.profile)
        let enrollments = EnrollmentPlan(seed: seed, classes: classes.classes, profiles: profiles, asOf: asOf)
        let awards = AwardPlan(seed: seed, awards: counts.awards, plan: branches, asOf: asOf)
        let earlierAwards = counts.previousAwards > 0
            ? AwardPlan(seed: seed &+ 1, awards: counts.previousAwards, plan: branches, asOf: asOf, yearsLater: -1,
                        studiousClans: counts.previousStudiousClans) : nil
        var awarded: [Int] = []
        let papers = PaperDemo(seed: seed, plan: branches)
        let titles = TitlePlan(seed: seed, plan: branches)
        let assessed = AssessmentPlan(seed: seed, plan: branches, titles: titles, learners: learners, profiles: profiles)
        var counted: [String: Int] = [:]
        for file in StoreSchema.files {
            var out = RecEmitter(mode: try mode(file), chunkSize: chunkSize)
            out.amend = papers.amend
            try out.lines((StoreSchema.fileComments[file] ?? []) + note)
            let sets = StoreSchema.sets(in: file)
            switch file {
            case "campaign.rec":
                for (set, records) in zip(sets, [CampaignContent.campaign, CampaignContent.targets,
                                                 CampaignContent.indicators, CampaignContent.agenda]) {
                    try out.begin(set)
                    for record in records { try out.record(record) }
                }
            case "ceremony.rec":
                try out.begin(sets[0])
                for record in CeremonyLog.records(count: counts.agendaLog) { try out.record(record) }
            case "classes.rec":
                try classes.write(&out, set: sets[0])
            case "learners.rec":
                try learners.write(&out, set: sets[0])
            case "attendance.rec":
                try enrollments.write(&out, set: sets[0], classes: classes.classes, learners: learners)
                try AttendanceRoll.write(&out, set: sets[1], seed: seed, classes: classes.classes, plan: enrollments,
                                         profiles: profiles, learners: learners, asOf: asOf)
            case "branches.rec":
                try branches.write(&out, sets: sets)
            case "awards.rec":
                awarded = try AwardPlan.write([earlierAwards, awards].compactMap { $0 }, to: &out, set: sets[0])
            case "funds.rec":
                var funds: [FundPlan] = []
                if earlierAwards != nil, counts.previousDonations > 0 {
                    funds.append(FundPlan(seed: seed &+ 1, count: counts.previousDonations, awarded: awarded.first ?? 0,
                                          plan: branches, asOf: asOf, yearsLater: -1))
                }
                funds.append(FundPlan(seed: seed, count: counts.donations, awarded: awarded.last ?? 0, plan: branches,
                                      asOf: asOf))
                try FundPlan.write(funds, to: &out, set: sets[0])
            case "titles.rec":
                try titles.write(&out, set: sets[0])
            case "criteria.rec":
                try AssessmentPlan.writeCriteria(&out, sets: sets)
            case "subjects.rec":
                try assessed.writeSubjects(&out, sets: sets)
            case "assessments.rec":
                try assessed.writeAssessments(&out, sets: sets)
            default:
                guard try papers.write(file, &out, sets: sets) else { preconditionFailure("no generator for \(file)") }
            }
            try out.finish()
            done(file, out)
            counted.merge(out.counts) { $0 + $1 }
        }
        return counted
    }
}
