/// What the report and the screens call each kind of award recipient and of learning title, in Vietnamese and English.

import Store
import VietText

/// The names of the kinds in both languages, written once for the text report and the dashboard.
package enum KindNames {
    package static func recipient(_ kind: RecipientKind, _ language: Language) -> String {
        recipients[kind].map { language.pick($0.vi, $0.en) } ?? kind.rawValue
    }

    package static func title(_ kind: TitleKind, _ language: Language) -> String {
        titles[kind].map { language.pick($0.vi, $0.en) } ?? kind.rawValue
    }

    private static let recipients: [RecipientKind: (vi: String, en: String)] = [
        .student: ("Học sinh", "Students"), .family: ("Gia đình", "Families"), .clan: ("Dòng họ", "Clans"),
        .citizen: ("Công dân", "Citizens"), .unit: ("Tập thể", "Units"),
    ]

    private static let titles: [TitleKind: (vi: String, en: String)] = [
        .family: ("Gia đình học tập", "Learning families"), .community: ("Cộng đồng học tập", "Learning communities"),
        .unit: ("Đơn vị học tập", "Learning units"),
    ]
}
