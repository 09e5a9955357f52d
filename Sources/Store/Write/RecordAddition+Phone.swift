/// A learner's phone number is written in one form, digits only, whichever usual form it was typed in.

import VietText

extension RecordAddition {
    /// What a phone number must be, for the refusal.
    static let phoneExpectation = "a Vietnamese phone number: a mobile of 10 digits starting 03, 05, 07, 08 or 09, "
        + "or a landline of 11 digits starting 02; spaces, dots and +84 are fine"

    /// Replaces a learner's `Phone` by its digits (`+84 912 345 678` → `0912345678`); refuses a
    /// value that is not a Vietnamese phone number.
    static func tidyPhone(_ fields: inout [(name: String, value: String)], set: SetSchema) throws {
        guard set.name == "Learner", let i = fields.firstIndex(where: { $0.name == "Phone" }) else { return }
        let given = fields[i].value
        if given.allSatisfy({ $0 == " " }) { return }
        guard let digits = VietText.phoneNumber(given) else {
            throw RecordAdditionError.invalid(set: set.name, problems: [RefusalLine(
                vi: "Phone: cần một số điện thoại Việt Nam: di động 10 chữ số bắt đầu bằng 03, 05, 07, 08 hoặc 09, "
                    + "hoặc máy bàn 11 chữ số bắt đầu bằng 02 (dấu cách, dấu chấm và +84 đều được), nhưng có \"\(given)\"",
                en: "Phone: " + RawRecordDecoder.sentence(phoneExpectation, given))])
        }
        fields[i].value = digits
    }
}
