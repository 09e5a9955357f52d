/// Text a write put inside a store file rather than at its end: which file, where, and the bytes.

import Recfile

/// One insertion a write made at a record boundary of a file, every byte around it kept: a
/// dashboard's enrollment goes before the Attendance part of `attendance.rec`. A reader that read
/// the file before can take the inserted records alone and move what it read after them
/// (`StoreReloader`), when the store's stamps prove that nothing else changed.
public struct FileInsertion: Hashable, Sendable {
    /// The store file.
    public var file: String
    /// The set of the inserted records.
    var set: String
    /// The byte offset the text went in at, the start of a line just after a blank one.
    var offset: Int
    /// How many lines the file held before that offset.
    var linesBefore: Int
    /// The inserted text: whole records and the blank line after them.
    var bytes: [UInt8]

    /// What the insertion moved in the file.
    var shift: LineShift {
        LineShift(afterLine: linesBefore, lines: bytes.count(where: { $0 == 0x0A }), offset: offset, bytes: bytes.count)
    }
}
