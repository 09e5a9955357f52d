/// An immutable picture of the store at one moment: every record read and every problem found.

import Recfile

/// What the dashboard shows. Records with errors are left out and said to be wrong in `problems`;
/// every array is in file order.
public struct StoreSnapshot: Sendable {
    /// The store folder as given to the loader.
    public var directory: String
    /// Every valid `Campaign` record; the store should have exactly one.
    public var campaigns: [Campaign]
    public var targets: [Target]
    public var indicators: [Indicator]
    public var agenda: [AgendaItem]
    /// Append-only: the last entry is the agenda item under way.
    public var agendaLog: [AgendaLogEntry]
    /// The `Class` records.
    public var classes: [Course]
    public var learners: [Learner]
    public var enrollments: [Enrollment]
    public var attendance: [Attendance]
    public var branches: [Branch]
    public var clans: [Clan]
    public var awards: [Award]
    public var donations: [Donation]
    /// The `Title` records: learning families, communities and units per school year.
    public var titles: [LearningTitle] = []
    /// The bodies that issue papers and the people who sign them (`office.rec`).
    public var bodies: [IssuingBody] = []
    public var signers: [Signer] = []
    /// The register of numbered papers (`papers.rec`).
    public var papers: [IssuedPaper] = []
    /// The fund's years and their opening balances, and its spending other than awards (`fundbook.rec`).
    public var fundYears: [FundYear] = []
    public var expenses: [Expense] = []
    /// The criteria sets of the learning titles, each with its items (`criteria.rec`).
    public var criteriaSets: [CriteriaSet] = []
    /// What titles are assessed on besides learners and clans (`subjects.rec`).
    public var communities: [ResidentialGroup] = []
    public var units: [LearningUnit] = []
    public var partyCells: [PartyCell] = []
    public var families: [Family] = []
    /// Registrations and assessments per calendar year (`assessments.rec`).
    public var registrations: [Registration] = []
    public var assessments: [Assessment] = []
    /// Sorted by file, then line.
    public var problems: [StoreProblem]
    /// How many records each store file held when read, of any set, valid or not; a file that was
    /// missing or unreadable has no entry. A live reload compares these with the last good load's.
    public var fileRecords: [String: Int] = [:]

    /// The campaign the dashboard shows: the first valid one. Nil when `campaign.rec` is missing or
    /// its Campaign record is unusable.
    public var campaign: Campaign? {
        get { campaigns.first }
        set { campaigns = newValue.map { [$0] } ?? [] }
    }

    public init(
        directory: String, campaign: Campaign? = nil, targets: [Target] = [], indicators: [Indicator] = [],
        agenda: [AgendaItem] = [], agendaLog: [AgendaLogEntry] = [], classes: [Course] = [],
        learners: [Learner] = [], enrollments: [Enrollment] = [], attendance: [Attendance] = [],
        branches: [Branch] = [], clans: [Clan] = [], awards: [Award] = [], donations: [Donation] = [],
        problems: [StoreProblem] = []
    ) {
        self.directory = directory
        self.campaigns = campaign.map { [$0] } ?? []
        self.targets = targets
        self.indicators = indicators
        self.agenda = agenda
        self.agendaLog = agendaLog
        self.classes = classes
        self.learners = learners
        self.enrollments = enrollments
        self.attendance = attendance
        self.branches = branches
        self.clans = clans
        self.awards = awards
        self.donations = donations
        self.problems = problems
    }

    /// The errors among the problems.
    public var errors: [StoreProblem] { problems.filter { $0.severity == .error } }

    /// The warnings among the problems.
    public var warnings: [StoreProblem] { problems.filter { $0.severity == .warning } }

    /// The agenda item under way: the one the last log entry names, if the agenda has it.
    public var currentAgendaItem: AgendaItem? {
        guard let last = agendaLog.last else { return nil }
        return agenda.first { $0.seq == last.seq }
    }
}
