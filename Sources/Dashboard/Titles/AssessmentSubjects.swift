/// Who can be assessed for a title, found by id or by name (accents aside), as the form's suggestions read them.

import Reports
import Store
import VietText

struct AssessmentSubjects {
    /// A subject as the form lists it.
    struct Found {
        var id: String
        /// "Nguyễn Văn An · HV0001 · Khu phố 1"
        var text: String
    }

    let title: AssessedTitle
    private let data: DashboardData
    /// Subjects other than learners: id, name and what else tells them apart.
    private let others: [(id: String, name: String, detail: String?)]

    init(_ data: DashboardData, title: AssessedTitle) {
        self.data = data
        self.title = title
        let s = data.snapshot
        let learnerNames = title == .family ? Dictionary(s.learners.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }) : [:]
        switch title {
        case .citizen: others = []
        case .family: others = s.families.map { ($0.id, "Hộ " + ($0.headIsLearner ? learnerNames[$0.head] ?? $0.head : $0.head), $0.branch) }
        case .clan: others = s.clans.map { ($0.id, $0.name, $0.neighborhood) }
        case .community: others = s.communities.map { ($0.id, $0.name, $0.branch) }
        case .unit: others = s.units.map { ($0.id, $0.name, $0.branch) } + s.partyCells.map { ($0.id, $0.name, $0.branch) }
        }
    }

    /// "học viên", "hộ gia đình" …: what the title's subjects are called.
    func kindName(_ language: Language) -> String {
        switch title {
        case .citizen: language.pick("học viên", "learner")
        case .family: language.pick("hộ gia đình", "household")
        case .clan: language.pick("dòng họ", "clan")
        case .community: language.pick("tổ dân phố", "residential group")
        case .unit: language.pick("đơn vị hay chi bộ", "unit or party cell")
        }
    }

    /// The subject with this exact id (case aside): its id as stored and its name; nil if none.
    func find(_ id: String) -> (id: String, name: String)? {
        guard !id.isEmpty else { return nil }
        let wanted = id.uppercased()
        if title == .citizen {
            guard let i = data.classes.learner(id: id) ?? data.classes.learner(id: wanted) else { return nil }
            let l = data.classes.learners[Int(i)]
            return (l.id, ([l.name] + [l.neighborhood].compactMap { $0 }).joined(separator: " \u{00B7} "))
        }
        return others.first { $0.id.uppercased() == wanted }.map { ($0.id, $0.name) }
    }

    /// Up to `limit` subjects whose name (or id) matches what was typed, accents and case aside.
    func matching(_ typed: String, limit: Int) -> [Found] {
        let query = SearchQuery(typed)
        guard !query.isEmpty else { return [] }
        if title == .citizen {
            return data.classes.learners(matching: query, limit: limit).map { i in
                let l = data.classes.learners[Int(i)]
                return Found(id: l.id, text: ([l.name, l.id] + [l.neighborhood, l.birthYear.map(String.init)].compactMap { $0 }).joined(separator: " \u{00B7} "))
            }
        }
        return others.lazy.filter { query.matches(VietText.searchKey($0.name + " " + $0.id)) }.prefix(limit).map { o in
            Found(id: o.id, text: ([o.name, o.id] + [o.detail].compactMap { $0 }).joined(separator: " \u{00B7} "))
        }
    }
}
