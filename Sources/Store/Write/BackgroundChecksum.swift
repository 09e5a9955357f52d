/// The undo journal's checksum of a file (before an append, after an insertion), worked out on another thread while the record is checked.

import Dispatch

/// FNV-1a is one long chain of multiplications (about 0,35 s over a 220 MB `awards.rec`) that
/// nothing else waits on until the journal is written; `hoctap add` starts it as soon as the file
/// is read and takes it when the change is noted, so it runs beside the check on a second core.
final class BackgroundChecksum: @unchecked Sendable {
    private let group = DispatchGroup()
    /// Written once, by the worker, before it leaves `group`; read only after waiting on it.
    private var result: UInt64 = 0

    /// Starts the checksum of `bytes`.
    convenience init(_ bytes: [UInt8]) {
        self.init(parts: [bytes[...]])
    }

    /// Starts the checksum of the bytes of `parts`, one after another (a file with text put inside it).
    init(parts: [ArraySlice<UInt8>]) {
        DispatchQueue.global().async(group: group) { [self] in
            result = parts.reduce(0xcbf2_9ce4_8422_2325) { hash, part in part.withUnsafeBufferPointer { UndoChange.fnv($0, from: hash) } }
        }
    }

    /// The checksum, waiting for it if it is not done.
    var value: UInt64 {
        group.wait()
        return result
    }
}
