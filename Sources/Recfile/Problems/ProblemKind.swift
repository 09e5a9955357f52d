/// What sort of problem a `StoreProblem` is, so that tools and tests need not read its sentence.

/// The kinds of problem the reader and the decoder report.
public enum ProblemKind: String, Sendable, Hashable, CaseIterable {
    /// A line that is neither a field, a continuation, a comment nor blank; a bad descriptor.
    case syntax
    /// Bytes that are not UTF-8 (the message gives the byte offset).
    case invalidUTF8
    /// The last line has no line break (a warning: the file may still be being written).
    case noFinalNewline
    /// A store file is not in the folder.
    case missingFile
    /// A mandatory field is absent or empty.
    case missingField
    /// A value that is not of the field's type: enum, int, date, time, date and time.
    case badValue
    /// A key used by an earlier record of the same set.
    case duplicateKey
    /// A reference to a record that does not exist.
    case danglingReference
    /// A record before any `%rec` line in a file that holds several sets.
    case outsideSet
    /// A record set the schema does not have, or one that belongs in another file (an error: its
    /// records are not read).
    case unknownSet
    /// A field the schema does not have (a warning: users add columns).
    case unknownField
    /// A field that may appear once, given more than once (a warning: the first is used).
    case repeatedField
    /// A record that holds its set's key field twice: two records run together because the blank
    /// line between them is missing (an error, as `recfix` says "multiple key fields").
    case mergedRecords
    /// A file that holds fewer records than when it was last read, though no rewrite by the
    /// program explains it (cut short or emptied in place).
    case shrunk
    /// Values that disagree with each other, such as a week that ends before it starts.
    case inconsistent
    /// A record of a set without a key that repeats another in the fields that must not repeat
    /// together (a learner enrolled twice in one class).
    case duplicateRecord
    /// A date its record does not allow: attendance off the class's sessions, an enrollment
    /// outside the class's dates, an award given before the year it rewards.
    case outsideDates
    /// Attendance of a learner who is not enrolled in the class.
    case notEnrolled
    /// Anything else.
    case other
}
