/// What the dashboard asks to import: the kind of list, the file, and the class, branch, school year and day the rows belong to.

/// A list the clerk asked to bring in from the dashboard. The dashboard only describes it; the
/// program reads and plans the file (`Exchange`) and answers with an `ImportReview`. Defined in
/// `Store` so that both the dashboard and the program see it without the dashboard importing
/// `Exchange`.
public struct ImportRequest: Hashable, Sendable {
    /// The lists that can be imported (the same words as `hoctap import`).
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        case learners, enrollments, awards, donations
    }

    public var kind: Kind
    /// The file as typed (`~` is the user's home folder).
    public var path: String
    /// The class every row is enrolled in, unless the file has a class column.
    public var classId: String?
    /// The branch of the awards or donations, unless the file has a branch column.
    public var branchId: String?
    /// The school year of the awards, as typed (2022-2023 or 2022).
    public var year: String?
    /// The day of rows without a date, as typed (06/10/2022 or 2022-10-06); else today.
    public var date: String?

    public init(kind: Kind, path: String, classId: String? = nil, branchId: String? = nil, year: String? = nil, date: String? = nil) {
        self.kind = kind
        self.path = path
        self.classId = classId
        self.branchId = branchId
        self.year = year
        self.date = date
    }
}
