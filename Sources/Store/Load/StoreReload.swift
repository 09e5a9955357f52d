/// Reloads a store whose files may be mid-write: a last line without its newline is held back.

import Foundation
import Recfile

extension StoreLoader {
    /// Reads the store like `load(directory:)`, except for a file whose last line has no newline
    /// yet (an editor mid-save, a writer mid-append). Such a line is *pending*: the store is also
    /// decoded with every pending line cut off, and the cut version is used when the full one has
    /// more errors. A finished last line that merely lacks its newline adds no error, so it is kept
    /// (with the usual warning); a half-written one waits for its newline instead of showing an error.
    /// Throws `StoreError` as `load` does.
    public static func reload(directory: String) throws -> StoreSnapshot {
        try FileAccess.checkFolder(directory)
        var files: [String: [UInt8]] = [:]
        var cut: [String: [UInt8]] = [:]
        var hasPending = false
        for name in StoreSchema.files {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
            // A dangling link is not a missing file: reading it fails, and the loader reports it.
            guard FilePresence.of(path) != .missing else { continue }
            // An unreadable file gets the loader's own report.
            guard let bytes = try? FileAccess.readAll(path) else { return try load(directory: directory) }
            files[name] = bytes
            if let last = bytes.last, last != 0x0A {
                hasPending = true
                let end = bytes.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
                cut[name] = Array(bytes[..<end])
            } else {
                cut[name] = bytes
            }
        }
        let manifest = StoreManifest.read(directory)
        let full = decode(files: files, directory: directory, pieces: .standard, manifest: manifest)
        guard hasPending else { return full }
        let settled = decode(files: cut, directory: directory, pieces: .standard, manifest: manifest)
        return full.errors.count > settled.errors.count ? settled : full
    }
}
