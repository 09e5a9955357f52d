/// Helpers for the watcher tests: wait for a report with a deadline, and make file changes.

import Foundation
import XCTest
@testable import Store
@testable import Recfile

/// Polls `watcher` until it reports a change or `seconds` pass; true when it reported one.
func waitForChange(_ watcher: StoreWatcher, within seconds: Double = 3) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if watcher.poll() { return true }
        usleep(5_000)
    }
    return false
}

/// Polls `watcher` for the whole of `seconds`; true when it never reported a change.
func staysQuiet(_ watcher: StoreWatcher, for seconds: Double = 0.6) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if watcher.poll() { return false }
        usleep(5_000)
    }
    return true
}

/// Appends `text` to the file `name` in `folder`, as a writer on O_APPEND does.
func append(_ text: String, to name: String, in folder: String) throws {
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: folder).appendingPathComponent(name))
    defer { try? handle.close() }
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(text.utf8))
}

/// Saves `text` as an editor does: a temporary file beside the target, renamed over it.
func renameSave(_ text: String, to name: String, in folder: String) throws {
    let temp = folder + "/.\(name).tmp-\(getpid())-1"
    try Data(text.utf8).write(to: URL(fileURLWithPath: temp))
    guard rename(temp, folder + "/" + name) == 0 else { throw POSIXError(.EIO) }
}
