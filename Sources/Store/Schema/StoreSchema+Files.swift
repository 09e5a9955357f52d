/// What each store file holds, as the comment at its top says it: one table for every header.

extension StoreSchema {
    /// The comment lines at the top of each file, as `init`, `add` into a missing file and the demo
    /// generator all write them, and as the documentation summarises them.
    package static let fileComments: [String: [String]] = [
        "campaign.rec": [
            "# campaign.rec: the Lifelong Learning Week campaign of the school year,",
            "# its targets, the ward's education indicators and the ceremony agenda.",
        ],
        "ceremony.rec": [
            "# ceremony.rec: the ceremony's progress, append-only. Each record moves",
            "# the \"now\" marker of the agenda; the last record is the item under way.",
        ],
        "classes.rec": [
            "# classes.rec: the classes of the school year: topic, kind, partner",
            "# organisation, teacher, dates, number of sessions, capacity and venue.",
        ],
        "learners.rec": [
            "# learners.rec: the people who learn at the center. BirthDate, BirthYear",
            "# and Phone are private: never shown on the projected screen.",
        ],
        "attendance.rec": [
            "# attendance.rec: enrollments (one enrollment is one learner-turn) and",
            "# attendance, one record per learner per session attended.",
        ],
        "branches.rec": [
            "# branches.rec: the branches of the Study Promotion Association",
            "# (neighbourhood, school, agency) and the ward's clans.",
        ],
        "awards.rec": [
            "# awards.rec: awards handed out by the branches; amounts in whole đồng.",
        ],
        "funds.rec": [
            "# funds.rec: donations to the study-promotion fund; amounts in whole đồng.",
        ],
        "titles.rec": [
            "# titles.rec: learning titles of each school year: learning families,",
            "# communities and units recognised, of how many, per branch or ward-wide.",
        ],
        "office.rec": [
            "# office.rec: the bodies that issue the papers (the ward's committee, the",
            "# center, the association) and the people who sign them, with their titles.",
        ],
        "papers.rec": [
            "# papers.rec: the register of numbered papers: each body numbers its papers",
            "# from 1 every calendar year; hoctap appends a record when it issues one.",
        ],
        "fundbook.rec": [
            "# fundbook.rec: the study-promotion fund's book beyond the gifts: the balance",
            "# each fund year opened with, and spending other than awards; whole đồng.",
        ],
        "criteria.rec": [
            "# criteria.rec: the published criteria sets of the learning titles, their items",
            "# (in scoring order) and pass rules; empty places wait for the decision in force.",
        ],
        "subjects.rec": [
            "# subjects.rec: what the titles are assessed on besides learners and clans:",
            "# residential groups, units, party cells and their members, families.",
        ],
        "assessments.rec": [
            "# assessments.rec: registrations and assessments per calendar year; the result",
            "# of an assessment is computed from its scores by its set's rule, never written.",
        ],
    ]

    /// What a file holds, in one sentence without the leading `# NAME:` (for the documentation).
    static func fileSummary(_ file: String) -> String {
        let text = (fileComments[file] ?? []).map { $0.hasPrefix("# ") ? String($0.dropFirst(2)) : $0 }
            .joined(separator: " ")
        let prefix = file + ": "
        let summary = text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text
        return summary.hasSuffix(".") ? String(summary.dropLast()) : summary
    }

    /// A whole file with no records: the comment saying what it holds, then, after a blank line
    /// each, the descriptor of each of its sets. Empty for a file the schema does not know.
    public static func fileHeader(for file: String) -> String {
        fileText(for: file) { _ in [] }
    }

    /// A whole file as `fileHeader` writes it, with each set's `records` (their text, each ending
    /// in a line break) after its descriptor, a blank line before each.
    static func fileText(for file: String, records: (SetSchema) -> [String]) -> String {
        let sets = sets(in: file)
        guard !sets.isEmpty else { return "" }
        var text = (fileComments[file] ?? ["# \(file)"]).joined(separator: "\n") + "\n"
        for set in sets {
            text += "\n" + descriptorText(for: set)
            for record in records(set) { text += "\n" + record }
        }
        return text
    }
}
