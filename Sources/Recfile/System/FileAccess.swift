/// Plain POSIX reading of store files and folders, so a failure carries the system's own reason.

import Foundation

/// Reads whole files with read(2) in large chunks and checks folders with opendir(3).
package enum FileAccess {
    private static let chunkSize = 4 << 20

    /// Every byte of the file at `path`. Throws `StoreError.unreadable` with the system's reason.
    package static func readAll(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError.unreadable(path: path, reason: lastErrorText()) }
        defer { close(fd) }
        var info = stat()
        let expected = fstat(fd, &info) == 0 ? min(max(0, Int(clamping: info.st_size)), Int(Int32.max)) : 0
        var result: [UInt8] = []
        result.reserveCapacity(expected + 1)
        var chunk = [UInt8](repeating: 0, count: max(1 << 16, min(chunkSize, expected + 1)))
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                result.append(contentsOf: chunk[0..<n])
            } else if n == 0 {
                return result
            } else if errno != EINTR {
                throw StoreError.unreadable(path: path, reason: lastErrorText())
            }
        }
    }

    /// Throws unless `path` is a folder that can be listed.
    package static func checkFolder(_ path: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw StoreError.folderNotFound(path: path)
        }
        guard isFolder.boolValue else { throw StoreError.notAFolder(path: path) }
        guard let dir = opendir(path) else {
            throw StoreError.unreadable(path: path, reason: lastErrorText())
        }
        closedir(dir)
    }

    /// The system's wording of the last error, such as "Permission denied".
    private static func lastErrorText() -> String {
        let code = errno
        guard let text = strerror(code) else { return "system error \(code)" }
        return String(cString: text)
    }
}
