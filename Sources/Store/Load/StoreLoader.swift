/// Opens a store folder and reads its files into a `StoreSnapshot`.

import Foundation
import Recfile

/// Reads a store folder. Only an unusable folder throws; anything wrong inside it is a problem.
public enum StoreLoader {
    /// Reads the store in `directory`: every file of `StoreSchema.files`, in that order (a set that
    /// others refer to is always read before them). A missing file is read as empty, with a warning,
    /// or an error when the store shows it existed (see `MissingFiles`); a dangling link or a loop
    /// of links in a file's place is an error.
    /// Throws `StoreError` when the folder does not exist, is not a folder, or cannot be listed.
    public static func load(directory: String) throws -> StoreSnapshot {
        try load(directory: directory, pieces: .standard)
    }

    /// The same, with large files cut and read side by side as `pieces` says.
    static func load(directory: String, pieces: PieceOptions) throws -> StoreSnapshot {
        try FileAccess.checkFolder(directory)
        var builder = SnapshotBuilder(directory: directory, manifest: StoreManifest.read(directory))
        builder.pieces = pieces
        for name in StoreSchema.files {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
            if builder.unusable(name, FilePresence.of(path)) { continue }
            do {
                try builder.read(name, path: path)
            } catch {
                builder.unreadable(name, reason: "\(error)")
            }
        }
        return builder.finish()
    }

    /// Decodes store files given in memory, by file name (`awards.rec` …); a name the dictionary
    /// lacks is a missing file. For tests and fuzzing: the same checks as `load`, with no disk.
    public static func decode(files: [String: [UInt8]], directory: String = "") -> StoreSnapshot {
        decode(files: files, directory: directory, pieces: .standard)
    }

    /// The same, with large files cut and read side by side as `pieces` says.
    static func decode(files: [String: [UInt8]], directory: String = "", pieces: PieceOptions,
                       manifest: StoreManifest? = nil) -> StoreSnapshot {
        var builder = SnapshotBuilder(directory: directory, manifest: manifest)
        builder.pieces = pieces
        builder.given = files
        for name in StoreSchema.files {
            guard let bytes = files[name] else {
                builder.missing(name)
                continue
            }
            bytes.withUnsafeBufferPointer { builder.decode(name, bytes: $0) }
        }
        return builder.finish()
    }
}
