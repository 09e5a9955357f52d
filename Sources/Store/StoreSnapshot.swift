/// An immutable picture of the store at one moment: the model read so far and every problem found.

/// What the dashboard shows. Bad data leaves the affected parts nil and says why in `problems`.
public struct StoreSnapshot: Sendable {
    /// The store folder as given to the loader.
    public var directory: String
    /// Nil when `campaign.rec` is missing or its Campaign record is unusable.
    public var campaign: Campaign?
    /// Sorted by file, then line.
    public var problems: [StoreProblem]

    public init(directory: String, campaign: Campaign? = nil, problems: [StoreProblem] = []) {
        self.directory = directory
        self.campaign = campaign
        self.problems = problems
    }
}
