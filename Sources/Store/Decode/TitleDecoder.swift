/// The decoder of `Title` records: a school year, a kind, a branch, and recognised of total.

import Recfile

struct TitleDecoder {
    var r: RawRecordDecoder
    private let id, schoolYear, kind, branch, recognized, total, note: Int
    private let kinds = ChoiceTable<TitleKind>()

    init(file: String) {
        r = RawRecordDecoder(StoreSchema.title, file: file)
        (id, schoolYear, kind, branch) = (r["Id"], r["SchoolYear"], r["Kind"], r["Branch"])
        (recognized, total, note) = (r["Recognized"], r["Total"], r["Note"])
    }

    mutating func decode(_ record: RawRecord, branches: KeyTable?) -> LearningTitle? {
        r.begin(record)
        let i = r.text(id), year = r.schoolYear(schoolYear), k = r.choice(kind, kinds)
        let b = r.reference(branch, in: branches), n = r.int(recognized), of = r.int(total), remark = r.text(note)
        if let n, n < 0 {
            r.fail(recognized, .badValue, r.line(recognized), .value,
                   RawRecordDecoder.sentence("a count of 0 or more", String(n)), expected: "a count of 0 or more", found: String(n))
        }
        if let of, of < 0 {
            r.fail(total, .badValue, r.line(total), .value,
                   RawRecordDecoder.sentence("a count of 0 or more", String(of)), expected: "a count of 0 or more", found: String(of))
        }
        if let n, let of, n > of {
            r.fail(recognized, .inconsistent, r.line(recognized), .value,
                   "more recognised (\(n)) than there are in all (Total: \(of))")
        }
        guard r.isValid, let i, let year, let k, let n, let of else { return nil }
        return LearningTitle(id: i, schoolYear: year, kind: k, branch: b, recognized: n, total: of, note: remark,
                             source: r.source)
    }
}

extension TitleDecoder: OneSetDecoding {
    static var records: WritableKeyPath<StoreSnapshot, [LearningTitle]> { \.titles }
    static var referencedSet: String? { "Branch" }
    mutating func decode(_ record: RawRecord, references: KeyTable?) -> LearningTitle? { decode(record, branches: references) }
}
