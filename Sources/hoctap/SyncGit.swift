/// Git run in a store's folder for `hoctap sync`: what it printed, its status, and the few questions sync asks of it.

import Foundation

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The store folder's git repository, driven through the `git` program.
struct SyncGit {
    /// The store folder (git is run there, so pathspecs are relative to it).
    let folder: URL
    /// The store folder's path inside the repository (`""` at its top, else ending in `/`), and
    /// the repository's git folder; nil when the folder is in no git work tree.
    private var place: (prefix: String, gitFolder: String)?

    /// The repository the store folder `folder` is in, asked once where it is.
    init(folder: URL) {
        self.folder = folder
        place = nil
        let lines = run(["rev-parse", "--is-inside-work-tree", "--absolute-git-dir", "--show-prefix"]).output
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count >= 3, lines[0] == "true" else { return }
        // A work tree's top gives an empty prefix line.
        place = (lines[2], lines[1])
    }

    /// What a git command printed (standard output and error together) and its exit status.
    struct Run {
        let status: Int32
        let output: String
        var succeeded: Bool { status == 0 }
    }

    /// Runs git with `arguments`; standard output and error together. A merge never opens an
    /// editor (`--no-edit`, and `GIT_MERGE_AUTOEDIT=no` for the merge a pull makes).
    @discardableResult
    func run(_ arguments: [String]) -> Run {
        let pipe = Pipe()
        let status = launch(arguments, output: pipe, error: pipe)
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        return Run(status: status.map { $0() } ?? 127, output: String(decoding: data, as: UTF8.self))
    }

    /// Standard output alone (a file's bytes at a commit), or nil when git fails.
    func bytes(_ arguments: [String]) -> Data? {
        let pipe = Pipe()
        guard let wait = launch(arguments, output: pipe, error: FileHandle.nullDevice) else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        return wait() == 0 ? data : nil
    }

    /// Starts git; a function that waits for it and gives its status, or nil when it cannot start.
    private func launch(_ arguments: [String], output: Any, error: Any) -> (() -> Int32)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_MERGE_AUTOEDIT"] = "no"
        environment["LC_ALL"] = "C"
        process.environment = environment
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        return {
            // Foundation's `waitUntilExit` on Linux looks again every 50 ms, which made each of a
            // round's twenty git commands cost 50 ms; the end is seen here within a millisecond
            // (git has closed its output by then, so this is a short wait).
            while process.isRunning { usleep(1_000) }
            return process.terminationStatus
        }
    }

    /// The first line git printed, trimmed; nil when it failed or printed nothing.
    func line(_ arguments: [String]) -> String? {
        let run = run(arguments)
        let first = run.output.split(separator: "\n").first.map { $0.trimmingCharacters(in: .whitespaces) }
        return run.succeeded && first?.isEmpty == false ? first : nil
    }

    // MARK: Questions

    /// Whether the folder is inside a git work tree.
    var isRepository: Bool { place != nil }

    /// The store folder's path inside the repository (`""` at its top, else ending in `/`).
    var prefix: String { place?.prefix ?? "" }

    /// The commit HEAD names, nil before the first commit.
    var head: String? { line(["rev-parse", "--verify", "-q", "HEAD"]) }

    /// True while a merge waits for its commit (after a clash).
    var isMerging: Bool {
        place.map { FileManager.default.fileExists(atPath: $0.gitFolder + "/MERGE_HEAD") } ?? false
    }

    /// The files git still calls unmerged, relative to the repository's top.
    var unmerged: [String] {
        run(["diff", "--name-only", "--diff-filter=U"]).output.split(separator: "\n").map(String.init)
    }

    /// The remotes configured (`origin`, …).
    var remotes: [String] { run(["remote"]).output.split(separator: "\n").map(String.init) }

    /// The upstream of the current branch (`origin/main`), nil when it has none.
    var upstream: String? { line(["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}"]) }

    /// The current branch's name, nil on a detached HEAD.
    var branch: String? { line(["symbolic-ref", "--short", "-q", "HEAD"]) }

    /// The value of a configuration key, nil when unset.
    func config(_ key: String) -> String? { line(["config", "--get", key]) }

    /// The files of the store folder named `names` at commit `commit`, by name, as text; a file
    /// absent there is absent here.
    func files(_ names: [String], at commit: String?) -> [String: String] {
        guard let commit else { return [:] }
        var found: [String: String] = [:]
        let prefix = prefix
        for name in names {
            guard let data = bytes(["cat-file", "blob", "\(commit):\(prefix)\(name)"]) else { continue }
            found[name] = String(decoding: data, as: UTF8.self)
        }
        return found
    }

    /// Which of `names` differ between `commit` and `other` (the index when nil), relative to the
    /// store folder; all of `names` before the first commit.
    func changed(_ names: [String], from commit: String?, to other: String? = nil) -> [String] {
        guard let commit else { return names }
        let arguments = ["diff", "--name-only", "--relative", "--no-renames"] + (other == nil ? ["--cached", commit] : [commit, other!])
        return run(arguments + ["--"] + names).output.split(separator: "\n").map(String.init)
    }

    /// Which of `names` git tracks in the store folder.
    func tracked(_ names: [String]) -> Set<String> {
        Set(run(["ls-files", "--"] + names).output.split(separator: "\n").map(String.init))
    }
}
