/// The store's schema as data: every file, record set and field, with keys, types and what is mandatory.

/// The one description of the store. Decoding, `hoctap check`, the file headers `recfix --check`
/// reads and the store's documentation all come from this table.
public enum StoreSchema {
    /// The store's files, in the order they are read and documented.
    public static let files = [
        "campaign.rec", "ceremony.rec", "classes.rec", "learners.rec",
        "attendance.rec", "branches.rec", "awards.rec", "funds.rec", "titles.rec",
        "office.rec", "papers.rec", "fundbook.rec", "criteria.rec", "subjects.rec", "assessments.rec",
    ]

    /// Every record set, grouped by file in the order of `files`.
    public static let sets: [SetSchema] = [
        campaign, target, indicator, agenda, agendaLog, course, learner,
        enrollment, attendance, branch, clan, award, donation, title,
        body, signer, paper, fundYear, expense, criteriaSet, criterion, community, unit, partyCell, family,
        registration, assessment,
    ]

    /// The names of every record set, in the order of `sets` (also the order of report counts).
    public static let setNames: [String] = sets.map(\.name)

    /// The set called `name`, such as `Award`.
    public static func set(named name: String) -> SetSchema? {
        sets.first { $0.name == name }
    }

    /// The sets that live in `file`, in the order they are written there.
    public static func sets(in file: String) -> [SetSchema] {
        sets.filter { $0.file == file }
    }

    /// The values an enumerated field allows, or [] for other fields.
    static func enumValues(set: String, field: String) -> [String] {
        guard case .enumeration(let values)? = self.set(named: set)?.field(field)?.type else { return [] }
        return values
    }

    // MARK: campaign.rec

    static let campaign = SetSchema(name: "Campaign", file: "campaign.rec", key: "Id",
        summary: "the Lifelong Learning Week campaign of a school year", fields: [
        FieldSpec("Id", mandatory: true, summary: "short identifier, such as TLHTSD-2022"),
        FieldSpec("Title", mandatory: true),
        FieldSpec("Ward", mandatory: true),
        FieldSpec("Center", mandatory: true, summary: "the Community Learning Center"),
        FieldSpec("SchoolYear", mandatory: true, summary: "such as 2022-2023"),
        FieldSpec("WeekStart", .date, mandatory: true),
        FieldSpec("WeekEnd", .date, mandatory: true),
        FieldSpec("CeremonyDate", .date),
        FieldSpec("CeremonyTime", .time),
        FieldSpec("Venue"),
        FieldSpec("Theme", repeatable: true, summary: "one per theme, in order"),
    ])

    static let target = SetSchema(name: "Target", file: "campaign.rec", key: "Id",
        summary: "a goal of the year, measured by one of the report's tallies", fields: [
        FieldSpec("Id", mandatory: true),
        FieldSpec("Label", mandatory: true),
        FieldSpec("Metric", .enumeration(TargetMetric.allCases.map(\.rawValue)), mandatory: true),
        FieldSpec("Goal", .int, mandatory: true, bound: .count),
        FieldSpec("Unit"),
        FieldSpec("Kind", .enumeration(RecipientKind.allCases.map(\.rawValue)), repeatable: true,
                  summary: "awards and award_amount only: count the awards to this kind of recipient (one line per kind); none: every award"),
    ])

    static let indicator = SetSchema(name: "Indicator", file: "campaign.rec", key: "Id",
        summary: "a figure of the ward's education, such as 24 of 35 studious clans", fields: [
        FieldSpec("Id", mandatory: true),
        FieldSpec("Label", mandatory: true),
        FieldSpec("Value", .int, mandatory: true, bound: .count),
        FieldSpec("Of", .int, summary: "a denominator: 24 of 35", bound: .count),
        FieldSpec("Unit", summary: "such as %"),
        FieldSpec("Group"),
    ])

    static let agenda = SetSchema(name: "Agenda", file: "campaign.rec", key: "Seq",
        summary: "an item of the ceremony's programme", fields: [
        FieldSpec("Seq", .int, mandatory: true, summary: "the item's number in the programme", bound: .count),
        FieldSpec("Time", .time),
        FieldSpec("Item", mandatory: true),
        FieldSpec("By"),
    ])

    // MARK: ceremony.rec

    static let agendaLog = SetSchema(name: "AgendaLog", file: "ceremony.rec", key: nil,
        summary: "the programme moved on; append-only, the last record is the item under way", fields: [
        FieldSpec("Seq", .reference(set: "Agenda"), mandatory: true),
        FieldSpec("At", .dateTime, mandatory: true),
    ])
}
