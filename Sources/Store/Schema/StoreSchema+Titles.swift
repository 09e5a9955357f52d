/// The schema's record sets for the yearly assessment of learning titles: criteria sets, their subjects, registrations and assessments.

extension StoreSchema {
    /// What a calendar year must look like.
    static let calendarYearText = "a calendar year written YYYY, such as 2022"
    /// What a criteria set's day for sending the results up must look like.
    static let yearlyDayText = "a day and month written DD/MM, such as 15/12"
    /// What the scores of an assessment must look like.
    static let scoresText = "the scores in the set's item order, separated by commas, - for an item not scored, such as 10,9,8"

    // MARK: criteria.rec

    static let criteriaSet = SetSchema(name: "CriteriaSet", file: "criteria.rec", key: "Id",
        summary: "a published set of criteria for a learning title and its pass rule", fields: [
        FieldSpec("Id", mandatory: true, summary: "such as CDHT-324"),
        FieldSpec("Name", mandatory: true),
        FieldSpec("Title", .enumeration(AssessedTitle.allCases.map(\.rawValue)), mandatory: true,
                  summary: "the title it leads to"),
        FieldSpec("Decision", mandatory: true, summary: "the decision it comes from, such as Quyết định 324/QĐ-KHVN ngày 25/10/2023"),
        FieldSpec("Rule", .enumeration(PassRule.allCases.map(\.rawValue)), mandatory: true,
                  summary: "points: total at least PassTotal and no item under PassItem; required: every Required item at its maximum"),
        FieldSpec("PassTotal", .int, summary: "points: the least total; none: the source gives none (no one is recognised)",
                  bound: .count),
        FieldSpec("PassItem", .int, summary: "points: the least score of every item", bound: .count),
        FieldSpec("SendBy", summary: "the day each year the results go up, DD/MM, such as 15/12; none: 15/12"),
        FieldSpec("Note"),
    ])

    static let criterion = SetSchema(name: "Criterion", file: "criteria.rec", key: nil,
        summary: "an item of a criteria set, in the order an assessment scores them", unique: ["Set", "Code"], fields: [
        FieldSpec("Set", .reference(set: "CriteriaSet"), mandatory: true),
        FieldSpec("Code", mandatory: true, summary: "the item's number in the set, such as 2.1"),
        FieldSpec("Text", mandatory: true, summary: "what the item asks; an empty place says \"cần bổ sung theo văn bản hiện hành\""),
        FieldSpec("Max", .int, summary: "the most points (a tick: 1); none: the source does not say", bound: .count),
        FieldSpec("Group", summary: "the competency or criterion the item belongs to"),
        FieldSpec("Required", .enumeration(["yes", "no"]), summary: "required rule: the item must be met"),
        FieldSpec("Status", .enumeration(CriterionStatus.allCases.map(\.rawValue)),
                  summary: "given (as the decision writes it, the default), weak (from a weaker source: check it), "
                    + "missing (an empty place to fill from the decision in force)"),
    ])

    // MARK: subjects.rec

    static let community = SetSchema(name: "Community", file: "subjects.rec", key: "Id",
        summary: "a residential group (tổ dân phố) of a branch's area, assessed as a learning community", fields: [
        FieldSpec("Id", mandatory: true),
        FieldSpec("Name", mandatory: true, summary: "such as Tổ dân phố 3"),
        FieldSpec("Branch", .reference(set: "Branch"), mandatory: true, summary: "the khu phố branch whose area it is in"),
    ])

    static let unit = SetSchema(name: "Unit", file: "subjects.rec", key: "Id",
        summary: "a school, agency or enterprise of the ward, assessed as a learning unit", fields: [
        FieldSpec("Id", mandatory: true),
        FieldSpec("Name", mandatory: true),
        FieldSpec("Kind", .enumeration(UnitKind.allCases.map(\.rawValue)), mandatory: true),
        FieldSpec("Branch", .reference(set: "Branch"), summary: "the branch whose area it is in; none: the whole ward"),
    ])

    static let partyCell = SetSchema(name: "PartyCell", file: "subjects.rec", key: "Id",
        summary: "a party cell (chi bộ) and its members among the learners; assessed as a learning unit", fields: [
        FieldSpec("Id", mandatory: true),
        FieldSpec("Name", mandatory: true, summary: "such as Chi bộ khu phố 3"),
        FieldSpec("Branch", .reference(set: "Branch"), summary: "the branch whose area it is in"),
        FieldSpec("Member", .reference(set: "Learner"), repeatable: true, isPrivate: true,
                  summary: "a learner who is a party member of the cell, one line each; a learner is in one cell at most"),
    ])

    static let family = SetSchema(name: "Family", file: "subjects.rec", key: "Id",
        summary: "a household of a branch's area, assessed as a learning family", fields: [
        FieldSpec("Id", mandatory: true),
        FieldSpec("Branch", .reference(set: "Branch"), mandatory: true),
        FieldSpec("Head", mandatory: true, summary: "the head of the household: a learner's Id, or a name"),
        FieldSpec("Member", .reference(set: "Learner"), repeatable: true, summary: "a learner of the household, one line each"),
        FieldSpec("Party", .enumeration(["yes", "no"]), summary: "yes: the household of a party member"),
        FieldSpec("Community", .reference(set: "Community"), summary: "its residential group"),
    ])

    // MARK: assessments.rec

    static let registration = SetSchema(name: "Registration", file: "assessments.rec", key: nil,
        summary: "a subject registered (đăng ký) for a learning title in a calendar year",
        unique: ["Subject", "Title", "Year"], fields: [
        FieldSpec("Subject", mandatory: true, summary: "the Id of a learner, family, clan, community, unit or party cell"),
        FieldSpec("Title", .enumeration(AssessedTitle.allCases.map(\.rawValue)), mandatory: true),
        FieldSpec("Year", .int, mandatory: true, summary: "the calendar year", expectation: calendarYearText, bound: .count),
        FieldSpec("Date", .date),
    ])

    static let assessment = SetSchema(name: "Assessment", file: "assessments.rec", key: nil,
        summary: "a subject scored by a criteria set for a calendar year; the result is computed by the set's rule",
        unique: ["Subject", "Set", "Year"], fields: [
        FieldSpec("Subject", mandatory: true, summary: "the Id of a subject of the set's title (a learner for citizen, "
                    + "a Family, a Clan, a Community, a Unit or PartyCell for unit)"),
        FieldSpec("Set", .reference(set: "CriteriaSet"), mandatory: true),
        FieldSpec("Year", .int, mandatory: true, summary: "the calendar year; results go up before 15/12",
                  expectation: calendarYearText, bound: .count),
        FieldSpec("Scores", mandatory: true, summary: "each within its item's Max, as many as the set has items",
                  expectation: scoresText),
        FieldSpec("Assessor"),
        FieldSpec("Date", .date),
        FieldSpec("Note"),
    ])
}
