/// Decoders for the Study Promotion Association's records: branches, clans, awards and the fund's donations.

struct BranchDecoder {
    var r: RecordDecoder
    private let id, name, kind, members: Int

    init(file: String) {
        r = RecordDecoder(StoreSchema.branch, file: file)
        (id, name, kind, members) = (r["Id"], r["Name"], r["Kind"], r["Members"])
    }

    mutating func decode(_ record: RecRecord) -> Branch? {
        r.begin(record)
        let i = r.text(id), n = r.text(name), k = r.choice(kind, BranchKind.self), m = r.int(members)
        guard r.isValid, let i, let n, let k else { return nil }
        return Branch(id: i, name: n, kind: k, members: m, source: r.source)
    }
}

struct ClanDecoder {
    /// The values of `Studious`.
    enum Studious: String { case yes, no }

    var r: RecordDecoder
    private let id, name, neighborhood, studious: Int

    init(file: String) {
        r = RecordDecoder(StoreSchema.clan, file: file)
        (id, name, neighborhood, studious) = (r["Id"], r["Name"], r["Neighborhood"], r["Studious"])
    }

    mutating func decode(_ record: RecRecord) -> Clan? {
        r.begin(record)
        let i = r.text(id), n = r.text(name), h = r.text(neighborhood), s = r.choice(studious, Studious.self)
        guard r.isValid, let i, let n, let s else { return nil }
        return Clan(id: i, name: n, neighborhood: h, isStudious: s == .yes, source: r.source)
    }
}

struct AwardDecoder {
    var r: RecordDecoder
    private let id, date, recipient, kind, category, branch, amount, sponsor: Int
    private var interned = Interner()

    init(file: String) {
        r = RecordDecoder(StoreSchema.award, file: file)
        (id, date, recipient, kind) = (r["Id"], r["Date"], r["Recipient"], r["Kind"])
        (category, branch, amount, sponsor) = (r["Category"], r["Branch"], r["Amount"], r["Sponsor"])
    }

    mutating func decode(_ record: RecRecord, branches: [String: Int]?) -> Award? {
        r.begin(record)
        let i = r.text(id), d = r.date(date), who = r.text(recipient), k = r.choice(kind, RecipientKind.self)
        let c = interned(r.text(category)), b = r.reference(branch, in: branches), a = r.int(amount)
        let s = interned(r.text(sponsor))
        guard r.isValid, let i, let d, let who, let k, let c, let b else { return nil }
        return Award(id: i, date: d, recipient: who, kind: k, category: c, branch: b, amount: a, sponsor: s,
                     source: r.source)
    }
}

struct DonationDecoder {
    var r: RecordDecoder
    private let id, date, donor, amount, purpose, branch: Int
    private var interned = Interner()

    init(file: String) {
        r = RecordDecoder(StoreSchema.donation, file: file)
        (id, date, donor, amount, purpose, branch) = (r["Id"], r["Date"], r["Donor"], r["Amount"], r["Purpose"], r["Branch"])
    }

    mutating func decode(_ record: RecRecord, branches: [String: Int]?) -> Donation? {
        r.begin(record)
        let i = r.text(id), d = r.date(date), who = r.text(donor), a = r.int(amount)
        let p = interned(r.text(purpose)), b = r.reference(branch, in: branches)
        guard r.isValid, let i, let d, let who, let a else { return nil }
        return Donation(id: i, date: d, donor: who, amount: a, purpose: p, branch: b, source: r.source)
    }
}
