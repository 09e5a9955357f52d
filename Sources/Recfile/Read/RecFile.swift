/// The result of reading one recfile: descriptors, records and every problem found on the way.

/// One parsed recfile. Parsing never stops at a problem: the good parts are all here.
public struct RecFile: Sendable {
    /// The file's display name, as the caller gave it.
    public var path: String
    public var descriptors: [RecDescriptor]
    public var records: [RecRecord]
    /// In line order.
    public var problems: [StoreProblem]

    public init(path: String, descriptors: [RecDescriptor] = [], records: [RecRecord] = [], problems: [StoreProblem] = []) {
        self.path = path
        self.descriptors = descriptors
        self.records = records
        self.problems = problems
    }

    /// The records of one record set, in file order.
    public func records(of set: String) -> [RecRecord] {
        records.filter { $0.set == set }
    }

    /// The descriptor of one record set.
    public func descriptor(of set: String) -> RecDescriptor? {
        descriptors.first { $0.name == set }
    }
}
