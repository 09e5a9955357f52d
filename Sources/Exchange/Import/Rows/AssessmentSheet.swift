/// What an assessment sheet is read against: its criteria set, and the subjects of the set's title that a row may name by id or by name.

import Store
import VietText

/// The set a sheet scores by (`--set`) and the store's subjects of its title: learners for
/// learning citizens, families (by the head's name), clans, residential groups, units and party
/// cells. A row names its subject by id, or by a name that only one subject has (with a birth
/// year for a learner, when the sheet has one).
struct AssessmentSheet: Sendable {
    struct Subject: Sendable {
        var id: String
        var name: String
        var birthYear: Int?
    }

    let set: CriteriaSet
    let subjects: [Subject]
    private let byId: [String: Int]
    private let byName: [String: [Int]]

    init(set: CriteriaSet, snapshot: StoreSnapshot) {
        self.set = set
        var subjects: [Subject]
        switch set.title {
        case .citizen: subjects = snapshot.learners.map { Subject(id: $0.id, name: $0.name, birthYear: $0.birthYear ?? $0.birthDate?.year) }
        case .family: subjects = snapshot.families.map { Subject(id: $0.id, name: $0.head) }
        case .clan: subjects = snapshot.clans.map { Subject(id: $0.id, name: $0.name) }
        case .community: subjects = snapshot.communities.map { Subject(id: $0.id, name: $0.name) }
        case .unit: subjects = snapshot.units.map { Subject(id: $0.id, name: $0.name) } + snapshot.partyCells.map { Subject(id: $0.id, name: $0.name) }
        }
        self.subjects = subjects
        var byId: [String: Int] = [:], byName: [String: [Int]] = [:]
        for (i, s) in subjects.enumerated() {
            byId[s.id.lowercased()] = i
            byName[VietText.searchKey(s.name), default: []].append(i)
        }
        self.byId = byId
        self.byName = byName
    }

    /// What the title's subjects are called, for the reasons given back.
    var subjectWords: String {
        switch set.title {
        case .citizen: "học viên"
        case .family: "hộ gia đình"
        case .clan: "dòng họ"
        case .community: "tổ dân phố"
        case .unit: "đơn vị"
        }
    }

    /// The subject a row names: by `id` when it has one, else by `name` (and `birthYear`); or why not.
    func resolve(id: String?, name: String?, birthYear: Int?) -> Result<Subject, ResolveFailure> {
        if let id {
            guard let i = byId[id.lowercased()] else { return .failure(.noId(id)) }
            return .success(subjects[i])
        }
        guard let name else { return .failure(.nothing) }
        var found = byName[VietText.searchKey(name)] ?? []
        if let birthYear, found.count > 1 || set.title == .citizen {
            let born = found.filter { subjects[$0].birthYear == birthYear }
            if !born.isEmpty || set.title == .citizen { found = born }
        }
        switch found.count {
        case 1: return .success(subjects[found[0]])
        case 0: return .failure(.noName(name, withYear: birthYear != nil && set.title == .citizen))
        default: return .failure(.several(name, found.map { subjects[$0].id }))
        }
    }

    enum ResolveFailure: Error {
        case nothing, noId(String), noName(String, withYear: Bool), several(String, [String])
    }

    /// A failure in the clerk's words.
    func words(_ failure: ResolveFailure) -> String {
        switch failure {
        case .nothing: "để trống: mỗi dòng cần họ và tên hoặc mã \(subjectWords)"
        case .noId(let id): "không có \(subjectWords) mã \"\(id)\" trong kho"
        case .noName(let name, let withYear): "không có \(subjectWords) tên \"\(name)\"\(withYear ? " với năm sinh này" : "") trong kho"
        case .several(let name, let ids):
            "có \(ids.count) \(subjectWords) tên \"\(name)\" (\(ids.prefix(4).joined(separator: ", "))\(ids.count > 4 ? ", …" : "")): "
                + "thêm cột mã\(set.title == .citizen ? " hoặc năm sinh" : "")"
        }
    }
}
