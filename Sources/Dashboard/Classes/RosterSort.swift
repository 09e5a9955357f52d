/// The orders a roster is shown in, cycled by `s`.

import VietText

public enum RosterSort: Int, CaseIterable, Hashable, Sendable {
    case name, neighborhood, attendance

    public var next: RosterSort { RosterSort(rawValue: (rawValue + 1) % Self.allCases.count) ?? .name }

    func label(_ language: Language) -> String {
        switch self {
        case .name: language.pick("tên", "name")
        case .neighborhood: language.pick("khu phố", "neighbourhood")
        case .attendance: language.pick("chuyên cần", "attendance")
        }
    }
}
