/// The store's files and record sets with their recutils headers: what an empty store holds.

/// The schema as recfile text. Every set declares `%rec`, `%key`, `%mandatory` and `%type` so that
/// `recfix --check` enforces the same rules as the loader. References to sets in other files are
/// typed `rec`, which recutils reads as documentation.
public enum StoreTemplate {
    /// One record set: its name and its descriptor lines, `%rec` first.
    public struct RecordSet: Sendable {
        public let name: String
        public let header: [String]
    }

    /// One file of the store: its name, the comment at its top, and its sets in order.
    public struct File: Sendable {
        public let name: String
        public let comment: [String]
        public let sets: [RecordSet]
    }

    private static let clock = "regexp /^[0-2][0-9]:[0-5][0-9]$/"

    /// The files of a store, in the order they are written.
    public static let files: [File] = [
        File(name: "campaign.rec", comment: [
            "# campaign.rec: the Lifelong Learning Week campaign of the school year,",
            "# its targets, the ward's education indicators and the ceremony agenda.",
        ], sets: [
            RecordSet(name: "Campaign", header: [
                "%rec: Campaign", "%key: Id", "%mandatory: Title Ward Center SchoolYear WeekStart WeekEnd",
                "%type: WeekStart,WeekEnd,CeremonyDate date", "%type: CeremonyTime \(clock)",
            ]),
            RecordSet(name: "Target", header: [
                "%rec: Target", "%key: Id", "%mandatory: Label Metric Goal",
                "%type: Metric enum learner_turns awards award_amount studious_clans donations classes",
                "%type: Goal int",
            ]),
            RecordSet(name: "Indicator", header: [
                "%rec: Indicator", "%key: Id", "%mandatory: Label Value", "%type: Value,Of int",
            ]),
            RecordSet(name: "Agenda", header: [
                "%rec: Agenda", "%key: Seq", "%mandatory: Item", "%type: Seq int", "%type: Time \(clock)",
            ]),
        ]),
        File(name: "ceremony.rec", comment: [
            "# ceremony.rec: the ceremony's progress, append-only. Each record moves",
            "# the \"now\" marker of the agenda; the last record is the item under way.",
        ], sets: [
            RecordSet(name: "AgendaLog", header: [
                "%rec: AgendaLog", "%mandatory: Seq At", "%type: Seq int", "%type: At date",
            ]),
        ]),
        File(name: "classes.rec", comment: [
            "# classes.rec: the classes of the school year: topic, kind, partner",
            "# organisation, teacher, dates, number of sessions, capacity and venue.",
        ], sets: [
            RecordSet(name: "Class", header: [
                "%rec: Class", "%key: Id", "%mandatory: Name Topic",
                "%type: Kind enum vocational thematic literacy club",
                "%type: Start,End date", "%type: Sessions,Capacity int",
            ]),
        ]),
        File(name: "learners.rec", comment: [
            "# learners.rec: the people who learn at the center. BirthDate, BirthYear",
            "# and Phone are private: never shown on the projected screen.",
        ], sets: [
            RecordSet(name: "Learner", header: [
                "%rec: Learner", "%key: Id", "%mandatory: Name",
                "%type: Gender enum F M", "%type: BirthYear int", "%type: BirthDate date",
            ]),
        ]),
        File(name: "attendance.rec", comment: [
            "# attendance.rec: enrollments (one enrollment is one learner-turn) and",
            "# attendance, one record per learner per session attended.",
        ], sets: [
            RecordSet(name: "Enrollment", header: [
                "%rec: Enrollment", "%mandatory: Class Learner",
                "%type: Class rec Class", "%type: Learner rec Learner", "%type: Date date",
            ]),
            RecordSet(name: "Attendance", header: [
                "%rec: Attendance", "%mandatory: Class Learner Date",
                "%type: Class rec Class", "%type: Learner rec Learner", "%type: Date date",
            ]),
        ]),
        File(name: "branches.rec", comment: [
            "# branches.rec: the branches of the Study Promotion Association",
            "# (neighbourhood, school, agency) and the ward's clans.",
        ], sets: [
            RecordSet(name: "Branch", header: [
                "%rec: Branch", "%key: Id", "%mandatory: Name Kind",
                "%type: Kind enum neighborhood school agency", "%type: Members int",
            ]),
            RecordSet(name: "Clan", header: [
                "%rec: Clan", "%key: Id", "%mandatory: Name Studious", "%type: Studious enum yes no",
            ]),
        ]),
        File(name: "awards.rec", comment: [
            "# awards.rec: awards handed out by the branches; amounts in whole đồng.",
        ], sets: [
            RecordSet(name: "Award", header: [
                "%rec: Award", "%key: Id", "%mandatory: Date Recipient Kind Category Branch",
                "%type: Date date", "%type: Kind enum student family clan citizen unit",
                "%type: Branch rec Branch", "%type: Amount int",
            ]),
        ]),
        File(name: "funds.rec", comment: [
            "# funds.rec: donations to the study-promotion fund; amounts in whole đồng.",
        ], sets: [
            RecordSet(name: "Donation", header: [
                "%rec: Donation", "%key: Id", "%mandatory: Date Donor Amount",
                "%type: Date date", "%type: Amount int", "%type: Branch rec Branch",
            ]),
        ]),
    ]

    /// Every file name, in order.
    public static var fileNames: [String] { files.map(\.name) }

    /// Every record set name, in file order.
    public static var setNames: [String] { files.flatMap { $0.sets.map(\.name) } }

    /// The file called `name`, if the store has one.
    public static func file(named name: String) -> File? {
        files.first { $0.name == name }
    }

    /// The file as an empty store holds it: its comment, then each set's header.
    public static func emptyText(of file: File) -> String {
        var lines = file.comment
        for set in file.sets {
            lines.append("")
            lines += set.header
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
