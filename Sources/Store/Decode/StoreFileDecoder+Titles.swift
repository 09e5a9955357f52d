/// The decoders of criteria.rec, subjects.rec and assessments.rec: the yearly assessment of learning titles.

import Recfile

final class CriteriaFileDecoder: StoreFileDecoder {
    private var set: CriteriaSetDecoder, item: CriterionDecoder

    override init(name: String) {
        (set, item) = (CriteriaSetDecoder(file: name), CriterionDecoder(file: name))
        super.init(name: name)
    }

    override func forEachDecoder(_ visit: (inout RawRecordDecoder) -> Void) {
        visit(&set.r)
        visit(&item.r)
    }

    /// An item goes to its set, written before it in the file.
    override func take(_ record: RawRecord, set name: String, into s: inout StoreSnapshot) {
        switch name {
        case "CriteriaSet": if let c = set.decode(record) { s.criteriaSets.append(c) }
        case "Criterion":
            if let c = item.decode(record, sets: set.r.keys), let k = s.criteriaSets.lastIndex(where: { $0.id == c.set }) {
                s.criteriaSets[k].items.append(c)
            }
        default: break
        }
    }

    override func keys(of name: String) -> KeyTable? { name == "CriteriaSet" ? set.r.keys : nil }
    override var arrays: [SnapshotArray] { [SnapshotArray(\.criteriaSets)] }
}

final class SubjectsFileDecoder: StoreFileDecoder {
    private var community: CommunityDecoder, unit: UnitDecoder, cell: PartyCellDecoder, family: FamilyDecoder
    private var refs = SubjectReferences()

    override init(name: String) {
        (community, unit) = (CommunityDecoder(file: name), UnitDecoder(file: name))
        (cell, family) = (PartyCellDecoder(file: name), FamilyDecoder(file: name))
        super.init(name: name)
    }

    override func forEachDecoder(_ visit: (inout RawRecordDecoder) -> Void) {
        visit(&community.r)
        visit(&unit.r)
        visit(&cell.r)
        visit(&family.r)
    }

    override func prepare(_ keys: (String) -> KeyTable?) {
        refs = SubjectReferences(branches: keys("Branch"), learners: keys("Learner"))
    }

    override func take(_ record: RawRecord, set: String, into s: inout StoreSnapshot) {
        switch set {
        case "Community": if let c = community.decode(record, refs) { s.communities.append(c) }
        case "Unit": if let u = unit.decode(record, refs) { s.units.append(u) }
        case "PartyCell": if let c = cell.decode(record, refs) { s.partyCells.append(c) }
        case "Family": if let f = family.decode(record, refs, communities: community.r.keys) { s.families.append(f) }
        default: break
        }
    }

    override func keys(of set: String) -> KeyTable? {
        switch set {
        case "Community": community.r.keys
        case "Unit": unit.r.keys
        case "PartyCell": cell.r.keys
        case "Family": family.r.keys
        default: nil
        }
    }

    override func dangling(to set: String) -> [String] {
        community.r.dangling + unit.r.dangling + cell.r.dangling + family.r.dangling
    }

    override var arrays: [SnapshotArray] {
        [SnapshotArray(\.communities), SnapshotArray(\.units), SnapshotArray(\.partyCells), SnapshotArray(\.families)]
    }
}

final class AssessmentsFileDecoder: StoreFileDecoder {
    private var registration: RegistrationDecoder, assessment: AssessmentDecoder
    private var refs = AssessmentReferences()
    /// The criteria sets by id, made from the snapshot's (read before this file).
    private var sets: [String: CriteriaSet] = [:]
    private var setsRead = -1

    override init(name: String) {
        (registration, assessment) = (RegistrationDecoder(file: name), AssessmentDecoder(file: name))
        super.init(name: name)
    }

    override func forEachDecoder(_ visit: (inout RawRecordDecoder) -> Void) {
        visit(&registration.r)
        visit(&assessment.r)
    }

    override func prepare(_ keys: (String) -> KeyTable?) {
        var subjects: [String: KeyTable] = [:]
        for name in ["Learner", "Family", "Clan", "Community", "Unit", "PartyCell"] { subjects[name] = keys(name) }
        refs = AssessmentReferences(subjects: subjects, criteriaKeys: keys("CriteriaSet"))
    }

    override func take(_ record: RawRecord, set: String, into s: inout StoreSnapshot) {
        if setsRead != s.criteriaSets.count {
            sets = Dictionary(s.criteriaSets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            setsRead = s.criteriaSets.count
        }
        switch set {
        case "Registration": if let g = registration.decode(record, refs) { s.registrations.append(g) }
        case "Assessment": if let a = assessment.decode(record, refs, sets: sets) { s.assessments.append(a) }
        default: break
        }
    }

    override func dangling(to set: String) -> [String] { assessment.r.dangling }
    override var arrays: [SnapshotArray] { [SnapshotArray(\.registrations), SnapshotArray(\.assessments)] }
}
