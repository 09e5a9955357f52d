/// A clash of a three-way merge: one record (or descriptor) changed differently on both sides, or removed on one and changed on the other.

/// What could not be merged by itself, with what each side holds.
public struct RecMergeClash: Hashable, Sendable {
    /// How the two sides disagree.
    public enum Kind: Hashable, Sendable {
        /// Both sides changed it, differently.
        case bothChanged
        /// Both sides added a record with this key, differently.
        case bothAdded
        /// Ours removed it, theirs changed it.
        case removedOurs
        /// Theirs removed it, ours changed it.
        case removedTheirs
    }

    public var kind: Kind
    /// The file's path, as the merge was given it.
    public var file: String
    /// The record set (`Award`).
    public var set: String
    /// The record's key (`KT0012`); for a descriptor, the set's name.
    public var key: String
    /// The field whose values differ; nil for the whole record (a removal) or a descriptor.
    public var field: String?
    /// The value before (nil: the record or field did not exist).
    public var base: String?
    /// Our value (nil: removed, or the field is absent).
    public var ours: String?
    /// Their value (nil: removed, or the field is absent).
    public var theirs: String?

    public init(kind: Kind, file: String, set: String, key: String, field: String?, base: String?, ours: String?, theirs: String?) {
        self.kind = kind
        self.file = file
        self.set = set
        self.key = key
        self.field = field
        self.base = base
        self.ours = ours
        self.theirs = theirs
    }
}
