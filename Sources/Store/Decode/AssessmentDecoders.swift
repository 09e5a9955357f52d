/// Decoders for assessments.rec: registrations and assessments, each subject checked to be of its title's kind and each score against its item.

import Recfile

/// The keys of the sets whose records can be assessed, and the criteria sets as read.
struct AssessmentReferences {
    /// By set name: `Learner`, `Family`, `Clan`, `Community`, `Unit`, `PartyCell`.
    var subjects: [String: KeyTable] = [:]
    var criteriaKeys: KeyTable?

    /// Checks that `subject` is a record of one of `title`'s sets; fails the field otherwise.
    func check(_ subject: String, title: AssessedTitle, field j: Int, _ r: inout RawRecordDecoder) {
        let sets = title.subjectSets
        // A file that was not read cannot be checked.
        guard sets.allSatisfy({ subjects[$0] != nil }) else { return }
        if sets.contains(where: { subjects[$0]?.contains(subject) == true }) { return }
        let wanted = sets.joined(separator: " or ")
        if let other = ["Learner", "Family", "Clan", "Community", "Unit", "PartyCell"]
            .first(where: { !sets.contains($0) && subjects[$0]?.contains(subject) == true }) {
            r.fail(j, .inconsistent, r.line(j), .value,
                   "\(subject) is a \(other) record, but the \(title.rawValue) title is for a \(wanted) record")
        } else {
            r.fail(j, .danglingReference, r.line(j), .value,
                   RawRecordDecoder.sentence("the Id of a \(wanted) record", subject) + "; there is none",
                   expected: "the Id of a \(wanted) record", found: subject)
        }
    }
}

struct RegistrationDecoder {
    var r: RawRecordDecoder
    private let subject, title, year, date: Int
    private let titles = ChoiceTable<AssessedTitle>()

    init(file: String) {
        r = RawRecordDecoder(StoreSchema.registration, file: file)
        (subject, title, year, date) = (r["Subject"], r["Title"], r["Year"], r["Date"])
    }

    mutating func decode(_ record: RawRecord, _ refs: AssessmentReferences) -> Registration? {
        r.begin(record)
        let s = r.text(subject), t = r.choice(title, titles), y = r.int(year), d = r.date(date)
        if let s, let t { refs.check(s, title: t, field: subject, &r) }
        guard r.isValid, let s, let t, let y else { return nil }
        return Registration(subject: s, title: t, year: y, date: d, source: r.source)
    }
}

struct AssessmentDecoder {
    var r: RawRecordDecoder
    private let subject, set, year, scores, assessor, date, note: Int

    init(file: String) {
        r = RawRecordDecoder(StoreSchema.assessment, file: file)
        (subject, set, year, scores) = (r["Subject"], r["Set"], r["Year"], r["Scores"])
        (assessor, date, note) = (r["Assessor"], r["Date"], r["Note"])
    }

    /// `sets`: the criteria sets as read from criteria.rec, by id.
    mutating func decode(_ record: RawRecord, _ refs: AssessmentReferences, sets: [String: CriteriaSet]) -> Assessment? {
        r.begin(record)
        let su = r.text(subject), se = r.reference(set, in: refs.criteriaKeys), y = r.int(year)
        let a = r.text(assessor), d = r.date(date), remark = r.text(note)
        let criteria = se.flatMap { sets[$0] }
        if let su, let criteria { refs.check(su, title: criteria.title, field: subject, &r) }
        let sc = readScores(criteria)
        guard r.isValid, let su, let se, let y, let sc else { return nil }
        return Assessment(subject: su, set: se, year: y, scores: sc, assessor: a, date: d, note: remark, source: r.source)
    }

    /// The scores, one per item (nil: `-`, not scored), each within its item's maximum.
    private mutating func readScores(_ criteria: CriteriaSet?) -> [Int?]? {
        guard let v = r.value(scores) else { return nil }
        guard let out = Self.scores(v.text) else {
            let expected = StoreSchema.assessment.field("Scores")?.expectation ?? ""
            r.fail(scores, .badValue, v.line, .value, RawRecordDecoder.sentence(expected, v.text),
                   expected: expected, found: v.text)
            return nil
        }
        guard let criteria else { return out }
        guard out.count == criteria.items.count else {
            r.fail(scores, .inconsistent, v.line, .value,
                   "gives \(out.count) scores, but the set \(criteria.id) has \(criteria.items.count) items, one score each "
                   + "in the set's order")
            return nil
        }
        for (item, score) in zip(criteria.items, out) {
            guard let score else { continue }
            if !item.isComplete {
                r.fail(scores, .inconsistent, v.line, .value,
                       "item \(item.code) of the set \(criteria.id) is an empty place without a maximum; write - for it")
            } else if let max = item.maximum, score > max {
                r.fail(scores, .inconsistent, v.line, .value,
                       "item \(item.code) of the set \(criteria.id) gives at most \(max) points, got \(score)")
            }
        }
        return r.isValid ? out : nil
    }

    /// The comma-separated scores of `text`, each trimmed of spaces: nil for an empty one or `-`,
    /// else a whole number of ASCII digits (a sign allowed, as `Int` reads it) not below 0; nil
    /// for the whole when one is neither. Read as bytes: the comma and the spaces are ASCII, so the
    /// parts are those of the characters (taking each word apart as characters cost a thousand
    /// instructions a score).
    static func scores(_ text: String) -> [Int?]? {
        var text = text
        return text.withUTF8 { bytes in
            var out: [Int?] = []
            var start = 0
            while true {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: ",") { end += 1 }
                var low = start, high = end
                while low < high, bytes[low] == UInt8(ascii: " ") { low += 1 }
                while high > low, bytes[high - 1] == UInt8(ascii: " ") { high -= 1 }
                let word = UnsafeBufferPointer(rebasing: bytes[low..<high])
                if word.isEmpty || (word.count == 1 && word[0] == UInt8(ascii: "-")) {
                    out.append(nil)
                } else if word.allSatisfy({ $0 < 0x80 }), let n = Int(String(decoding: word, as: UTF8.self)), n >= 0 {
                    out.append(n)
                } else {
                    return nil
                }
                if end == bytes.count { return out }
                start = end + 1
            }
        }
    }
}
