/// Text values are written spaced and in NFC, people's names capitalised, and dates and amounts as the store writes them, whichever way they came in.

import VietText

extension RecordAddition {
    /// Every text value spaced as the store writes text (NFC, single spaces, none at the ends), and
    /// a person's name capitalised word by word: a learner's name, a teacher's, the recipient of an
    /// award to a student or a citizen (a family, clan or unit keeps the clerk's own capitals);
    /// a date typed `06/10/2022` written `2022-10-06`, an amount typed `1.200.000 đ` written `1200000`.
    /// `kind`: the record's `Kind` when `fields` are an edit's changes that leave it out.
    static func tidyText(_ fields: inout [(name: String, value: String)], set: SetSchema, kind recordKind: String? = nil) {
        let kind = fields.first { $0.name == "Kind" }?.value ?? recordKind
        for i in fields.indices {
            guard let spec = set.field(fields[i].name) else { continue }
            guard spec.type == .text else {
                if let written = storeSpelling(of: fields[i].value, as: spec) { fields[i].value = written }
                continue
            }
            let person = (set.name == "Learner" && spec.name == "Name") || (set.name == "Class" && spec.name == "Teacher")
                || (set.name == "Award" && spec.name == "Recipient" && (kind == "student" || kind == "citizen"))
            fields[i].value = person ? VietText.personName(fields[i].value) : VietText.spaced(fields[i].value)
        }
    }
}
