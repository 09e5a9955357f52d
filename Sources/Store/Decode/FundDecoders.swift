/// Decoders for the Study Promotion Association's records: branches, clans, awards and the fund's donations.

import Recfile

struct BranchDecoder {
    var r: RawRecordDecoder
    private let id, name, kind, members: Int
    private let kinds = ChoiceTable<BranchKind>()

    init(file: String) {
        r = RawRecordDecoder(StoreSchema.branch, file: file)
        (id, name, kind, members) = (r["Id"], r["Name"], r["Kind"], r["Members"])
    }

    mutating func decode(_ record: RawRecord) -> Branch? {
        r.begin(record)
        let i = r.text(id), n = r.text(name), k = r.choice(kind, kinds), m = r.int(members)
        guard r.isValid, let i, let n, let k else { return nil }
        return Branch(id: i, name: n, kind: k, members: m, source: r.source)
    }
}

struct ClanDecoder {
    /// The values of `Studious`.
    enum Studious: String, CaseIterable { case yes, no }

    var r: RawRecordDecoder
    private let id, name, neighborhood, studious: Int
    private let answers = ChoiceTable<Studious>()

    init(file: String) {
        r = RawRecordDecoder(StoreSchema.clan, file: file)
        (id, name, neighborhood, studious) = (r["Id"], r["Name"], r["Neighborhood"], r["Studious"])
    }

    mutating func decode(_ record: RawRecord) -> Clan? {
        r.begin(record)
        let i = r.text(id), n = r.text(name), h = r.text(neighborhood), s = r.choice(studious, answers)
        guard r.isValid, let i, let n, let s else { return nil }
        return Clan(id: i, name: n, neighborhood: h, isStudious: s == .yes, source: r.source)
    }
}

struct AwardDecoder {
    var r: RawRecordDecoder
    // Not private: the reader of plain records (`AwardDecoder+Plain.swift`) shares them.
    let id, date, recipient, kind, category, branch, amount, sponsor, schoolYear: Int
    let className, school, voucher: Int
    let kinds = ChoiceTable<RecipientKind>()
    var recipients = Interner(), categories = Interner(), sponsors = Interner()
    var classNames = Interner(), schools = Interner(), vouchers = Interner()
    /// One box for the awards that name the same sponsor, class, school and voucher.
    var extras = AwardExtraTable()
    /// The same boxes found by the four values' bytes, for the reader of plain records.
    var extraBytes = AwardExtraBytes()
    /// Where the reader of plain records finds each field's value in the record being read.
    let plainFields = PlainFields(names: StoreSchema.award.fields.map(\.name))

    init(file: String) {
        r = RawRecordDecoder(StoreSchema.award, file: file)
        (id, date, recipient, kind) = (r["Id"], r["Date"], r["Recipient"], r["Kind"])
        (category, branch, amount, sponsor) = (r["Category"], r["Branch"], r["Amount"], r["Sponsor"])
        schoolYear = r["SchoolYear"]
        (className, school, voucher) = (r["Class"], r["School"], r["Voucher"])
    }

    mutating func decode(_ record: RawRecord, branches: KeyTable?) -> Award? {
        r.begin(record)
        let i = r.text(id), d = r.date(date), who = r.text(recipient, &recipients), k = r.choice(kind, kinds)
        let c = r.text(category, &categories), b = r.reference(branch, in: branches), a = r.int(amount)
        let s = r.interned(sponsor, &sponsors), y = r.schoolYear(schoolYear)
        let cl = r.interned(className, &classNames), sc = r.interned(school, &schools), v = r.interned(voucher, &vouchers)
        if let y, let d { checkGiven(d, rewarding: y) }
        guard r.isValid, let i, let d, let who, let k, let c, let b else { return nil }
        let box = extras.box(sponsor: s, className: cl, school: sc, voucher: v)
        return Award(id: i, date: d, recipient: who, kind: k, category: c, branch: b, amount: a, schoolYear: y,
                     extra: box, source: r.source)
    }
}

extension AwardDecoder {
    /// An award rewards a year's results during that year or the next (the October ceremony
    /// rewards the year before); given before the year began, or later than the year after, it is an error.
    private mutating func checkGiven(_ day: CalendarDate, rewarding year: SchoolYear) {
        let given = SchoolYear(containing: day)
        guard given != year, given != SchoolYear(startYear: year.startYear + 1) else { return }
        let expected = "a Date in \(year) or \(SchoolYear(startYear: year.startYear + 1)), when the results of \(year) are rewarded"
        r.fail(date, .outsideDates, r.line(date), .value, RawRecordDecoder.sentence(expected, "\(day)"),
               expected: expected, found: "\(day)")
    }
}

struct DonationDecoder {
    var r: RawRecordDecoder
    private let id, date, donor, amount, purpose, branch, voucher: Int
    private var donors = Interner(), purposes = Interner()

    init(file: String) {
        r = RawRecordDecoder(StoreSchema.donation, file: file)
        (id, date, donor, amount, purpose, branch) = (r["Id"], r["Date"], r["Donor"], r["Amount"], r["Purpose"], r["Branch"])
        voucher = r["Voucher"]
    }

    mutating func decode(_ record: RawRecord, branches: KeyTable?) -> Donation? {
        r.begin(record)
        let i = r.text(id), d = r.date(date), who = r.text(donor, &donors), a = r.int(amount)
        let p = r.text(purpose, &purposes), b = r.reference(branch, in: branches), v = r.text(voucher)
        guard r.isValid, let i, let d, let who, let a else { return nil }
        return Donation(id: i, date: d, donor: who, amount: a, purpose: p, branch: b, voucher: v, source: r.source)
    }
}
