/// A record this program took out of a store file: which file, where, and how much.

import Recfile

/// One record a write took out of a file with the blank line after it (or, the file's last record,
/// with the blank line before it), every other byte kept: the roster's unmark. A reader that read the file before can drop the record and move what it read
/// after it (`StoreReloader`), when the store's stamps prove that nothing else changed.
public struct FileRemoval: Hashable, Sendable {
    /// The store file.
    public var file: String
    /// The set of the record taken out.
    var set: String
    /// The byte offset the removed text started at (the record's first line, or the blank line before it).
    var offset: Int
    /// How many lines the file held before that offset.
    var linesBefore: Int
    /// The line the record started on.
    var recordLine: Int
    /// How many lines and bytes were taken out.
    var lines: Int
    var bytes: Int
    /// Up to 64 bytes that followed the removed text, now at `offset`: what a reader compares.
    var following: [UInt8]

    /// What the removal moved in the file: everything after the removed text comes `lines` lines
    /// and `bytes` bytes earlier.
    var shift: LineShift {
        LineShift(afterLine: linesBefore + lines, lines: -lines, offset: offset + bytes, bytes: -bytes)
    }
}
