/// The store's files and record sets with their recutils headers: what an empty store holds.

/// The schema as recfile text, from `StoreSchema`'s descriptors: every set declares `%rec`, `%key`,
/// `%mandatory` and `%type` so that `recfix --check` enforces the same rules as the loader.
public enum StoreTemplate {
    /// One record set: its name and its descriptor lines, `%rec` first, as the schema writes them.
    public struct RecordSet: Sendable {
        public let name: String
        public let header: [String]

        init(_ name: String) {
            self.name = name
            self.header = (StoreSchema.descriptorText(forSet: name) ?? "%rec: \(name)\n")
                .split(separator: "\n").map(String.init)
        }
    }

    /// One file of the store: its name, the comment at its top, and its sets in order.
    public struct File: Sendable {
        public let name: String
        public let comment: [String]
        public let sets: [RecordSet]
    }

    /// The files of a store, in the order they are written.
    public static let files: [File] = [
        File(name: "campaign.rec", comment: [
            "# campaign.rec: the Lifelong Learning Week campaign of the school year,",
            "# its targets, the ward's education indicators and the ceremony agenda.",
        ], sets: [
            RecordSet("Campaign"),
            RecordSet("Target"),
            RecordSet("Indicator"),
            RecordSet("Agenda"),
        ]),
        File(name: "ceremony.rec", comment: [
            "# ceremony.rec: the ceremony's progress, append-only. Each record moves",
            "# the \"now\" marker of the agenda; the last record is the item under way.",
        ], sets: [
            RecordSet("AgendaLog"),
        ]),
        File(name: "classes.rec", comment: [
            "# classes.rec: the classes of the school year: topic, kind, partner",
            "# organisation, teacher, dates, number of sessions, capacity and venue.",
        ], sets: [
            RecordSet("Class"),
        ]),
        File(name: "learners.rec", comment: [
            "# learners.rec: the people who learn at the center. BirthDate, BirthYear",
            "# and Phone are private: never shown on the projected screen.",
        ], sets: [
            RecordSet("Learner"),
        ]),
        File(name: "attendance.rec", comment: [
            "# attendance.rec: enrollments (one enrollment is one learner-turn) and",
            "# attendance, one record per learner per session attended.",
        ], sets: [
            RecordSet("Enrollment"),
            RecordSet("Attendance"),
        ]),
        File(name: "branches.rec", comment: [
            "# branches.rec: the branches of the Study Promotion Association",
            "# (neighbourhood, school, agency) and the ward's clans.",
        ], sets: [
            RecordSet("Branch"),
            RecordSet("Clan"),
        ]),
        File(name: "awards.rec", comment: [
            "# awards.rec: awards handed out by the branches; amounts in whole đồng.",
        ], sets: [
            RecordSet("Award"),
        ]),
        File(name: "funds.rec", comment: [
            "# funds.rec: donations to the study-promotion fund; amounts in whole đồng.",
        ], sets: [
            RecordSet("Donation"),
        ]),
        File(name: "titles.rec", comment: [
            "# titles.rec: learning titles of each school year: learning families,",
            "# communities and units recognised, of how many, per branch or ward-wide.",
        ], sets: [
            RecordSet("Title"),
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
