/// Decoders for the papers' records: issuing bodies, signers, the register of numbered papers.

import Recfile

struct BodyDecoder {
    var r: RawRecordDecoder
    private let id, name, kind, code, parent, parentName, place, register: Int
    private let kinds = ChoiceTable<BodyKind>()

    init(file: String) {
        r = RawRecordDecoder(StoreSchema.body, file: file)
        (id, name, kind, code) = (r["Id"], r["Name"], r["Kind"], r["Code"])
        (parent, parentName, place, register) = (r["Parent"], r["ParentName"], r["Place"], r["Register"])
    }

    /// `bodies`: the keys of the bodies read so far (a parent is written before its children).
    mutating func decode(_ record: RawRecord, bodies: KeyTable?) -> IssuingBody? {
        r.begin(record)
        let i = r.text(id), n = r.text(name), k = r.choice(kind, kinds), c = r.text(code)
        let p = r.reference(parent, in: bodies), pn = r.text(parentName), pl = r.text(place)
        let rg = r.text(register)
        guard r.isValid, let i, let n, let k else { return nil }
        return IssuingBody(id: i, name: n, kind: k, code: c, parent: p, parentName: pn, place: pl, register: rg,
                           source: r.source)
    }
}

struct SignerDecoder {
    var r: RawRecordDecoder
    private let id, name, title, role, body, from, to: Int
    private let roles = ChoiceTable<SignerRole>()

    init(file: String) {
        r = RawRecordDecoder(StoreSchema.signer, file: file)
        (id, name, title, role) = (r["Id"], r["Name"], r["Title"], r["Role"])
        (body, from, to) = (r["Body"], r["From"], r["To"])
    }

    mutating func decode(_ record: RawRecord, bodies: KeyTable?) -> Signer? {
        r.begin(record)
        let i = r.text(id), n = r.text(name), t = r.text(title), ro = r.choice(role, roles)
        let b = r.reference(body, in: bodies), f = r.date(from), e = r.date(to)
        guard r.isValid, let i, let n, let t, let ro, let b else { return nil }
        return Signer(id: i, name: n, title: t, role: ro, body: b, from: f, to: e, source: r.source)
    }
}

struct PaperDecoder {
    var r: RawRecordDecoder
    private let id, body, year, number, kind, date, title: Int
    /// The papers read so far by body, year and number, with their id and line: two copies of a
    /// shared store that both numbered a paper meet here after a merge.
    private var numbered: [String: (id: String, line: Int)] = [:]

    init(file: String) {
        r = RawRecordDecoder(StoreSchema.paper, file: file)
        (id, body, year, number) = (r["Id"], r["Body"], r["Year"], r["Number"])
        (kind, date, title) = (r["Kind"], r["Date"], r["Title"])
    }

    mutating func decode(_ record: RawRecord, bodies: KeyTable?) -> IssuedPaper? {
        r.begin(record)
        let i = r.text(id), b = r.reference(body, in: bodies), y = r.int(year), n = r.int(number)
        let k = r.text(kind), d = r.date(date), t = r.text(title)
        if let y, let d, y != d.year {
            r.fail(year, .inconsistent, r.line(year), .value,
                   "the paper's Year (\(y)) is not the year of its Date (\(d)); papers are numbered per calendar year")
        }
        if let i, let b, let y, let n {
            let slot = "\(b)\u{1F}\(y)\u{1F}\(n)"
            if let first = numbered[slot] {
                r.fail(number, .duplicateRecord, r.line(number), .value,
                       "the paper \(i) has the number \(n) of body \(b) in \(y), as the paper \(first.id) on line \(first.line) has; "
                       + "a body gives each number once a year")
            } else {
                numbered[slot] = (i, r.source.line)
            }
        }
        guard r.isValid, let i, let b, let y, let n, let k, let d, let t else { return nil }
        return IssuedPaper(id: i, body: b, year: y, number: n, kind: k, date: d, title: t, source: r.source)
    }
}

extension PaperDecoder: OneSetDecoding {
    static var records: WritableKeyPath<StoreSnapshot, [IssuedPaper]> { \.papers }
    static var referencedSet: String? { "Body" }
    mutating func decode(_ record: RawRecord, references: KeyTable?) -> IssuedPaper? { decode(record, bodies: references) }
}
