/// The association's branches and the ward's clans: made first, since other records name them.

import Store

/// One branch of the Study Promotion Association.
struct GeneratedBranch: Sendable {
    let id: String
    let name: String
    let kind: String
    let members: Int
    /// The neighbourhood number (1-based) of a neighbourhood branch.
    let neighborhood: Int?
    /// The school or agency a branch belongs to.
    let body: String?
}

/// One clan (dòng họ) and its studious recognition.
struct GeneratedClan: Sendable {
    let id: String
    let name: String
    let neighborhood: Int
    let studious: Bool
}

/// Branches and clans, small enough to keep in memory whatever the store's size.
struct BranchPlan: Sendable {
    let branches: [GeneratedBranch]
    let clans: [GeneratedClan]

    /// Middle names that name a lineage within a family (Nguyễn Hữu, Lê Đình …).
    private static let lineages = ["Văn", "Hữu", "Đức", "Đình", "Công", "Quang", "Bá", "Xuân", "Duy", "Trọng"]

    init(seed: UInt64, counts: StoreCounts) {
        var random = GeneratorRandom(seed: seed, part: 1)
        var branches: [GeneratedBranch] = []
        let n = counts.neighborhoodBranches
        for k in 1...n {
            branches.append(GeneratedBranch(
                id: GeneratedIds.id("KP", k, count: n, minimumWidth: 2), name: "Chi hội khu phố \(k)",
                kind: "neighborhood", members: random.int(in: 60...180), neighborhood: k, body: nil))
        }
        branches += Self.bodyBranches("TR", kind: "school", WardCatalog.schools, count: counts.schoolBranches,
                                      members: 25...70, &random)
        branches += Self.bodyBranches("CQ", kind: "agency", WardCatalog.agencies, count: counts.agencyBranches,
                                      members: 15...40, &random)
        self.branches = branches
        clans = Self.makeClans(&random, counts: counts)
    }

    /// `count` branches of schools or agencies, each named after one of `bodies` (see `nth`).
    private static func bodyBranches(_ prefix: String, kind: String, _ bodies: [String], count: Int,
                                     members: ClosedRange<Int>, _ random: inout GeneratorRandom) -> [GeneratedBranch] {
        (0..<count).map { k in
            let body = nth(bodies, k)
            return GeneratedBranch(id: GeneratedIds.id(prefix, k + 1, count: count, minimumWidth: 2), name: "Chi hội \(body)",
                                   kind: kind, members: random.int(in: members), neighborhood: nil, body: body)
        }
    }

    /// The `k`th name of a list; past its end, the names again with a campus number.
    static func nth(_ names: [String], _ k: Int) -> String {
        let round = k / names.count
        return round == 0 ? names[k] : "\(names[k % names.count]) (cơ sở \(round + 1))"
    }

    private static func makeClans(_ random: inout GeneratorRandom, counts: StoreCounts) -> [GeneratedClan] {
        let names = NameMaker(decomposedPerMille: 0)
        var used = Set<String>()
        var studious = Array(repeating: false, count: counts.clans)
        var order = Array(0..<counts.clans)
        for i in 0..<counts.studiousClans {
            order.swapAt(i, i + random.below(order.count - i))
            studious[order[i]] = true
        }
        return (0..<counts.clans).map { k in
            var name = ""
            for attempt in 0... {
                let base = "Dòng họ \(names.familyName(&random)) \(random.pick(lineages))"
                name = attempt < 20 ? base : "\(base) (chi \(attempt))"
                if used.insert(name).inserted { break }
            }
            return GeneratedClan(id: GeneratedIds.id("DH", k + 1, count: counts.clans, minimumWidth: 2),
                                 name: name, neighborhood: random.int(in: 1...counts.neighborhoodBranches),
                                 studious: studious[k])
        }
    }

    /// branches.rec: the branches, then the clans.
    func write(_ out: inout RecEmitter, sets: [SetSchema]) throws {
        try out.begin(sets[0])
        for b in branches {
            try out.record([("Id", b.id), ("Name", b.name), ("Kind", b.kind), ("Members", String(b.members))])
        }
        try out.begin(sets[1])
        for c in clans {
            try out.record([("Id", c.id), ("Name", c.name), ("Neighborhood", WardCatalog.neighborhood(c.neighborhood)),
                            ("Studious", c.studious ? "yes" : "no")])
        }
    }
}
