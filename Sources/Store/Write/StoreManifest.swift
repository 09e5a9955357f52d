/// `.hoctap-files`: the store files hoctap has written or found in the folder, so a missing one is known to be lost.

import Foundation
import Recfile

/// A small list kept beside the store files: every store file that existed when hoctap wrote to
/// the store (`init`, `add`, the dashboard's writes), one name a line; a name once listed stays
/// listed, so a file that disappears later is an error, while an older store that never had a
/// file (no `titles.rec`) is not. After a name, a number is the size in bytes hoctap's last
/// rewrite left that file at: a file that holds fewer records than before is hoctap's own doing
/// only when it still has that size. Written with a temporary file and a rename; never needed to
/// read the store (a store without it is read as before), and a failure to write it fails no write.
package struct StoreManifest: Equatable, Sendable {
    package static let fileName = ".hoctap-files"

    /// The listed store files.
    package var files: Set<String> = []
    /// For a file hoctap has rewritten: its size in bytes just after.
    package var rewrites: [String: Int] = [:]

    package init(files: Set<String> = [], rewrites: [String: Int] = [:]) {
        self.files = files
        self.rewrites = rewrites
    }

    /// The manifest of the store in `directory`; nil when it has none or it cannot be read.
    package static func read(_ directory: String) -> StoreManifest? {
        guard let bytes = try? FileAccess.readAll(RecWriter.storePath(fileName, in: directory)) else { return nil }
        var manifest = StoreManifest()
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ")
            guard let name = parts.first.map(String.init), StoreSchema.files.contains(name) else { continue }
            manifest.files.insert(name)
            if parts.count > 1, let size = Int(parts[1]) { manifest.rewrites[name] = size }
        }
        return manifest
    }

    /// The text of the file.
    var text: String {
        var text = "# \(Self.fileName): the store files hoctap has written or found here, one a line;\n"
            + "# a number after a name is the size in bytes hoctap's last rewrite of it left.\n"
        for name in StoreSchema.files where files.contains(name) {
            text += name + (rewrites[name].map { " \($0)" } ?? "") + "\n"
        }
        return text
    }

    /// Adds the store files now in `directory` to its manifest (and notes `rewrite`, a file about to
    /// be rewritten to `size` bytes), then writes it with a temporary file and a rename.
    package static func update(in directory: String, rewrite: (file: String, size: Int)? = nil) {
        let before = read(directory)
        var manifest = before ?? StoreManifest()
        for name in StoreSchema.files where FilePresence.of(RecWriter.storePath(name, in: directory)) != .missing {
            manifest.files.insert(name)
        }
        if let rewrite {
            manifest.files.insert(rewrite.file)
            manifest.rewrites[rewrite.file] = rewrite.size
        }
        // An append to a store whose files are all listed changes nothing: no write, no fsync.
        if manifest != before { manifest.write(in: directory) }
    }

    /// Replaces `file` with `contents` through `RecWriter`, having noted the rewrite first (a
    /// reader that sees the note before the new file finds the old size, which it does not excuse).
    package static func rewrite(_ file: String, contents: [UInt8], under lock: borrowing StoreLock) throws {
        try rewrite(file, parts: [contents[...]], under: lock)
    }

    /// The same, with the new text in parts (`RecWriter.rewrite(_:parts:under:)`).
    package static func rewrite(_ file: String, parts: [ArraySlice<UInt8>], under lock: borrowing StoreLock) throws {
        update(in: lock.folder, rewrite: (file, parts.reduce(0) { $0 + $1.count }))
        try RecWriter.rewrite(file, parts: parts, under: lock)
    }

    private func write(in directory: String) {
        let path = RecWriter.storePath(Self.fileName, in: directory)
        let temporary = RecWriter.storePath(".\(Self.fileName).tmp-\(getpid())", in: directory)
        guard let fd = try? SystemCalls.open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW) else { return }
        let written = (try? SystemCalls.writeAll(fd, Array(text.utf8))) != nil && (try? SystemCalls.syncData(fd)) != nil
        close(fd)
        if !written || rename(temporary, path) != 0 { unlink(temporary) }
    }
}
