/// What `hoctap sync --setup` writes into a store's git repository: the merge driver, its attribute, and the local files git must not carry.

import Foundation
import Recfile

/// The pieces of git's configuration that make a store's copies merge record by record.
public enum SyncSetup {
    /// The driver's name in `.git/config` (`merge.hoctap.driver`) and `.gitattributes`.
    public static let driverName = "hoctap"
    /// What `merge.hoctap.name` says in git's own messages.
    public static let driverTitle = "hoctap: gộp tệp .rec theo từng bản ghi"
    /// The line of `.gitattributes` that sends every recfile to the driver.
    public static let attributesLine = "*.rec merge=\(driverName)"

    /// What each copy keeps beside the store files for itself, never committed: the lock and its
    /// journal of torn appends, the queue of waiting writers, the undo journal, the list of files
    /// and their sizes after a rewrite, the demo mark, a rewrite's temporary files, and the copy's tag.
    public static let localFiles = [
        StoreLock.fileName, StoreLockQueue.folderName + "/", UndoJournal.fileName, StoreManifest.fileName,
        ".hoctap-demo", ".*.tmp-*", CopyTag.fileName,
    ]

    /// `merge.hoctap.driver`: the program (quoted for git's shell) and git's placeholders.
    public static func driverCommand(program: String) -> String {
        "'" + program.replacingOccurrences(of: "'", with: "'\\''") + "' merge-driver %O %A %B %P"
    }

    /// `text` (a `.gitattributes` or `.gitignore`, nil when there is none) with each of `lines`
    /// that it lacks added at its end; nil when it has them all, so nothing is written.
    public static func adding(_ lines: [String], to text: String?) -> String? {
        let present = Set((text ?? "").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        let missing = lines.filter { !present.contains($0) }
        guard !missing.isEmpty else { return nil }
        var result = text ?? ""
        if !result.isEmpty, !result.hasSuffix("\n") { result += "\n" }
        return result + missing.joined(separator: "\n") + "\n"
    }
}
