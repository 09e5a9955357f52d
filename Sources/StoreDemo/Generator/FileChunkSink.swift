/// Writes generated text to a file in large chunks, so a store of any size never sits in memory.

import Foundation
import Store

/// An open file written with write(2); the system's reason travels with any failure.
final class FileChunkSink {
    private var fd: Int32
    let path: String

    /// Creates or truncates the file at `path`.
    init(path: String) throws {
        self.path = path
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw GeneratorError.cannotWrite(path: path, reason: Self.reason()) }
    }

    deinit {
        if fd >= 0 { _ = Foundation.close(fd) }
    }

    /// Writes every byte, retrying short writes and interruptions.
    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n > 0 {
                    offset += n
                } else if n < 0, errno == EINTR {
                    continue
                } else {
                    throw GeneratorError.cannotWrite(path: path, reason: Self.reason())
                }
            }
        }
    }

    /// Flushes to the disk and closes the file.
    func close() throws {
        guard fd >= 0 else { return }
        let synced = fsync(fd) == 0
        let closed = Foundation.close(fd) == 0
        fd = -1
        guard synced, closed else { throw GeneratorError.cannotWrite(path: path, reason: Self.reason()) }
    }

    private static func reason() -> String {
        let code = errno
        return strerror(code).map { String(cString: $0) } ?? "system error \(code)"
    }
}
