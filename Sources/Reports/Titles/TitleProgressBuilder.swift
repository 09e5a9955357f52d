/// Builds `TitleProgress` from a snapshot in one pass over the assessments and the subjects.

import Store

/// The steps of `TitleProgress.init`: results per subject, subjects per branch, then each year's lines.
struct TitleProgressBuilder {
    let snapshot: StoreSnapshot
    let sets: [String: CriteriaSet]
    /// Each subject's branch, by set name then id (learners and clans have none).
    let branchOf: [String: [String: String?]]
    let campaignYear: Int?

    init(_ snapshot: StoreSnapshot) {
        self.snapshot = snapshot
        sets = Dictionary(snapshot.criteriaSets.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var branchOf: [String: [String: String?]] = [:]
        branchOf["Family"] = Dictionary(snapshot.families.map { ($0.id, Optional($0.branch)) }, uniquingKeysWith: { a, _ in a })
        branchOf["Community"] = Dictionary(snapshot.communities.map { ($0.id, Optional($0.branch)) }, uniquingKeysWith: { a, _ in a })
        branchOf["Unit"] = Dictionary(snapshot.units.map { ($0.id, $0.branch) }, uniquingKeysWith: { a, _ in a })
        branchOf["PartyCell"] = Dictionary(snapshot.partyCells.map { ($0.id, $0.branch) }, uniquingKeysWith: { a, _ in a })
        self.branchOf = branchOf
        campaignYear = snapshot.campaign.flatMap { SchoolYear(text: $0.schoolYear) }.map(TitleProgress.year(of:))
    }

    func build() -> TitleProgress {
        var scored: [Int: [TitleProgress.Scored]] = [:]
        for a in snapshot.assessments {
            guard let set = sets[a.set] else { continue }
            scored[a.year, default: []].append(TitleProgress.Scored(assessment: a, set: set, result: set.result(of: a)))
        }
        var years = Set(scored.keys)
        years.formUnion(snapshot.registrations.map(\.year))
        years.formUnion(snapshot.titles.map { TitleProgress.year(of: $0.schoolYear) })
        if let campaignYear { years.insert(campaignYear) }
        var lines: [Int: [AssessedTitle: TitleProgress.Line]] = [:]
        var parties: [Int: TitleProgress.Party] = [:]
        var waiting: [Int: [Registration]] = [:]
        for year in years {
            let best = bestResults(scored[year] ?? [])
            for title in AssessedTitle.allCases { lines[year, default: [:]][title] = line(title, year: year, best: best[title] ?? [:]) }
            parties[year] = party(best)
            let assessed = Set((scored[year] ?? []).map { Pair(subject: $0.assessment.subject, title: $0.set.title) })
            waiting[year] = snapshot.registrations.filter {
                $0.year == year && !assessed.contains(Pair(subject: $0.subject, title: $0.title))
            }
        }
        var unrecorded: [AssessedTitle: TitleProgress.Line] = [:]
        for title in AssessedTitle.allCases { unrecorded[title] = line(title, year: nil, best: [:]) }
        return TitleProgress(years: years.sorted(), sets: sets, campaignYear: campaignYear, lines: lines,
                             unrecorded: unrecorded, unrecordedParty: party([:]), parties: parties, scored: scored, waiting: waiting)
    }

    private struct Pair: Hashable {
        var subject: String
        var title: AssessedTitle
    }

    /// Per title, each subject's best result of the year (a subject assessed by two sets counts once).
    private func bestResults(_ scored: [TitleProgress.Scored]) -> [AssessedTitle: [String: AssessmentResult]] {
        var out: [AssessedTitle: [String: AssessmentResult]] = [:]
        for s in scored {
            let old = out[s.set.title]?[s.assessment.subject]
            if old.map({ Self.rank(s.result) > Self.rank($0) }) ?? true { out[s.set.title, default: [:]][s.assessment.subject] = s.result }
        }
        return out
    }

    private static func rank(_ r: AssessmentResult) -> Int {
        switch r {
        case .recognized: 3
        case .notRecognized: 2
        case .incomplete: 1
        case .criteriaIncomplete: 0
        }
    }

    /// The subjects of a title (party cells are the party's block, not the units' count), by branch.
    private func subjects(_ title: AssessedTitle) -> [String?: Int] {
        switch title {
        case .citizen: return [nil: snapshot.learners.count]
        case .clan: return [nil: snapshot.clans.count]
        case .family: return Dictionary(grouping: snapshot.families, by: { Optional($0.branch) }).mapValues(\.count)
        case .community: return Dictionary(grouping: snapshot.communities, by: { Optional($0.branch) }).mapValues(\.count)
        case .unit: return Dictionary(grouping: snapshot.units, by: \.branch).mapValues(\.count)
        }
    }

    /// The branch of `subject` for `title`; party cells are not counted among the units.
    private func branch(of subject: String, _ title: AssessedTitle) -> String?? {
        switch title {
        case .citizen, .clan: return .some(nil)
        case .family: return branchOf["Family"]?[subject]
        case .community: return branchOf["Community"]?[subject]
        case .unit: return branchOf["Unit"]?[subject]
        }
    }

    /// The line of `title` in `year`; with no year, of the subjects alone.
    private func line(_ title: AssessedTitle, year: Int?, best: [String: AssessmentResult]) -> TitleProgress.Line {
        var assessed: [String?: TitleTally] = [:]
        for (subject, result) in best {
            guard let branch = branch(of: subject, title) else { continue }
            var t = assessed[branch] ?? TitleTally(origin: .assessments)
            t.assessed += 1
            if result == .recognized { t.recognized += 1 }
            if result == .criteriaIncomplete { t.undecided += 1 }
            assessed[branch] = t
        }
        let counts = year.map { self.counts(title, year: $0) } ?? [:]
        let subjects = subjects(title)
        var keys = Set(subjects.keys).union(counts.keys).union(assessed.keys)
        keys.remove(nil)
        let order = snapshot.branches.map(\.id)
        var branches = order.filter { keys.contains($0) }.map(Optional.some)
        branches += keys.subtracting(order).sorted { ($0 ?? "") < ($1 ?? "") }
        if subjects[nil] != nil || counts[nil] != nil || assessed[nil] != nil { branches.append(nil) }
        var byBranch: [TitleProgress.BranchTally] = []
        for b in branches {
            let decided = assessed[b].map { $0.assessed > $0.undecided } ?? false
            var tally: TitleTally
            if decided, var a = assessed[b] {
                a.total = max(subjects[b] ?? 0, a.assessed)
                tally = a
            } else if let c = counts[b] {
                tally = c
                tally.undecided = assessed[b]?.undecided ?? 0
            } else {
                tally = assessed[b] ?? TitleTally()
                tally.recognized = 0
                tally.total = max(subjects[b] ?? 0, tally.assessed)
                if tally.assessed == 0 { tally.origin = .subjects }
            }
            byBranch.append(TitleProgress.BranchTally(branch: b, tally: tally))
        }
        let ward = byBranch.reduce(TitleTally()) { $0 + $1.tally }
        return TitleProgress.Line(title: title, year: year ?? 0, tally: ward, byBranch: byBranch,
                                  target: year.map { target(title, year: $0) } ?? TitleTarget())
    }

    /// The count records of the school year that starts in `year`, by branch; a count says how
    /// many were recognised of how many, so all of them count as assessed.
    private func counts(_ title: AssessedTitle, year: Int) -> [String?: TitleTally] {
        var out: [String?: TitleTally] = [:]
        if let kind = title.countKind {
            for t in snapshot.titles where t.kind == kind && TitleProgress.year(of: t.schoolYear) == year {
                var c = out[t.branch] ?? TitleTally(origin: .counts)
                c.recognized += t.recognized
                c.assessed += t.total
                c.total += t.total
                out[t.branch] = c
            }
        } else if title == .clan, !snapshot.clans.isEmpty, campaignYear == nil || campaignYear == year {
            let studious = snapshot.clans.lazy.filter(\.isStudious).count
            out[nil] = TitleTally(recognized: studious, assessed: snapshot.clans.count, total: snapshot.clans.count, origin: .counts)
        }
        return out
    }

    /// The store's target for the title in the campaign's year, else the national one for `year`.
    private func target(_ title: AssessedTitle, year: Int) -> TitleTarget {
        if year == campaignYear, let metric = TitleTarget.metric(title),
           let t = snapshot.targets.first(where: { $0.metric == metric }) {
            return TitleTarget.stored(t)
        }
        return TitleTarget.national(title, year: year)
    }

    /// The party's three titles in a year, from its subjects' best results.
    private func party(_ best: [AssessedTitle: [String: AssessmentResult]]) -> TitleProgress.Party {
        var p = TitleProgress.Party()
        let members = Set(snapshot.partyCells.flatMap(\.members))
        p.citizens = tally(members, best[.citizen] ?? [:])
        p.families = tally(Set(snapshot.families.filter(\.isPartyFamily).map(\.id)), best[.family] ?? [:])
        p.cells = tally(Set(snapshot.partyCells.map(\.id)), best[.unit] ?? [:])
        return p
    }

    private func tally(_ subjects: Set<String>, _ results: [String: AssessmentResult]) -> TitleTally {
        var t = TitleTally(total: subjects.count, origin: .assessments)
        for s in subjects {
            guard let r = results[s] else { continue }
            t.assessed += 1
            if r == .recognized { t.recognized += 1 }
            if r == .criteriaIncomplete { t.undecided += 1 }
        }
        return t
    }
}
