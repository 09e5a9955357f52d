/// Decoders for criteria.rec: a criteria set (title, decision, pass rule) and its items.

import Recfile

/// `yes` or `no`.
enum YesNo: String, CaseIterable { case yes, no }

struct CriteriaSetDecoder {
    var r: RawRecordDecoder
    private let id, name, title, decision, rule, passTotal, passItem, note, sendBy: Int
    private let titles = ChoiceTable<AssessedTitle>(), rules = ChoiceTable<PassRule>()

    init(file: String) {
        r = RawRecordDecoder(StoreSchema.criteriaSet, file: file)
        (id, name, title, decision) = (r["Id"], r["Name"], r["Title"], r["Decision"])
        (rule, passTotal, passItem, note) = (r["Rule"], r["PassTotal"], r["PassItem"], r["Note"])
        sendBy = r["SendBy"]
    }

    mutating func decode(_ record: RawRecord) -> CriteriaSet? {
        r.begin(record)
        let i = r.text(id), n = r.text(name), t = r.choice(title, titles), d = r.text(decision)
        let ru = r.choice(rule, rules), total = r.int(passTotal), least = r.int(passItem), remark = r.text(note)
        var day: YearlyDay?
        if let v = r.value(sendBy) {
            day = YearlyDay(text: v.text)
            if day == nil {
                let expected = StoreSchema.yearlyDayText
                r.fail(sendBy, .badValue, v.line, .value, RawRecordDecoder.sentence(expected, v.text), expected: expected, found: v.text)
            }
        }
        guard r.isValid, let i, let n, let t, let d, let ru else { return nil }
        return CriteriaSet(id: i, name: n, title: t, decision: d, rule: ru, passTotal: total, passItem: least,
                           note: remark, sendBy: day, source: r.source)
    }
}

struct CriterionDecoder {
    var r: RawRecordDecoder
    private let set, code, text, max, group, required, status: Int
    private let answers = ChoiceTable<YesNo>(), statuses = ChoiceTable<CriterionStatus>()

    init(file: String) {
        r = RawRecordDecoder(StoreSchema.criterion, file: file)
        (set, code, text, max) = (r["Set"], r["Code"], r["Text"], r["Max"])
        (group, required, status) = (r["Group"], r["Required"], r["Status"])
    }

    /// `sets`: the keys of the criteria sets read so far (a set is written before its items).
    mutating func decode(_ record: RawRecord, sets: KeyTable?) -> Criterion? {
        r.begin(record)
        let s = r.reference(set, in: sets), c = r.text(code), t = r.text(text), m = r.int(max)
        let g = r.text(group), req = r.choice(required, answers), st = r.choice(status, statuses) ?? .given
        if st != .missing, m == nil, r.isValid {
            r.fail(max, .inconsistent, r.line(text), .value,
                   "an item without Max must be marked Status: missing (an empty place to fill from the decision in force)")
        }
        guard r.isValid, let s, let c, let t else { return nil }
        return Criterion(set: s, code: c, text: t, maximum: m, group: g, isRequired: req == .yes, status: st, source: r.source)
    }
}
