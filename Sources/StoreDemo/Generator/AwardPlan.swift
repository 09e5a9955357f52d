/// A school year's awards: how many each branch gives in each season, then every award in date order.

import Store

/// One branch's award-giving on one day.
struct AwardEvent: Sendable {
    let branch: Int
    let season: Int
    let day: DayNumber
    var count = 0
    /// The award types the branch gives that day, and their weights.
    let types: [Int]
    let typeTable: WeightedTable
    /// Who pays for many of the day's awards, and who for a few.
    let sponsors: (String, String)
}

struct AwardPlan: Sendable {
    private(set) var events: [AwardEvent] = []
    /// Studious clans awarded at the ceremony, by the index of their neighbourhood's branch.
    private(set) var clanAwards: [Int: [GeneratedClan]] = [:]
    let count: Int
    private let seed: UInt64
    private let branches: [GeneratedBranch]
    private let names = NameMaker()

    /// `yearsLater` moves the seasons (-1: the school year before the demo's); `studiousClans`
    /// caps the clans awarded at the ceremony.
    init(seed: UInt64, awards: Int, plan: BranchPlan, asOf: DayNumber, yearsLater: Int = 0,
         studiousClans: Int = .max) {
        self.seed = seed
        self.count = awards
        branches = plan.branches
        var random = GeneratorRandom(seed: seed, part: 7)
        let benefactors = (0..<12).map { _ -> String in
            let gender = names.gender(&random, femalePercent: 40)
            return (gender == .female ? "Bà " : "Ông ")
                + names.name(&random, gender: gender, birthYear: random.int(in: 1950...1980))
        }
        let studious = plan.clans.filter(\.studious).prefix(min(awards, studiousClans))
        for clan in studious { clanAwards[min(clan.neighborhood, plan.branches.count) - 1, default: []].append(clan) }
        for (s, season) in AwardCatalog.seasons.enumerated() {
            let first = DayNumber(iso: season.first, yearsLater: yearsLater)
            let last = min(DayNumber(iso: season.last, yearsLater: yearsLater), asOf)
            guard first <= last else { continue }
            for (b, branch) in branches.enumerated() {
                let allowed = season.types.filter { AwardCatalog.allows($0.0, branch: branch) }
                guard !allowed.isEmpty else { continue }
                var dayRandom = GeneratorRandom(seed: seed, part: 8, index: UInt64(s * 100_003 + b))
                let day = first.adding(dayRandom.below(last.value - first.value + 1))
                let main = Self.sponsor(&random, branch, plan, benefactors)
                let other = Self.sponsor(&random, branch, plan, benefactors)
                events.append(AwardEvent(branch: b, season: s, day: day, types: allowed.map(\.0),
                                         typeTable: WeightedTable(allowed.map(\.1)), sponsors: (main, other)))
            }
        }
        let table = WeightedTable(events.map {
            AwardCatalog.seasons[$0.season].weight * AwardCatalog.branchWeight(branches[$0.branch])
        })
        let clanCount = clanAwards.values.reduce(0) { $0 + $1.count }
        if !events.isEmpty {
            for _ in 0..<(awards - clanCount) { events[table.draw(&random)].count += 1 }
        }
        events.sort { ($0.day, $0.branch) < ($1.day, $1.branch) }
    }

    private static func sponsor(_ random: inout GeneratorRandom, _ branch: GeneratedBranch, _ plan: BranchPlan,
                                _ benefactors: [String]) -> String {
        let body = branch.body ?? ""
        switch branch.kind {
        case "school":
            return random.pick(weighted: [("Ban đại diện cha mẹ học sinh \(body)", 4),
                                          (WardCatalog.association, 3), (random.pick(WardCatalog.businesses), 2)])
        case "agency":
            return random.pick(weighted: [("Công đoàn \(body)", 3), (WardCatalog.association, 2)])
        default:
            let clan = plan.clans.isEmpty ? nil : random.pick(plan.clans)
            let clanFund = clan.map { "Quỹ khuyến học d" + $0.name.dropFirst() } ?? WardCatalog.association
            return random.pick(weighted: [("Chi hội khuyến học khu phố \(branch.neighborhood ?? 1)", 3),
                                          (WardCatalog.association, 3), (random.pick(WardCatalog.businesses), 3),
                                          (random.pick(benefactors), 1), (clanFund, 1)])
        }
    }

    /// awards.rec: the plans' awards one school year after the other, numbered on from one to
    /// the next; returns each plan's sum of the amounts, in đồng.
    static func write(_ plans: [AwardPlan], to out: inout RecEmitter, set: SetSchema) throws -> [Int] {
        try out.begin(set)
        var number = 0
        let count = plans.reduce(0) { $0 + $1.count }
        return try plans.map { try $0.write(&out, number: &number, idCount: count) }
    }

    /// This plan's awards, numbered on from `number`; returns the sum of their amounts.
    private func write(_ out: inout RecEmitter, number: inout Int, idCount: Int) throws -> Int {
        var random = GeneratorRandom(seed: seed, part: 9)
        var total = 0
        func emit(_ date: String, _ recipient: String, _ type: AwardType, _ branch: Int, _ sponsor: String?) throws {
            number += 1
            let amount = random.pick(weighted: type.amounts)
            total += amount ?? 0
            try out.record([
                ("Id", GeneratedIds.id("KT", number, count: idCount, minimumWidth: 4)), ("Date", date),
                ("Recipient", recipient), ("Kind", type.kind), ("Category", type.category),
                ("Branch", branches[branch].id), ("Amount", amount.map(String.init)), ("Sponsor", sponsor),
            ])
        }
        // One recipient, category and branch once a school year: a demo of a clean store has no
        // double entries for `hoctap check` to note (namesakes are drawn again).
        var given = Set<String>()
        for event in events {
            let date = event.day.iso
            if event.season == AwardCatalog.ceremonySeason {
                for clan in clanAwards[event.branch] ?? [] {
                    try emit(date, clan.name, AwardCatalog.clan, event.branch, WardCatalog.association)
                }
            }
            for _ in 0..<event.count {
                let type = event.types[event.typeTable.draw(&random)]
                var recipient = recipientName(&random, type: type, branch: branches[event.branch])
                let year = SchoolYear(containing: event.day.date).startYear
                func key(_ name: String) -> String { "\(DoubleEntryGuard.fold(name))|\(AwardCatalog.types[type].category)|\(event.branch)|\(year)" }
                for _ in 0..<20 where given.contains(key(recipient)) {
                    recipient = recipientName(&random, type: type, branch: branches[event.branch])
                }
                given.insert(key(recipient))
                // Most awards are paid from the fund itself; a named sponsor pays for some.
                let roll = random.below(10)
                let sponsor = roll < 3 ? event.sponsors.0 : roll < 4 ? event.sponsors.1 : nil
                try emit(date, recipient, AwardCatalog.types[type], event.branch, sponsor)
            }
        }
        return total
    }

    private func recipientName(_ random: inout GeneratorRandom, type: Int, branch: GeneratedBranch) -> String {
        switch AwardCatalog.types[type].kind {
        case "family":
            let gender = names.gender(&random, femalePercent: 35)
            let name = names.name(&random, gender: gender, birthYear: random.int(in: 1960...1990))
            return (gender == .female ? "Gia đình bà " : "Gia đình ông ") + name
        case "citizen":
            let gender = names.gender(&random)
            return names.name(&random, gender: gender, birthYear: random.int(in: 1950...2000))
        case "unit":
            return "Tổ dân phố \(random.int(in: 1...8)), khu phố \(branch.neighborhood ?? 1)"
        default:
            let gender = names.gender(&random, femalePercent: 50)
            return names.name(&random, gender: gender, birthYear: random.int(in: AwardCatalog.pupilYears(branch)))
        }
    }
}
