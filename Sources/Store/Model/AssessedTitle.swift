/// The five learning titles a ward assesses each calendar year, and who can hold each.

/// A learning title a criteria set leads to: learning citizen, family, clan, community or unit.
/// Unlike `TitleKind` (the kinds `Title` count records hold), citizens and clans are here too.
public enum AssessedTitle: String, CaseIterable, Hashable, Sendable {
    /// Công dân học tập: a learner.
    case citizen
    /// Gia đình học tập: a `Family`.
    case family
    /// Dòng họ học tập: a `Clan`.
    case clan
    /// Cộng đồng học tập: a residential group (`Community`, tổ dân phố).
    case community
    /// Đơn vị học tập: a `Unit` (school, agency, enterprise) or a party cell (`PartyCell`).
    case unit

    /// The record sets whose records can be assessed for the title, in the order they are looked up.
    public var subjectSets: [String] {
        switch self {
        case .citizen: ["Learner"]
        case .family: ["Family"]
        case .clan: ["Clan"]
        case .community: ["Community"]
        case .unit: ["Unit", "PartyCell"]
        }
    }

    /// The kind of `Title` count record that counts the same title, if there is one.
    public var countKind: TitleKind? {
        switch self {
        case .family: .family
        case .community: .community
        case .unit: .unit
        case .citizen, .clan: nil
        }
    }

    /// The title in Vietnamese, as a ward writes it: "Gia đình học tập".
    public var vietnamese: String {
        switch self {
        case .citizen: "Công dân học tập"
        case .family: "Gia đình học tập"
        case .clan: "Dòng họ học tập"
        case .community: "Cộng đồng học tập"
        case .unit: "Đơn vị học tập"
        }
    }

    /// The title in English.
    public var english: String {
        switch self {
        case .citizen: "Learning citizens"
        case .family: "Learning families"
        case .clan: "Learning clans"
        case .community: "Learning communities"
        case .unit: "Learning units"
        }
    }
}
