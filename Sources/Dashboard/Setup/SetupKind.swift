/// The kinds of record that set a school year up, as the set-up form offers them.

import Store

/// What the set-up form adds or edits: one of the store's sets, named for the clerk; or, for `newYear`, the
/// next school year's store folder.
public enum SetupKind: String, CaseIterable, Hashable, Sendable {
    case campaign, target, agendaItem, indicator, branch, clan, course, learner, newYear

    /// The store's set.
    var setName: String {
        switch self {
        case .campaign: "Campaign"
        case .target: "Target"
        case .agendaItem: "Agenda"
        case .indicator: "Indicator"
        case .branch: "Branch"
        case .clan: "Clan"
        case .course: "Class"
        case .learner: "Learner"
        case .newYear: ""
        }
    }

    var set: SetSchema? { StoreSchema.set(named: setName) }

    var name: Words {
        switch self {
        case .campaign: Words("Chiến dịch năm học", "Campaign of the year")
        case .target: Words("Chỉ tiêu", "Target")
        case .agendaItem: Words("Phần chương trình buổi lễ", "Ceremony agenda item")
        case .indicator: Words("Chỉ số giáo dục", "Education indicator")
        case .branch: Words("Chi hội khuyến học", "Branch")
        case .clan: Words("Dòng họ", "Clan")
        case .course: Words("Lớp học", "Class")
        case .learner: Words("Học viên", "Learner")
        case .newYear: Words("Năm học mới", "New school year")
        }
    }

    /// The kinds the form offers on a store with or without its campaign (a store holds one). A
    /// learner is added by enrolling them, and only edited in this form.
    static func offered(hasCampaign: Bool) -> [SetupKind] {
        allCases.filter { $0 != .newYear && $0 != .learner && (!hasCampaign || $0 != .campaign) }
    }
}
