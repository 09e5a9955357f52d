/// Text values are written spaced and in NFC, and people's names capitalised, whichever way they came in.

import VietText

extension RecordAddition {
    /// Every text value spaced as the store writes text (NFC, single spaces, none at the ends), and
    /// a person's name capitalised word by word: a learner's name, a teacher's, the recipient of an
    /// award to a student or a citizen (a family, clan or unit keeps the clerk's own capitals).
    static func tidyText(_ fields: inout [(name: String, value: String)], set: SetSchema) {
        let kind = fields.first { $0.name == "Kind" }?.value
        for i in fields.indices {
            guard let spec = set.field(fields[i].name), spec.type == .text else { continue }
            let person = (set.name == "Learner" && spec.name == "Name") || (set.name == "Class" && spec.name == "Teacher")
                || (set.name == "Award" && spec.name == "Recipient" && (kind == "student" || kind == "citizen"))
            fields[i].value = person ? VietText.personName(fields[i].value) : VietText.spaced(fields[i].value)
        }
    }
}
