/// Fictional learners, each made from its own random stream so any one can be made on demand.

import Store

/// What enrollments need to know of a learner, without building the whole record.
struct LearnerProfile: Sendable {
    let gender: GeneratedGender
    let birthYear: Int
    let organization: WardCatalog.Organization?
    let neighborhood: Int
    /// The chance, in percent, that the learner comes to a given session.
    let diligence: Int

    /// Whether the learner is one a class for `audience` would enroll.
    func fits(_ audience: Audience) -> Bool {
        switch audience {
        case .members: return organization != nil
        case .elderly: return birthYear <= 1962
        case .women: return gender == .female && birthYear <= 2006
        case .youth: return (1987...2006).contains(birthYear)
        case .teens: return birthYear >= 2005
        case .farmers: return organization == .farmers || (organization == .women && birthYear <= 1985)
        case .veterans: return gender == .male && birthYear <= 1990
        case .anyone: return birthYear <= 2006
        }
    }
}

/// Learner `i` (0-based) of a store of `count` learners living in `neighborhoods` neighbourhoods.
struct LearnerFactory: Sendable {
    let seed: UInt64
    let count: Int
    let neighborhoods: Int
    private let names = NameMaker()

    private static let phonePrefixes = [
        "090", "091", "093", "094", "096", "097", "098", "086", "088", "032", "033", "034", "035",
        "036", "037", "038", "039", "070", "076", "077", "078", "079", "081", "083", "084", "085",
    ]

    init(seed: UInt64, count: Int, neighborhoods: Int) {
        self.seed = seed
        self.count = count
        self.neighborhoods = max(1, neighborhoods)
    }

    /// `HV0001` for learner 0.
    func id(_ i: Int) -> String { GeneratedIds.id("HV", i + 1, count: count, minimumWidth: 4) }

    func profile(_ i: Int) -> LearnerProfile {
        var random = stream(i)
        return Self.profile(&random, neighborhoods: neighborhoods)
    }

    /// The learner's record: the profile's stream continues into the name, birth date and phone.
    func record(_ i: Int) -> [(String, String?)] {
        var random = stream(i)
        let p = Self.profile(&random, neighborhoods: neighborhoods)
        let name = names.name(&random, gender: p.gender, birthYear: p.birthYear)
        let showsYear = random.percent(92)
        var birthDate: String?
        if showsYear, random.percent(25) {
            let day = DayNumber(iso: "\(p.birthYear)-01-01").adding(random.below(365))
            birthDate = day.date.year == p.birthYear ? day.iso : nil
        }
        var phone: String?
        if p.birthYear <= 2006, random.percent(55) {
            phone = random.pick(Self.phonePrefixes) + String(1_000_000 + random.below(9_000_000))
        }
        return [
            ("Id", id(i)), ("Name", name), ("Gender", p.gender.rawValue),
            ("BirthYear", showsYear ? String(p.birthYear) : nil), ("BirthDate", birthDate),
            ("Neighborhood", WardCatalog.neighborhood(p.neighborhood)),
            ("Organization", p.organization?.rawValue), ("Phone", phone),
        ]
    }

    /// learners.rec.
    func write(_ out: inout RecEmitter, set: SetSchema) throws {
        try out.begin(set)
        for i in 0..<count { try out.record(record(i)) }
    }

    private func stream(_ i: Int) -> GeneratorRandom {
        GeneratorRandom(seed: seed, part: 3, index: UInt64(i))
    }

    private static func profile(_ random: inout GeneratorRandom, neighborhoods: Int) -> LearnerProfile {
        typealias O = WardCatalog.Organization
        let gender: GeneratedGender = random.percent(58) ? .female : .male
        let female = gender == .female
        let group = random.weighted([22, 38, 28, 12])
        let year: Int
        var organization: O?
        switch group {
        case 0:
            year = random.int(in: 1942...1962)
            organization = random.pick(weighted: [(.elderly, 55), (female ? .women : .veterans, 25), (nil, 20)])
        case 1:
            year = random.int(in: 1963...1985)
            organization = female
                ? random.pick(weighted: [(.women, 60), (.farmers, 8), (.union, 10), (nil, 22)])
                : random.pick(weighted: [(year <= 1975 ? .veterans : .union, 12), (.farmers, 20), (.union, 20), (nil, 48)])
        case 2:
            year = random.int(in: 1986...2004)
            organization = year >= 1992
                ? random.pick(weighted: [(.youth, 55), (female ? .women : .union, 15), (nil, 30)])
                : random.pick(weighted: [(female ? .women : .farmers, 40), (.union, 25), (nil, 35)])
        default:
            year = random.int(in: 2005...2012)
            organization = year <= 2006 && random.percent(40) ? .youth : nil
        }
        return LearnerProfile(gender: gender, birthYear: year, organization: organization,
                              neighborhood: 1 + random.below(neighborhoods), diligence: random.int(in: 60...97))
    }
}
