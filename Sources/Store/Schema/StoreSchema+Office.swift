/// The schema's record sets for the papers: issuing bodies and signers, the register of numbered papers, the fund's book.

extension StoreSchema {
    /// What a fund year must look like.
    static let fundYearText = "a fund year written YYYY (a calendar year) or YYYY-YYYY (a school year), such as 2022"

    // MARK: office.rec

    static let body = SetSchema(name: "Body", file: "office.rec", key: "Id",
        summary: "a body that issues or heads the papers: the ward's committee, the center, the association", fields: [
        FieldSpec("Id", mandatory: true),
        FieldSpec("Name", mandatory: true, summary: "as written on the letterhead, such as UBND PHƯỜNG QUẢNG CHÂU"),
        FieldSpec("Kind", .enumeration(BodyKind.allCases.map(\.rawValue)), mandatory: true),
        FieldSpec("Code", summary: "the short name after a paper's number, such as TTHTCĐ in Số: 12/BC-TTHTCĐ"),
        FieldSpec("Parent", .reference(set: "Body"), summary: "the body above it, written before it in the file"),
        FieldSpec("ParentName", summary: "the body above it when the store has no record of it"),
        FieldSpec("Place", summary: "the place a paper is dated at, such as Phường Quảng Châu"),
        FieldSpec("Register", summary: "in a store shared through git: the tag of the one copy that numbers the body's "
                  + "papers, such as BX (hoctap sync --setup --register); the other copies leave the number to fill in"),
    ])

    static let signer = SetSchema(name: "Signer", file: "office.rec", key: "Id",
        summary: "a person who signs the papers of a body, with the title printed above the name", fields: [
        FieldSpec("Id", mandatory: true),
        FieldSpec("Name", mandatory: true),
        FieldSpec("Title", mandatory: true, summary: "as printed above the name, such as Giám đốc, Chủ tịch, Thủ quỹ"),
        FieldSpec("Role", .enumeration(SignerRole.allCases.map(\.rawValue)), mandatory: true,
                  summary: "head (director, chairman), deputy, treasurer, preparer (who draws the paper up), secretary"),
        FieldSpec("Body", .reference(set: "Body"), mandatory: true, summary: "the body the person signs for"),
        FieldSpec("From", .date, summary: "the first day the person signs; none: since always"),
        FieldSpec("To", .date, summary: "the last day the person signs; none: still signing"),
    ])

    // MARK: papers.rec

    static let paper = SetSchema(name: "Paper", file: "papers.rec", key: "Id",
        summary: "a numbered paper issued by a body: its number in the body's register of the year", fields: [
        FieldSpec("Id", mandatory: true, summary: "the body, year and number, such as TTHTCD-2022-012; "
                  + "in a copy of a shared store with the copy's tag after it, TTHTCD-2022-012-BX"),
        FieldSpec("Body", .reference(set: "Body"), mandatory: true),
        FieldSpec("Year", .int, mandatory: true, summary: "the calendar year of its Date; numbers start at 1 each year",
                  bound: .count),
        FieldSpec("Number", .int, mandatory: true, bound: .count),
        FieldSpec("Kind", mandatory: true, summary: "the kind of paper as its number writes it, such as BC (báo cáo)"),
        FieldSpec("Date", .date, mandatory: true),
        FieldSpec("Title", mandatory: true),
    ])

    // MARK: fundbook.rec

    static let fundYear = SetSchema(name: "FundYear", file: "fundbook.rec", key: "Id",
        summary: "a year of the study-promotion fund's book and the balance it opened with", fields: [
        FieldSpec("Id", mandatory: true),
        FieldSpec("Year", mandatory: true, summary: "2022 for a calendar year (the usual), 2022-2023 for a school year",
                  expectation: fundYearText),
        FieldSpec("Opening", .int, mandatory: true, summary: "the balance on the year's first day, whole đồng",
                  expectation: wholeDong, bound: .money),
        FieldSpec("Note"),
    ])

    static let expense = SetSchema(name: "Expense", file: "fundbook.rec", key: "Id",
        summary: "money the fund paid out other than awards", fields: [
        FieldSpec("Id", mandatory: true),
        FieldSpec("Date", .date, mandatory: true),
        FieldSpec("Amount", .int, mandatory: true, summary: "whole đồng", expectation: wholeDong, bound: .gift),
        FieldSpec("Payee", mandatory: true),
        FieldSpec("Purpose", mandatory: true),
        FieldSpec("Voucher", summary: "the payment voucher's number, such as PC012"),
    ])
}
