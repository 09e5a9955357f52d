/// Donations to the study-promotion fund, sized so that the fund covers the year's awards.

import Store

/// The fund's donations: dated around the year's fund drives, their sum a little above what the
/// awards pay out, so the balance stays positive.
struct FundPlan: Sendable {
    struct Donation: Sendable {
        let day: DayNumber
        let donor: String
        let amount: Int
        let purpose: String
        let branch: String?
    }

    let donations: [Donation]

    /// Fund drives: a window of days and its share of the donations.
    private static let drives: [(String, String, Int)] = [
        ("2022-09-01", "2022-09-30", 20), ("2022-10-06", "2022-10-06", 15), ("2022-11-01", "2022-12-31", 10),
        ("2023-01-02", "2023-01-12", 20), ("2023-03-01", "2023-04-30", 10), ("2023-05-01", "2023-05-20", 25),
    ]

    /// `yearsLater` moves the fund drives (-1: the school year before the demo's).
    init(seed: UInt64, count: Int, awarded: Int, plan: BranchPlan, asOf: DayNumber, yearsLater: Int = 0) {
        guard count > 0 else { donations = []; return }
        var random = GeneratorRandom(seed: seed, part: 10)
        let names = NameMaker()
        let goal = (awarded * 115 / 100 + 5_000_000 + 999_999) / 1_000_000 * 1_000_000
        let drives = Self.drives.map {
            (DayNumber(iso: $0.0, yearsLater: yearsLater), min(DayNumber(iso: $0.1, yearsLater: yearsLater), asOf), $0.2)
        }
            .filter { $0.0 <= $0.1 }
        let driveTable = WeightedTable(drives.map(\.2))
        let schools = plan.branches.filter { $0.kind == "school" }
        let neighborhoods = plan.branches.filter { $0.kind == "neighborhood" }
        var drafts: [(day: DayNumber, donor: String, weight: Int, branch: String?)] = []
        for _ in 0..<count {
            let drive = drives.isEmpty ? (asOf, asOf, 1) : drives[driveTable.draw(&random)]
            let day = drive.0.adding(random.below(drive.1.value - drive.0.value + 1))
            let local = random.pick(neighborhoods)
            switch random.weighted([35, 25, schools.isEmpty ? 0 : 10, plan.clans.isEmpty ? 0 : 10, 5, 15]) {
            case 0:
                drafts.append((day, random.pick(WardCatalog.businesses), random.pick([2, 3, 5, 10, 20]),
                               random.percent(30) ? local.id : nil))
            case 1:
                let gender = names.gender(&random, femalePercent: 45)
                let person = names.name(&random, gender: gender, birthYear: random.int(in: 1945...1985))
                drafts.append((day, (gender == .female ? "Bà " : "Ông ") + person, random.pick([1, 1, 2, 3, 5]),
                               random.percent(50) ? local.id : nil))
            case 2:
                let school = random.pick(schools)
                drafts.append((day, "Ban đại diện cha mẹ học sinh \(school.body ?? school.name)",
                               random.pick([2, 3, 5]), school.id))
            case 3:
                let clan = random.pick(plan.clans)
                let branch = neighborhoods[min(clan.neighborhood, neighborhoods.count) - 1]
                drafts.append((day, "Quỹ khuyến học d" + clan.name.dropFirst(), random.pick([1, 2, 3]), branch.id))
            case 4:
                drafts.append((day, "Cán bộ, công chức, người lao động phường", random.pick([2, 3]), nil))
            default:
                drafts.append((day, "Hội viên chi hội khu phố \(local.neighborhood ?? 1)", random.pick([1, 2, 3]),
                               local.id))
            }
        }
        let weightSum = drafts.reduce(0) { $0 + $1.weight }
        var amounts = drafts.map { draft -> Int in
            let amount = goal / weightSum * draft.weight * random.int(in: 75...125) / 100
            let step = amount >= 2_000_000 ? 500_000 : 100_000
            return max(100_000, (amount + step / 2) / step * step)
        }
        if let largest = amounts.indices.max(by: { amounts[$0] < amounts[$1] }) {
            amounts[largest] += max(0, goal - amounts.reduce(0, +))
        }
        var made: [Donation] = []
        for (k, draft) in drafts.enumerated() {
            made.append(Donation(day: draft.day, donor: draft.donor, amount: amounts[k],
                                 purpose: random.pick(WardCatalog.purposes), branch: draft.branch))
        }
        donations = made.enumerated()
            .sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }.map(\.element)
    }

    /// funds.rec: the plans' donations one school year after the other, numbered on.
    static func write(_ plans: [FundPlan], to out: inout RecEmitter, set: SetSchema) throws {
        try out.begin(set)
        let all = plans.flatMap(\.donations)
        for (k, d) in all.enumerated() {
            try out.record([
                ("Id", GeneratedIds.id("UH", k + 1, count: all.count, minimumWidth: 3)), ("Date", d.day.iso),
                ("Donor", d.donor), ("Amount", String(d.amount)), ("Purpose", d.purpose), ("Branch", d.branch),
            ])
        }
    }
}
