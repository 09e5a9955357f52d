/// The schema's record sets for classes, learners, attendance, branches, awards, the fund and learning titles.

extension StoreSchema {
    /// What an amount of money must look like.
    static let wholeDong = "whole đồng in digits only, such as 500000"
    /// What a school year must look like.
    static let schoolYearText = "a school year written YYYY-YYYY, such as 2022-2023"

    // MARK: classes.rec, learners.rec, attendance.rec

    static let course = SetSchema(name: "Class", file: "classes.rec", key: "Id",
        summary: "a class, training or club run by the center", fields: [
        FieldSpec("Id", mandatory: true),
        FieldSpec("Name", mandatory: true),
        FieldSpec("Topic", mandatory: true),
        FieldSpec("Kind", .enumeration(CourseKind.allCases.map(\.rawValue))),
        FieldSpec("Partner", summary: "the partner organisation"),
        FieldSpec("Teacher"),
        FieldSpec("Start", .date),
        FieldSpec("End", .date),
        FieldSpec("Sessions", .int, summary: "how many sessions are planned", bound: .count),
        FieldSpec("Capacity", .int, bound: .count),
        FieldSpec("Venue"),
        FieldSpec("SchoolYear", summary: "the school year the class belongs to, such as 2022-2023, when it has no dates",
                  expectation: schoolYearText),
        FieldSpec("Session", .date, repeatable: true,
                  summary: "a date the class meets, one per session; attendance is taken on these dates only"),
    ])

    static let learner = SetSchema(name: "Learner", file: "learners.rec", key: "Id",
        summary: "a person who studies at the center", fields: [
        FieldSpec("Id", mandatory: true),
        FieldSpec("Name", mandatory: true),
        FieldSpec("Gender", .enumeration(Gender.allCases.map(\.rawValue))),
        FieldSpec("BirthYear", .int, isPrivate: true, bound: .pastYear(from: 1900)),
        FieldSpec("BirthDate", .date, isPrivate: true, bound: .pastDay(from: 1900)),
        FieldSpec("Neighborhood"),
        FieldSpec("Organization", summary: "a mass organisation, school or agency"),
        FieldSpec("Phone", isPrivate: true),
    ])

    static let enrollment = SetSchema(name: "Enrollment", file: "attendance.rec", key: nil,
        summary: "a learner enrolled in a class: one learner-turn", unique: ["Class", "Learner"], fields: [
        FieldSpec("Class", .reference(set: "Class"), mandatory: true),
        FieldSpec("Learner", .reference(set: "Learner"), mandatory: true),
        FieldSpec("Date", .date),
    ])

    static let attendance = SetSchema(name: "Attendance", file: "attendance.rec", key: nil,
        summary: "a session of a class that a learner attended", fields: [
        FieldSpec("Class", .reference(set: "Class"), mandatory: true),
        FieldSpec("Learner", .reference(set: "Learner"), mandatory: true),
        FieldSpec("Date", .date, mandatory: true),
    ])

    // MARK: branches.rec, awards.rec, funds.rec

    static let branch = SetSchema(name: "Branch", file: "branches.rec", key: "Id",
        summary: "a branch of the Study Promotion Association", fields: [
        FieldSpec("Id", mandatory: true),
        FieldSpec("Name", mandatory: true),
        FieldSpec("Kind", .enumeration(BranchKind.allCases.map(\.rawValue)), mandatory: true),
        FieldSpec("Members", .int, bound: .count),
    ])

    static let clan = SetSchema(name: "Clan", file: "branches.rec", key: "Id",
        summary: "a clan (dòng họ) of the ward and its studious status", fields: [
        FieldSpec("Id", mandatory: true),
        FieldSpec("Name", mandatory: true),
        FieldSpec("Neighborhood"),
        FieldSpec("Studious", .enumeration(["yes", "no"]), mandatory: true),
    ])

    static let award = SetSchema(name: "Award", file: "awards.rec", key: "Id",
        summary: "an award handed out by a branch", fields: [
        FieldSpec("Id", mandatory: true),
        FieldSpec("Date", .date, mandatory: true),
        FieldSpec("Recipient", mandatory: true),
        FieldSpec("Kind", .enumeration(RecipientKind.allCases.map(\.rawValue)), mandatory: true),
        FieldSpec("Category", mandatory: true),
        FieldSpec("Branch", .reference(set: "Branch"), mandatory: true),
        FieldSpec("Amount", .int, summary: "whole đồng", expectation: wholeDong, bound: .money),
        FieldSpec("Sponsor"),
        FieldSpec("SchoolYear", summary: "the school year whose results it rewards, such as 2021-2022; "
                    + "by default the one of its Date", expectation: schoolYearText),
        FieldSpec("Class", summary: "a pupil's class, as written: Lớp 5A"),
        FieldSpec("School", summary: "a pupil's school"),
        FieldSpec("Voucher", summary: "the number of the fund's payment voucher, such as PC012"),
    ])

    static let donation = SetSchema(name: "Donation", file: "funds.rec", key: "Id",
        summary: "a gift to the study-promotion fund", fields: [
        FieldSpec("Id", mandatory: true),
        FieldSpec("Date", .date, mandatory: true),
        FieldSpec("Donor", mandatory: true),
        FieldSpec("Amount", .int, mandatory: true, summary: "whole đồng", expectation: wholeDong, bound: .gift),
        FieldSpec("Purpose"),
        FieldSpec("Branch", .reference(set: "Branch")),
        FieldSpec("Voucher", summary: "the number of the fund's receipt, such as PT005"),
    ])

    // MARK: titles.rec

    static let title = SetSchema(name: "Title", file: "titles.rec", key: "Id",
        summary: "learning titles recognised in a school year, of how many, in a branch's area or the whole ward", fields: [
        FieldSpec("Id", mandatory: true),
        FieldSpec("SchoolYear", mandatory: true, summary: "such as 2022-2023", expectation: schoolYearText),
        FieldSpec("Kind", .enumeration(TitleKind.allCases.map(\.rawValue)), mandatory: true,
                  summary: "learning families, communities or units"),
        FieldSpec("Branch", .reference(set: "Branch"), summary: "the branch whose area was counted; none for the whole ward"),
        FieldSpec("Recognized", .int, mandatory: true, summary: "how many were recognised that year", bound: .count),
        FieldSpec("Total", .int, mandatory: true, summary: "how many there are: households, residential groups, units",
                  bound: .count),
        FieldSpec("Note"),
    ])
}
