/// Creates a new store folder: every file written whole under a temporary name, then linked into place.

import Foundation

/// `hoctap init`: writes the store's files into a folder without ever replacing one. Each file
/// is written to a temporary name in the folder, flushed, then given its name with link(2), which
/// fails rather than replace a file that appeared meanwhile; if any file fails, the files already
/// placed are removed again, so the folder is left as it was. Last, `.hoctap-files` lists them
/// (`StoreManifest`), so that one of them missing later is an error.
public enum StoreInitializer {
    /// What the new store holds.
    public enum Contents: Sendable {
        /// Every file with its comment and schema headers, no records.
        case empty
        /// The files of an existing store folder (the built-in demo), copied as they are.
        case copy(from: String)
        /// Texts by file name (a freshly generated store).
        case texts([String: String])
    }

    /// Why nothing was written.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case filesExist(directory: String, names: [String])
        case sourceMissing(path: String)
        case cannotWrite(path: String, reason: String)

        public var description: String {
            switch self {
            case .filesExist(let directory, let names):
                return "\(directory) already holds store files (\(names.joined(separator: ", "))); "
                    + "nothing was written. Choose an empty folder or move those files away."
            case .sourceMissing(let path):
                return "cannot read \(path); nothing was written"
            case .cannotWrite(let path, let reason):
                return "cannot write \(path): \(reason); nothing was left behind"
            }
        }
    }

    /// Writes every store file into `directory`, creating the folder if needed. Returns the paths
    /// written, in the store's file order. Throws `Failure` and leaves no store file behind when
    /// any of them exists already or cannot be written.
    @discardableResult
    public static func create(in directory: String, contents: Contents) throws -> [String] {
        let folder = URL(fileURLWithPath: directory)
        let names = StoreSchema.files
        let existing = names.filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
        guard existing.isEmpty else { throw Failure.filesExist(directory: directory, names: existing) }
        let texts = try names.map { try text(of: $0, contents) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure.cannotWrite(path: directory, reason: (error as NSError).localizedDescription)
        }
        var placed: [String] = []
        do {
            for (name, text) in zip(names, texts) {
                let path = (directory as NSString).appendingPathComponent(name)
                let temporary = (directory as NSString).appendingPathComponent(".\(name).new-\(getpid())")
                try place(Array(text.utf8), at: path, temporary: temporary, directory: directory)
                placed.append(path)
            }
            syncFolder(directory)
            StoreManifest.update(in: directory)
        } catch {
            for path in placed { unlink(path) }
            throw error
        }
        return placed
    }

    private static func text(of name: String, _ contents: Contents) throws -> String {
        switch contents {
        case .empty:
            // A new store starts with the published criteria sets, which the ward may correct.
            return name == "criteria.rec" ? PublishedCriteria.fileText() : StoreSchema.fileHeader(for: name)
        case .copy(let source):
            let path = URL(fileURLWithPath: source).appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path) else { throw Failure.sourceMissing(path: path) }
            return String(decoding: data, as: UTF8.self)
        case .texts(let texts):
            guard let text = texts[name] else { throw Failure.sourceMissing(path: name) }
            return text
        }
    }

    /// Writes `bytes` to `temporary`, flushes it, then links it to `path` unless `path` exists.
    private static func place(_ bytes: [UInt8], at path: String, temporary: String, directory: String) throws {
        unlink(temporary)
        let fd: Int32
        do {
            fd = try SystemCalls.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode: 0o644)
        } catch let failure as SystemCallFailure {
            throw Failure.cannotWrite(path: temporary, reason: SystemCalls.errorText(failure.code))
        }
        defer { unlink(temporary) }
        do {
            defer { close(fd) }
            try SystemCalls.writeAll(fd, bytes)
            try SystemCalls.syncData(fd)
        } catch let failure as SystemCallFailure {
            throw Failure.cannotWrite(path: temporary, reason: SystemCalls.errorText(failure.code))
        }
        if link(temporary, path) == 0 { return }
        let name = (path as NSString).lastPathComponent
        if errno == EEXIST { throw Failure.filesExist(directory: directory, names: [name]) }
        // A file system without hard links: check, then rename (the only window a racing writer has).
        guard !FileManager.default.fileExists(atPath: path) else {
            throw Failure.filesExist(directory: directory, names: [name])
        }
        guard rename(temporary, path) == 0 else { throw Failure.cannotWrite(path: path, reason: SystemCalls.errorText(errno)) }
    }

    /// Makes the new names durable; a folder that cannot be opened for this is left to the system.
    private static func syncFolder(_ directory: String) {
        try? SystemCalls.syncFolder(directory)
    }
}
