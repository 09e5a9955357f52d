/// The kinds of award a ward hands out and the seasons of the school year when it does.

import Store

/// One kind of award: the recipient kind, the category, and the amounts usually given (nil: a
/// certificate only), with weights.
struct AwardType: Sendable {
    let kind: String
    let category: String
    let amounts: [(Int?, Int)]

    var isStudent: Bool { kind == "student" }
}

/// A time of the year when branches give awards: every branch gives them on one day of the window.
struct AwardSeason: Sendable {
    let first: String
    let last: String
    /// The season's share of the year's awards.
    let weight: Int
    /// Indices into `AwardCatalog.types`, with weights.
    let types: [(Int, Int)]
}

enum AwardCatalog {
    static let excellent = 0, outstanding = 1, hardship = 2, scholarship = 3, family = 4, citizen = 5, unit = 6

    static let types: [AwardType] = [
        AwardType(kind: "student", category: "Học sinh giỏi",
                  amounts: [(100_000, 3), (150_000, 2), (200_000, 4), (300_000, 2)]),
        AwardType(kind: "student", category: "Học sinh xuất sắc", amounts: [(300_000, 3), (500_000, 2)]),
        AwardType(kind: "student", category: "Học sinh vượt khó",
                  amounts: [(200_000, 3), (300_000, 4), (500_000, 3)]),
        AwardType(kind: "student", category: "Học bổng", amounts: [(500_000, 5), (700_000, 2), (1_000_000, 3)]),
        AwardType(kind: "family", category: "Gia đình hiếu học", amounts: [(nil, 3), (300_000, 3), (500_000, 4)]),
        AwardType(kind: "citizen", category: "Công dân học tập", amounts: [(nil, 5), (200_000, 5)]),
        AwardType(kind: "unit", category: "Đơn vị học tập", amounts: [(nil, 5), (1_000_000, 5)]),
    ]

    /// The studious clans' award, handed out at the ceremony.
    static let clan = AwardType(kind: "clan", category: "Dòng họ hiếu học", amounts: [(1_000_000, 1)])

    /// The ceremony's season: the clans' awards are given there.
    static let ceremonySeason = 1

    static let seasons: [AwardSeason] = [
        // The new school year: scholarships.
        AwardSeason(first: "2022-09-05", last: "2022-09-16", weight: 8,
                    types: [(scholarship, 6), (hardship, 4)]),
        // The ceremony of 06/10/2022.
        AwardSeason(first: "2022-10-06", last: "2022-10-06", weight: 10,
                    types: [(scholarship, 40), (hardship, 30), (family, 18), (citizen, 9), (unit, 3)]),
        // Before Tết.
        AwardSeason(first: "2023-01-05", last: "2023-01-13", weight: 14,
                    types: [(hardship, 8), (scholarship, 2)]),
        // The results of the pupils' competitions.
        AwardSeason(first: "2023-03-20", last: "2023-04-07", weight: 6, types: [(excellent, 10)]),
        // The end of the school year.
        AwardSeason(first: "2023-05-15", last: "2023-05-31", weight: 50,
                    types: [(excellent, 70), (outstanding, 15), (hardship, 5), (family, 7), (citizen, 3)]),
        // Children's Day, 1 June.
        AwardSeason(first: "2023-05-29", last: "2023-06-02", weight: 8, types: [(hardship, 7), (scholarship, 3)]),
        // The start of the summer.
        AwardSeason(first: "2023-06-10", last: "2023-06-20", weight: 4, types: [(hardship, 5), (excellent, 5)]),
    ]

    /// Whether a branch of this kind gives awards of this type; preschool branches give no merit awards.
    static func allows(_ type: Int, branch: GeneratedBranch) -> Bool {
        switch branch.kind {
        case "school":
            guard types[type].isStudent else { return false }
            return !(branch.body ?? "").contains("Mầm non") || type == hardship || type == scholarship
        case "agency": return types[type].isStudent || type == citizen
        default: return true
        }
    }

    /// The birth years of a branch's pupils.
    static func pupilYears(_ branch: GeneratedBranch) -> ClosedRange<Int> {
        let body = branch.body ?? ""
        if body.contains("Mầm non") { return 2017...2019 }
        if body.contains("Tiểu học") { return 2011...2016 }
        if body.contains("THCS") { return 2007...2011 }
        return 2005...2016
    }

    /// How much of the year's awards a branch of this kind hands out, relative to the others.
    static func branchWeight(_ branch: GeneratedBranch) -> Int {
        switch branch.kind {
        case "school": return (branch.body ?? "").contains("Mầm non") ? 8 : 30
        case "agency": return 3
        default: return 10
        }
    }
}
