/// Where on its line a problem's caret goes, decided when the problem is found and resolved against the bytes later.

/// The part of a line a problem points at.
package enum CaretAnchor: Hashable, Sendable {
    /// No excerpt: the problem concerns the whole file.
    case none
    /// The first column: the whole line is wrong.
    case lineStart
    /// The field name at the start of the line.
    case fieldName
    /// The value of the field on the line, after `Name:` and blanks.
    case value
    /// A byte of the file, by its offset from the file's start (such as a byte that is not UTF-8).
    case byte(Int)
    /// Just after the last character of the line.
    case lineEnd
}
