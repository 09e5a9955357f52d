/// Decoders for subjects.rec: residential groups, units, party cells with their members, families.

import Recfile

/// The keys of the other files' sets that subjects.rec names.
struct SubjectReferences {
    var branches: KeyTable?
    var learners: KeyTable?
}

struct CommunityDecoder {
    var r: RawRecordDecoder
    private let id, name, branch: Int

    init(file: String) {
        r = RawRecordDecoder(StoreSchema.community, file: file)
        (id, name, branch) = (r["Id"], r["Name"], r["Branch"])
    }

    mutating func decode(_ record: RawRecord, _ refs: SubjectReferences) -> ResidentialGroup? {
        r.begin(record)
        let i = r.text(id), n = r.text(name), b = r.reference(branch, in: refs.branches)
        guard r.isValid, let i, let n, let b else { return nil }
        return ResidentialGroup(id: i, name: n, branch: b, source: r.source)
    }
}

struct UnitDecoder {
    var r: RawRecordDecoder
    private let id, name, kind, branch: Int
    private let kinds = ChoiceTable<UnitKind>()

    init(file: String) {
        r = RawRecordDecoder(StoreSchema.unit, file: file)
        (id, name, kind, branch) = (r["Id"], r["Name"], r["Kind"], r["Branch"])
    }

    mutating func decode(_ record: RawRecord, _ refs: SubjectReferences) -> LearningUnit? {
        r.begin(record)
        let i = r.text(id), n = r.text(name), k = r.choice(kind, kinds), b = r.reference(branch, in: refs.branches)
        guard r.isValid, let i, let n, let k else { return nil }
        return LearningUnit(id: i, name: n, kind: k, branch: b, source: r.source)
    }
}

struct PartyCellDecoder {
    var r: RawRecordDecoder
    private let id, name, branch, member: Int
    /// The cell each learner is a member of, as read so far, with the line.
    private var cellOf: [String: (cell: String, line: Int)] = [:]

    init(file: String) {
        r = RawRecordDecoder(StoreSchema.partyCell, file: file)
        (id, name, branch, member) = (r["Id"], r["Name"], r["Branch"], r["Member"])
    }

    mutating func decode(_ record: RawRecord, _ refs: SubjectReferences) -> PartyCell? {
        r.begin(record)
        let i = r.text(id), n = r.text(name), b = r.reference(branch, in: refs.branches)
        let members = SubjectMembers.read(&r, member, learners: refs.learners)
        if let i, r.isValid {
            for m in members {
                if let earlier = cellOf[m], earlier.cell != i {
                    r.fail(member, .inconsistent, r.line(member), .value,
                           "learner \(m) is already a party member of cell \(earlier.cell) (line \(earlier.line)); "
                           + "a learner is a member of one cell")
                }
            }
        }
        guard r.isValid, let i, let n else { return nil }
        for m in members where cellOf[m] == nil { cellOf[m] = (i, r.source.line) }
        return PartyCell(id: i, name: n, branch: b, members: members, source: r.source)
    }
}

struct FamilyDecoder {
    var r: RawRecordDecoder
    private let id, branch, head, member, party, community: Int
    private let answers = ChoiceTable<YesNo>()

    init(file: String) {
        r = RawRecordDecoder(StoreSchema.family, file: file)
        (id, branch, head) = (r["Id"], r["Branch"], r["Head"])
        (member, party, community) = (r["Member"], r["Party"], r["Community"])
    }

    /// `communities`: the residential groups' keys (written before the families).
    mutating func decode(_ record: RawRecord, _ refs: SubjectReferences, communities: KeyTable?) -> Family? {
        r.begin(record)
        let i = r.text(id), b = r.reference(branch, in: refs.branches), h = r.text(head)
        let members = SubjectMembers.read(&r, member, learners: refs.learners)
        let p = r.choice(party, answers), c = r.reference(community, in: communities)
        guard r.isValid, let i, let b, let h else { return nil }
        let isLearner = refs.learners?.contains(h) ?? false
        return Family(id: i, branch: b, head: h, headIsLearner: isLearner, members: members, isPartyFamily: p == .yes,
                      community: c, source: r.source)
    }
}

/// The learners a repeatable `Member` field names, each checked against the learners' keys.
enum SubjectMembers {
    static func read(_ r: inout RawRecordDecoder, _ field: Int, learners: KeyTable?) -> [String] {
        let names = r.texts(field)
        guard let learners else { return names }
        var seen = Set<String>()
        for name in names {
            if !learners.contains(name) { r.dangling(field, name, r.line(field)) }
            if !seen.insert(name).inserted {
                r.fail(field, .inconsistent, r.line(field), .value, "learner \(name) is listed twice as a member")
            }
        }
        return names
    }
}
