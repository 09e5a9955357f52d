/// Writes generated text to a file in large chunks, so a store of any size never sits in memory.

import Foundation
import Recfile
import Store

/// An open file written with write(2); the system's reason travels with any failure.
final class FileChunkSink {
    private var fd: Int32
    let path: String

    /// Creates or truncates the file at `path`.
    init(path: String) throws {
        self.path = path
        do {
            fd = try SystemCalls.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode: 0o644)
        } catch let failure as SystemCallFailure {
            throw GeneratorError.cannotWrite(path: path, reason: SystemCalls.errorText(failure.code))
        }
    }

    deinit {
        if fd >= 0 { _ = Foundation.close(fd) }
    }

    /// Writes every byte, retrying short writes and interruptions.
    func write(_ bytes: [UInt8]) throws {
        do {
            try SystemCalls.writeAll(fd, bytes)
        } catch let failure as SystemCallFailure {
            throw GeneratorError.cannotWrite(path: path, reason: SystemCalls.errorText(failure.code))
        }
    }

    /// Flushes to the disk and closes the file.
    func close() throws {
        guard fd >= 0 else { return }
        let synced = fsync(fd) == 0 ? nil : errno
        let closed = Foundation.close(fd) == 0 ? nil : errno
        fd = -1
        if let code = synced ?? closed { throw GeneratorError.cannotWrite(path: path, reason: SystemCalls.errorText(code)) }
    }
}
