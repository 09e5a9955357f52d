/// The announcement of one append: which file, where it starts, and a copy of the bytes themselves.

/// Written to the lock file before an append and erased after its fsync. If the writer dies in
/// between, the next writer finds it and can tell a complete append from a torn one, and both
/// from bytes that somebody else wrote after the writer died: the copy lets it compare byte for
/// byte, so it only ever cuts bytes that the dead writer wrote itself.
package struct AppendIntent: Equatable, Sendable {
    /// The file's name inside the store folder.
    package var file: String
    /// The file's identity when the append began: a file replaced since (by an editor or a
    /// rewrite) is not the one the note is about.
    package var device: UInt64
    package var inode: UInt64
    /// The file's size before the append: where the new bytes start.
    package var offset: Int
    package var length: Int
    /// FNV-1a (64 bits) of the appended bytes.
    package var checksum: UInt64

    private static let tag = "append"

    /// One line, without a line break: `append DEVICE INODE OFFSET LENGTH CHECKSUM FILE`; the name
    /// comes last so that it may hold spaces.
    package var line: String {
        "\(Self.tag) \(device) \(inode) \(offset) \(length) \(String(checksum, radix: 16)) \(file)"
    }

    package init(file: String, device: UInt64, inode: UInt64, offset: Int, length: Int, checksum: UInt64) {
        self.file = file
        self.device = device
        self.inode = inode
        self.offset = offset
        self.length = length
        self.checksum = checksum
    }

    /// Reads a note written by `line`; nil for anything else.
    package init?(line text: String) {
        let parts = text.split(separator: " ", maxSplits: 6, omittingEmptySubsequences: false)
        guard parts.count == 7, parts[0] == Self.tag,
              let device = UInt64(parts[1]), let inode = UInt64(parts[2]),
              let offset = Int(parts[3]), let length = Int(parts[4]), offset >= 0, length > 0,
              let checksum = UInt64(parts[5], radix: 16), !parts[6].isEmpty
        else { return nil }
        self.init(file: String(parts[6]), device: device, inode: inode,
                  offset: offset, length: length, checksum: checksum)
    }

    /// The note as the lock file holds it: the line, a line break, then the announced bytes.
    package func note(with bytes: [UInt8]) -> [UInt8] {
        Array(line.utf8) + [0x0A] + bytes
    }

    /// Reads a note made by `note(with:)`: the announcement, and the copy of its bytes when the
    /// copy is whole (all `length` bytes there, with the announced checksum). nil when the first
    /// line is not an announcement at all.
    package static func read(note: [UInt8]) -> (intent: AppendIntent, bytes: [UInt8]?)? {
        guard let end = note.firstIndex(of: 0x0A) ?? (note.isEmpty ? nil : note.endIndex),
              let intent = AppendIntent(line: String(decoding: note[..<end], as: UTF8.self)) else { return nil }
        let start = end + 1
        guard start <= note.count, note.count - start >= intent.length else { return (intent, nil) }
        let bytes = Array(note[start..<(start + intent.length)])
        return (intent, checksum(bytes) == intent.checksum ? bytes : nil)
    }

    /// FNV-1a, 64 bits: enough to tell the bytes meant from zeros or other bytes.
    package static func checksum(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            hash ^= UInt64(b)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
