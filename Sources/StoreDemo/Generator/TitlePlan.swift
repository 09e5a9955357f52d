/// Learning titles of the last two school years: families and communities per neighbourhood, units ward-wide.

import Store

/// The `Title` records of a generated store: for the school year before the generator's and for
/// its own, learning families among each neighbourhood's households, learning communities among
/// its residential groups, and the ward's learning units. Shares rise a little from one year to
/// the next, around the national targets (70% families, 65% communities, 80% units).
struct TitlePlan: Sendable {
    /// The school years counted, oldest first: the generated year (2022-2023) and the one before.
    static let years = ["2021-2022", "2022-2023"]

    let records: [[(String, String?)]]

    init(seed: UInt64, plan: BranchPlan) {
        var random = GeneratorRandom(seed: seed, part: 12)
        let neighborhoods = plan.branches.filter { $0.kind == "neighborhood" }
        // Each neighbourhood's size and last year's shares, in per mille.
        let households = neighborhoods.map { _ in random.int(in: 28...62) * 10 }
        let groups = neighborhoods.map { _ in random.int(in: 5...9) }
        var familyShare = neighborhoods.map { _ in random.int(in: 590...760) }
        var groupShare = neighborhoods.map { _ in random.int(in: 450...800) }
        let units = max(1, plan.branches.count - neighborhoods.count) + random.int(in: 10...16)
        var unitsRecognized = units * random.int(in: 68...78) / 100
        var made: [[(String, String?)]] = []
        func add(_ year: String, _ kind: String, _ branch: String?, _ recognized: Int, _ total: Int) {
            made.append([("Id", nil), ("SchoolYear", year), ("Kind", kind), ("Branch", branch),
                         ("Recognized", String(recognized)), ("Total", String(total))])
        }
        for (y, year) in Self.years.enumerated() {
            if y > 0 {
                for k in familyShare.indices { familyShare[k] = min(950, familyShare[k] + random.int(in: 5...45)) }
                for k in groupShare.indices { groupShare[k] = min(1000, groupShare[k] + random.int(in: 0...160)) }
                unitsRecognized = min(units, unitsRecognized + random.int(in: 1...2))
            }
            for (k, branch) in neighborhoods.enumerated() {
                add(year, "family", branch.id, households[k] * familyShare[k] / 1000, households[k])
            }
            for (k, branch) in neighborhoods.enumerated() {
                add(year, "community", branch.id, min(groups[k], (groups[k] * groupShare[k] + 500) / 1000), groups[k])
            }
            add(year, "unit", nil, unitsRecognized, units)
        }
        records = made.enumerated().map { k, fields in
            [("Id", GeneratedIds.id("DT", k + 1, count: made.count, minimumWidth: 3))] + fields.dropFirst()
        }
    }

    /// titles.rec.
    func write(_ out: inout RecEmitter, set: SetSchema) throws {
        try out.begin(set)
        for record in records { try out.record(record) }
    }
}
