/// A calendar year of learning-title assessments, consistent with the title counts: criteria, subjects, registrations and assessments.

import Store

/// criteria.rec, subjects.rec and assessments.rec of a generated store, for the calendar year of its
/// school year (2022 for 2022-2023). The count records stay the figures of families, communities and
/// units: the published sets for them have empty places, so their assessments come to "chưa đủ
/// tiêu chí" and the counts stand. What is assessed:
/// - learning citizens by CDHT-324 (complete): the party members and about two in five adults
///   among the learners, scored from each learner's diligence; a few more registered, not yet assessed;
/// - the families of one neighbourhood (the one with the fewest households, to keep the demo small:
///   its count record gives their number), registered and nearly all assessed by GDHT-448;
/// - every clan by DHHT-448, every unit and party cell by DVHT.
/// Residential groups and units are as many as the count records say; a party cell per neighbourhood.
struct AssessmentPlan: Sendable {
    /// The calendar year assessed.
    let year: Int
    private(set) var communities: [[(String, String?)]] = []
    private(set) var units: [[(String, String?)]] = []
    private(set) var cells: [[(String, String?)]] = []
    private(set) var families: [[(String, String?)]] = []
    private(set) var registrations: [[(String, String?)]] = []
    private(set) var assessments: [[(String, String?)]] = []

    init(seed: UInt64, plan: BranchPlan, titles: TitlePlan, learners: LearnerFactory, profiles: [LearnerProfile]) {
        var random = GeneratorRandom(seed: seed, part: 21)
        let schoolYear = TitlePlan.years.last ?? "2022-2023"
        year = Int(schoolYear.prefix(4)) ?? 2022
        let counts = titles.records.filter { $0.contains { $0.0 == "SchoolYear" && $0.1 == schoolYear } }
        func value(_ r: [(String, String?)], _ name: String) -> String? { r.first { $0.0 == name }?.1 ?? nil }
        let neighborhoods = plan.branches.filter { $0.kind == "neighborhood" }
        // Residential groups: as many per neighbourhood as its count record.
        for r in counts where value(r, "Kind") == "community" {
            guard let branch = value(r, "Branch"), let total = value(r, "Total").flatMap(Int.init),
                  let n = neighborhoods.first(where: { $0.id == branch })?.neighborhood else { continue }
            for g in 1...max(1, total) {
                communities.append([("Id", nil), ("Name", "Tổ dân phố \(g), khu phố \(n)"), ("Branch", branch)])
            }
        }
        communities = Self.numbered(communities, "TDP", width: 3)
        // Units: the schools, agencies and businesses of the ward, as many as the count record.
        let unitTotal = counts.first { value($0, "Kind") == "unit" }.flatMap { value($0, "Total") }.flatMap(Int.init) ?? 0
        let names = WardCatalog.schools.map { ($0, "school") } + WardCatalog.agencies.map { ($0, "agency") }
            + WardCatalog.businesses.map { ($0, "enterprise") }
        for k in 0..<unitTotal {
            let (name, kind) = names[k % names.count]
            let shown = k < names.count ? name : "\(name) (cơ sở \(k / names.count + 1))"
            units.append([("Id", nil), ("Name", shown), ("Kind", kind)])
        }
        units = Self.numbered(units, "DV", width: 2)
        // Party cells: one per neighbourhood, its members among the adult learners who live there.
        var cellOf: [Int: String] = [:]
        for (k, b) in neighborhoods.enumerated() {
            let id = GeneratedIds.id("CB", k + 1, count: neighborhoods.count, minimumWidth: 2)
            var fields: [(String, String?)] = [("Id", id), ("Name", "Chi bộ khu phố \(b.neighborhood ?? k + 1)"), ("Branch", b.id)]
            for (i, p) in profiles.enumerated() where p.neighborhood == b.neighborhood && p.birthYear <= 2001 && random.percent(7) {
                fields.append(("Member", learners.id(i)))
                cellOf[i] = id
            }
            cells.append(fields)
        }
        makeFamilies(&random, counts: counts, neighborhoods: neighborhoods, learners: learners, profiles: profiles,
                     partyMembers: Set(cellOf.keys))
        makeCitizens(&random, learners: learners, profiles: profiles, partyMembers: Set(cellOf.keys))
        for c in plan.clans { assessments.append(Self.unscored(c.id, "DHHT-448", year, "Hội Khuyến học phường")) }
        for u in units { if let id = value(u, "Id") { assessments.append(Self.unscored(id, "DVHT", year, "Hội Khuyến học phường")) } }
        for c in cells { if let id = value(c, "Id") { assessments.append(Self.unscored(id, "DVHT", year, "Đảng ủy phường")) } }
    }

    /// The households of the neighbourhood with the fewest, each registered; all but a few assessed.
    private mutating func makeFamilies(_ random: inout GeneratorRandom, counts: [[(String, String?)]],
                                       neighborhoods: [GeneratedBranch], learners: LearnerFactory,
                                       profiles: [LearnerProfile], partyMembers: Set<Int>) {
        func value(_ r: [(String, String?)], _ name: String) -> String? { r.first { $0.0 == name }?.1 ?? nil }
        let households = counts.filter { value($0, "Kind") == "family" }
            .compactMap { r in value(r, "Branch").flatMap { b in value(r, "Total").flatMap(Int.init).map { (b, $0) } } }
        guard let (branch, total) = households.min(by: { $0.1 < $1.1 }), total > 0,
              let n = neighborhoods.first(where: { $0.id == branch })?.neighborhood else { return }
        var members = Array(repeating: [Int](), count: total)
        for (i, p) in profiles.enumerated() where p.neighborhood == n { members[random.below(total)].append(i) }
        let names = NameMaker(decomposedPerMille: 0)
        let groups = communities.filter { value($0, "Branch") == branch }.compactMap { value($0, "Id") }
        let date = "\(year)-03-\(10 + random.below(15))"
        for f in 0..<total {
            let id = GeneratedIds.id("GD", f + 1, count: total, minimumWidth: 4)
            let head = members[f].first.map(learners.id) ?? names.name(&random, gender: names.gender(&random),
                                                                         birthYear: random.int(in: 1950...1990))
            var fields: [(String, String?)] = [("Id", id), ("Branch", branch), ("Head", head)]
            for m in members[f] { fields.append(("Member", learners.id(m))) }
            let party = members[f].contains(where: partyMembers.contains)
            fields.append(("Party", party ? "yes" : nil))
            fields.append(("Community", groups.isEmpty ? nil : groups[f % groups.count]))
            families.append(fields)
            registrations.append([("Subject", id), ("Title", "family"), ("Year", String(year)), ("Date", date)])
            // A few households registered but not yet assessed.
            if random.percent(3) { continue }
            let scores = (0..<4).map { _ in String(random.int(in: 6...10)) } + Array(repeating: "-", count: 4)
            assessments.append([("Subject", id), ("Set", "GDHT-448"), ("Year", String(year)),
                                ("Scores", scores.joined(separator: ",")), ("Assessor", "Chi hội khu phố \(n)"),
                                ("Date", "\(year)-12-0\(1 + random.below(9))")])
        }
    }

    /// Learning citizens: the party members and about two in five other adults, registered and
    /// scored against CDHT-324; a few more registered and not yet assessed.
    private mutating func makeCitizens(_ random: inout GeneratorRandom, learners: LearnerFactory,
                                       profiles: [LearnerProfile], partyMembers: Set<Int>) {
        var assessed = 0
        for (i, p) in profiles.enumerated() where p.birthYear <= 2007 {
            let party = partyMembers.contains(i)
            let pick = party || (assessed < 400 && random.percent(40))
            let waiting = !pick && random.percent(3)
            guard pick || waiting else { continue }
            let id = learners.id(i)
            registrations.append([("Subject", id), ("Title", "citizen"), ("Year", String(year)),
                                  ("Date", "\(year)-0\(3 + random.below(3))-\(10 + random.below(18))")])
            guard pick else { continue }
            assessed += 1
            let lift = party ? 8 : 0
            let scores = (0..<10).map { _ in String(min(10, max(3, (p.diligence + lift + random.int(in: -12...20)) / 10))) }
            assessments.append([("Subject", id), ("Set", PublishedCriteria.citizenSetId), ("Year", String(year)),
                                ("Scores", scores.joined(separator: ",")),
                                ("Assessor", "Chi hội khu phố \(p.neighborhood)"),
                                ("Date", "\(year)-11-\(10 + random.below(19))")])
        }
    }

    /// An assessment by a set whose items are all empty places: each score written `-`.
    private static func unscored(_ subject: String, _ set: String, _ year: Int, _ assessor: String) -> [(String, String?)] {
        let items = (PublishedCriteria.records["Criterion"] ?? []).filter { $0.contains { $0.0 == "Set" && $0.1 == set } }.count
        return [("Subject", subject), ("Set", set), ("Year", String(year)),
                ("Scores", Array(repeating: "-", count: max(1, items)).joined(separator: ",")),
                ("Assessor", assessor), ("Date", "\(year)-12-05")]
    }

    private static func numbered(_ records: [[(String, String?)]], _ prefix: String, width: Int) -> [[(String, String?)]] {
        records.enumerated().map { k, fields in
            [("Id", GeneratedIds.id(prefix, k + 1, count: records.count, minimumWidth: width))] + fields.dropFirst()
        }
    }

    /// criteria.rec: the published sets, as `hoctap init` writes them.
    static func writeCriteria(_ out: inout RecEmitter, sets: [SetSchema]) throws {
        for set in sets {
            try out.begin(set)
            for record in PublishedCriteria.records[set.name] ?? [] { try out.record(record.map { ($0.0, Optional($0.1)) }) }
        }
    }

    /// subjects.rec: residential groups, units, party cells, families.
    func writeSubjects(_ out: inout RecEmitter, sets: [SetSchema]) throws {
        for (set, records) in zip(sets, [communities, units, cells, families]) {
            try out.begin(set)
            for record in records { try out.record(record) }
        }
    }

    /// assessments.rec: registrations, then assessments.
    func writeAssessments(_ out: inout RecEmitter, sets: [SetSchema]) throws {
        for (set, records) in zip(sets, [registrations, assessments]) {
            try out.begin(set)
            for record in records { try out.record(record) }
        }
    }
}
