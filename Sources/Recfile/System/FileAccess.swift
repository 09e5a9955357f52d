/// Reading whole store files and checking the store folder, so a failure carries the system's own reason.

import Foundation

/// Reads whole files through `SystemCalls` and checks folders with opendir(3).
package enum FileAccess {
    /// Every byte of the file at `path`. Throws `StoreError.unreadable` with the system's reason.
    package static func readAll(_ path: String) throws -> [UInt8] {
        do {
            let fd = try SystemCalls.openRegularFile(path)
            defer { close(fd) }
            return try SystemCalls.readAll(fd)
        } catch let failure as SystemCallFailure {
            throw StoreError.unreadable(path: path, reason: SystemCalls.errorText(failure.code))
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
            throw StoreError.unreadable(path: path, reason: SystemCalls.errorText(errno))
        }
        closedir(dir)
    }
}
